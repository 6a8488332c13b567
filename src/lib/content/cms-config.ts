/**
 * The configuration of the editors' CMS at /admin/ (Sveltia CMS), derived from the content model:
 * collections from the registry (src/schemas/registry.ts), fields from the zod schemas
 * (schema-fields.ts), Dutch labels and hints from field-help.ts. scripts/content/cms-config.ts
 * writes it to src/admin/config.yml; tests/unit/content/cms-config.test.ts fails when that file is
 * stale, and when a field is neither shown in the CMS nor left out here with a reason.
 */
import { stringify } from 'yaml';
import { hasText, t } from '../../i18n/t.ts';
import { CONTENT_MODEL } from '../../schemas/registry.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/reference.ts';
import { entryPath } from '../site/routes.ts';
import { fieldHelp } from './field-help.ts';
import { collectionFields, type Field, type Shape } from './schema-fields.ts';

/**
 * The git host the CMS commits to. Saving opens a branch and a pull request there (editorial
 * workflow); merging publishes. The repository name is a placeholder to confirm, like
 * CONTACT.feedbackEmail.
 */
export const CMS_BACKEND = { name: 'github', repo: 'onderwijsinspectie/kennisplatform', branch: 'main' } as const;

/** Collections editors do not edit in the CMS, and why. Standards stay available to choose from. */
export const CMS_EXPERT_ONLY: Partial<Record<CollectionName, string>> = {
  frameworks: 'het onderzoekskader: elke wijziging vraagt een bron en een controle door de kaderredactie (hoofdstuk 16)',
  standards: 'standaarden van het onderzoekskader: alleen de kaderredactie wijzigt ze; in de CMS zijn ze wel te kiezen',
  'search-terms': 'synoniemen voor de zoekfunctie: één bestand dat de zoekresultaten van de hele site verandert (hoofdstuk 17)',
};

/**
 * Fields the CMS does not show, and why. Saving in the CMS keeps them as they are in the file.
 * Keys are `collection:path` without list positions.
 */
export const CMS_EXCLUDED_FIELDS: Readonly<Record<string, string>> = {
  'investigations:comparisonGroups.scores': 'de verdeling per indicator (p10 tot p90) is een tabel uit de analyse; die zet een onderzoeker in het bestand',
  'agenda:priorities.planned.status': 'volgt het gekoppelde item vanzelf (verschenen zodra het item gekoppeld is); niemand hoeft het bij te houden',
};

/** Icons of the design system as Material Symbols, the icon font the CMS ships with. */
const ICONS: Record<string, string> = {
  document: 'description',
  checklist: 'checklist',
  school: 'school',
  video: 'videocam',
  microphone: 'mic',
  chart: 'bar_chart',
  building: 'apartment',
  tag: 'sell',
  calendar: 'calendar_month',
  book: 'menu_book',
  search: 'search',
};

/** Option labels come from the site's own texts (src/i18n/nl.json) where it has them. */
const OPTION_LABEL_KEYS: Record<string, string> = { sector: 'sector', sectors: 'sector', region: 'region', type: 'schoolType', schoolTypes: 'schoolType', status: 'agenda.status' };

/** How the body may be formatted: what the site allows and the checker accepts (src/lib/body). */
const BODY_BUTTONS = ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'];

type CmsField = Record<string, unknown>;
type CmsCollection = Record<string, unknown>;

export interface CmsConfigResult {
  config: Record<string, unknown>;
  /** Fields that have no place in the CMS and no reason in CMS_EXCLUDED_FIELDS (must be empty). */
  unmapped: string[];
  /** Fields the CMS shows without a Dutch label in field-help.ts (must be empty). */
  unlabelled: string[];
  /** Every `collection:path` the CMS shows or leaves out, for the tests. */
  seen: string[];
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The collections the CMS shows, in the registry's order (items first). */
export function cmsCollections(): CollectionName[] {
  return (Object.keys(CONTENT_MODEL) as CollectionName[]).filter((c) => !(c in CMS_EXPERT_ONLY));
}

export function buildCmsConfig(): CmsConfigResult {
  const result: Omit<CmsConfigResult, 'config'> = { unmapped: [], unlabelled: [], seen: [] };
  const collections: CmsCollection[] = cmsCollections().map((c) => collectionConfig(c, result));
  collections.push(standardsForChoosing(result));
  const config = {
    app_title: 'Redactie kennisplatform',
    backend: {
      ...CMS_BACKEND,
      commit_messages: {
        create: 'Nieuw: {{collection}} "{{slug}}"',
        update: 'Bijgewerkt: {{collection}} "{{slug}}"',
        delete: 'Verwijderd: {{collection}} "{{slug}}"',
        uploadMedia: 'Bestand toegevoegd: {{path}}',
        deleteMedia: 'Bestand verwijderd: {{path}}',
      },
    },
    // Saving makes a branch and a pull request; the checks run there and a reviewer merges (README, "Editors' CMS").
    publish_mode: 'editorial_workflow',
    media_folder: 'public/images',
    public_folder: '/images',
    media_libraries: {
      // Phone photos come in as they are; the build makes the sizes readers get (Astro's image pipeline).
      default: { config: { max_file_size: 20_000_000, slugify_filename: true } },
      // No stock-photo services: they are other hosts, and their photos are not ours to publish.
      stock_assets: { providers: [] },
    },
    // File names: lower case ASCII, accents dropped, like `npm run new` (templates.ts slugify).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // An optional field left empty is left out of the file, as the schemas expect.
    output: { omit_empty_optional_fields: true },
    collections,
  };
  return { config, ...result };
}

/** The YAML file src/admin/config.yml, with a header that says where it comes from. */
export function cmsConfigYaml(): string {
  const header = [
    '# Configuratie van de CMS op /admin/ (Sveltia CMS).',
    '# Gemaakt door `npm run cms:config` uit src/schemas/registry.ts, de zod-schema\'s en',
    '# src/lib/content/field-help.ts. Niet met de hand bewerken: een test vergelijkt dit bestand.',
  ];
  return `${header.join('\n')}\n${stringify(buildCmsConfig().config, { lineWidth: 0 })}`;
}

function collectionConfig(collection: CollectionName, result: Omit<CmsConfigResult, 'config'>): CmsCollection {
  const spec = CONTENT_MODEL[collection];
  const fields = collectionFields(collection)
    .map((f) => fieldConfig(collection, f, [f.name], result))
    .filter((f): f is CmsField => f !== undefined);
  const markdown = spec.format === 'markdown';
  if (markdown) {
    const help = fieldHelp(collection, ['body']);
    fields.push({
      name: 'body',
      label: help?.label ?? 'body',
      ...(help?.hint ? { hint: help.hint } : {}),
      widget: 'markdown',
      buttons: BODY_BUTTONS,
      editor_components: ['image'],
    });
  }
  const identifier = fields.some((f) => f.name === 'title') ? 'title' : 'name';
  return {
    name: collection,
    label: capital(spec.label.other),
    label_singular: capital(spec.label.one),
    description: capital(spec.description),
    icon: ICONS[spec.icon] ?? 'article',
    folder: `content/${spec.folder}`,
    // Markdown with components (.mdx) stays in the text editor: the CMS would not keep <Callout> intact.
    extension: markdown ? 'md' : 'yaml',
    format: markdown ? 'yaml-frontmatter' : 'yaml',
    create: true,
    // The agenda's file name is its year; everything else is named after its title.
    slug: collection === 'agenda' ? '{{fields.year}}' : '{{slug}}',
    identifier_field: identifier,
    summary: `{{${identifier}}}`,
    sortable_fields: ['title', ...(fields.some((f) => f.name === 'publishDate') ? ['publishDate'] : [])],
    ...(spec.path && collection !== 'agenda' ? { preview_path: entryPath(collection, '{{slug}}').slice(1) } : {}),
    fields,
  };
}

/** Standards are chosen by edition and code (`2021/op0`); the collection stays hidden (expert-only). */
function standardsForChoosing(result: Omit<CmsConfigResult, 'config'>): CmsCollection {
  const label = (name: string) => {
    const help = fieldHelp('standards', [name]);
    if (!help) result.unlabelled.push(`standards:${name}`);
    return help?.label ?? name;
  };
  return {
    name: 'standards',
    label: capital(CONTENT_MODEL.standards.label.other),
    label_singular: capital(CONTENT_MODEL.standards.label.one),
    folder: `content/${CONTENT_MODEL.standards.folder}`,
    // content/standards/<edition>/<code>.yaml
    path: '{{edition}}/{{slug}}',
    extension: 'yaml',
    format: 'yaml',
    hide: true,
    create: false,
    delete: false,
    identifier_field: 'code',
    fields: ['code', 'name', 'edition'].map((name) => ({ name, label: label(name), widget: 'string' })),
  };
}

function fieldConfig(collection: CollectionName, field: Field, path: string[], result: Omit<CmsConfigResult, 'config'>): CmsField | undefined {
  const key = `${collection}:${path.join('.')}`;
  result.seen.push(key);
  if (key in CMS_EXCLUDED_FIELDS) return undefined;
  const help = fieldHelp(collection, path);
  if (!help) result.unlabelled.push(key);
  const widget = widgetFor(collection, field.name, field.shape, path, result);
  if (!widget) {
    result.unmapped.push(key);
    return undefined;
  }
  const hasDefault = field.default !== undefined && !(Array.isArray(field.default) && field.default.length === 0);
  return {
    name: field.name,
    label: help?.label ?? field.name,
    ...(help?.hint ? { hint: help.hint } : {}),
    ...(field.required ? {} : { required: false }),
    ...(hasDefault ? { default: field.default } : {}),
    // A stable id (calendar uid, podcast guid) is made once by the CMS and never edited.
    ...(help?.stableId ? { widget: 'uuid', readonly: true } : widget),
  };
}

function widgetFor(collection: CollectionName, name: string, shape: Shape, path: string[], result: Omit<CmsConfigResult, 'config'>): CmsField | undefined {
  switch (shape.kind) {
    case 'text': {
      // Sentences get a text area: a long maximum, or a minimum of a sentence and no maximum.
      const multiline = (shape.max ?? 0) > 120 || (shape.max === undefined && (shape.min ?? 0) >= 10);
      const pattern = shape.patterns[0];
      return {
        widget: multiline ? 'text' : 'string',
        ...(shape.min ? { minlength: shape.min } : {}),
        ...(shape.max ? { maxlength: shape.max } : {}),
        ...(pattern ? { pattern: [pattern.regex.source, pattern.message ?? 'Deze waarde heeft niet de goede vorm.'] } : {}),
      };
    }
    case 'number':
      return {
        widget: 'number',
        value_type: shape.integer ? 'int' : 'float',
        ...(shape.min !== undefined ? { min: shape.min } : {}),
        ...(shape.max !== undefined ? { max: shape.max } : {}),
        ...(shape.integer ? {} : { step: 0.1 }),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      return { widget: 'datetime', time_format: false, format: 'YYYY-MM-DD' };
    case 'datetime':
      // Wall-clock time as written, no time zone in the file: the schema reads it as Amsterdam time.
      return { widget: 'datetime', format: 'YYYY-MM-DD HH:mm', input_timezone: 'local', output_utc: false };
    case 'url':
      return { widget: 'string', type: 'url', pattern: ['^https://', 'Een volledig webadres dat begint met https://'] };
    case 'file': {
      const image = path.at(-1) === 'src' || path.at(-1) === 'poster';
      const folder = image ? 'public/images' : `public/media/${CONTENT_MODEL[collection].folder}`;
      const accept = image ? 'image/jpeg,image/png,image/webp' : shape.extensions.map((e) => `.${e}`).join(',');
      return {
        widget: image ? 'image' : 'file',
        media_folder: `/${folder}`,
        public_folder: `/${folder.replace(/^public\//, '')}`,
        choose_url: false,
        ...(accept ? { accept } : {}),
      };
    }
    case 'choice':
      return { widget: 'select', options: options(name, shape.options) };
    case 'reference':
      return relation(shape.collection);
    case 'list':
      return listWidget(collection, name, shape, path, result);
    case 'object':
      return {
        widget: 'object',
        fields: shape.fields.map((f) => fieldConfig(collection, f, [...path, f.name], result)).filter((f): f is CmsField => f !== undefined),
      };
    case 'variants':
      return {
        widget: 'list',
        typeKey: shape.key,
        types: shape.variants.map((v) => ({
          name: v.value,
          label: capital((CONTENT_MODEL as Record<string, { label: { one: string } }>)[v.value]?.label.one ?? v.value),
          widget: 'object',
          summary: '{{fields.title}}',
          fields: v.fields.map((f) => fieldConfig(collection, f, [...path, f.name], result)).filter((f): f is CmsField => f !== undefined),
        })),
      };
    default:
      return undefined;
  }
}

function listWidget(collection: CollectionName, name: string, shape: Extract<Shape, { kind: 'list' }>, path: string[], result: Omit<CmsConfigResult, 'config'>): CmsField | undefined {
  const counts = { ...(shape.min ? { min: shape.min } : {}), ...(shape.max ? { max: shape.max } : {}) };
  const item = shape.of;
  if (item.kind === 'reference') return { ...relation(item.collection), multiple: true, ...counts };
  if (item.kind === 'choice') return { widget: 'select', multiple: true, options: options(name, item.options), ...counts };
  if (item.kind === 'object') {
    const fields = item.fields.map((f) => fieldConfig(collection, f, [...path, f.name], result)).filter((f): f is CmsField => f !== undefined);
    const title = ['title', 'name', 'label', 'text', 'id'].find((n) => fields.some((f) => f.name === n));
    return { widget: 'list', ...(title ? { summary: `{{fields.${title}}}` } : {}), fields, ...counts };
  }
  if (item.kind === 'variants') return { ...widgetFor(collection, name, item, path, result), ...counts };
  // A list of plain values: one input per value.
  const inner = widgetFor(collection, name, item, [...path, ''], result);
  if (!inner) return undefined;
  const help = fieldHelp(collection, [...path, '']);
  if (!help) result.unlabelled.push(`${collection}:${[...path, ''].join('.')}`);
  return { widget: 'list', field: { name: name, label: help?.label ?? name, ...inner }, ...counts };
}

function relation(target: CollectionName): CmsField {
  if (target === 'standards') {
    return { widget: 'relation', collection: 'standards', value_field: '{{edition}}/{{slug}}', search_fields: ['code', 'name'], display_fields: ['{{code}} {{name}} ({{edition}})'] };
  }
  const title = 'title';
  return { widget: 'relation', collection: target, value_field: '{{slug}}', search_fields: [title], display_fields: [`{{${title}}}`] };
}

function options(name: string, values: string[]): (string | { label: string; value: string })[] {
  const prefix = OPTION_LABEL_KEYS[name];
  if (!prefix) return values;
  // A field of that name whose values have no texts at all (an audio file's type) keeps its codes.
  if (!values.some((value) => hasText(`${prefix}.${value}`))) return values;
  return values.map((value) => {
    const key = `${prefix}.${value}`;
    const label = hasText(key) ? t(key) : value;
    // "Primair onderwijs (po)": the code as it stands in files; "Gepland" needs no "(gepland)", "… (roc)" no second "(roc)".
    if (label.toLowerCase() === value.toLowerCase() || label.includes(`(${value})`)) return { label, value };
    return label !== value ? { label: `${label} (${value})`, value } : value;
  });
}

/** Every collection the registry holds is either in the CMS or expert-only with a reason. */
export function uncoveredCollections(): CollectionName[] {
  const shown = new Set<string>(cmsCollections());
  return COLLECTION_NAMES.filter((c) => !shown.has(c) && !(c in CMS_EXPERT_ONLY));
}
