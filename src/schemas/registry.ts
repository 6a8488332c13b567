/**
 * The content model: one entry per collection. Everything else is derived from here: the
 * collections Astro builds (src/content.config.ts), the loader and checker (src/lib/content/loader.ts,
 * src/lib/check/run.ts), the routes (src/lib/site/routes.ts), `npm run new` (src/lib/content/templates.ts) and
 * the tables in docs/redactiehandleiding.md (scripts/content/model-doc.ts). Adding a collection
 * means adding one entry here (and its name to COLLECTION_NAMES in reference.ts, which the
 * `satisfies` below enforces).
 */
import type { z } from 'astro/zod';
import { agendaSchema } from './agenda.ts';
import { brochureSchema } from './brochure.ts';
import { expertSchoolSchema } from './expert-school.ts';
import { frameworkSchema } from './framework.ts';
import { investigationSchema } from './investigation.ts';
import { podcastSchema } from './podcast.ts';
import { practiceSchema } from './practice.ts';
import type { CollectionName, ReferenceFactory } from './reference.ts';
import { reflectionGuideSchema } from './reflection-guide.ts';
import { searchTermsSchema } from './search-terms.ts';
import { standardSchema } from './standard.ts';
import { supervisionSchema } from './supervision.ts';
import { themeSchema } from './theme.ts';
import { webinarSchema } from './webinar.ts';

export type FileFormat = 'yaml' | 'markdown';

export interface CollectionSpec {
  /** Folder under content/. */
  folder: string;
  /** YAML for pure data; Markdown (.md, or .mdx with components) where there is a body. */
  format: FileFormat;
  schema: (ref: ReferenceFactory) => z.ZodType;
  /** Dutch names, singular and plural, as editors and readers see them. */
  label: { one: string; other: string };
  /** URL segment of the listing (and of each entry, /<path>/<id>/). */
  path: string;
  /** A publication type readers browse as "items" (theme pages, facets, related items). */
  item: boolean;
  /** `npm run new` can create it; `aliases` are the extra words it accepts for the type. */
  newable: boolean;
  aliases: readonly string[];
  /** Name of the type icon (a symbol in the design system). */
  icon: string;
  /** One line for the editors' guide. */
  description: string;
  /**
   * The one folder level between the collection folder and its files, as editors call it
   * (standards: one folder per edition). Absent: files sit directly in the collection folder.
   * Any other nesting is refused by the checker and the build alike (src/lib/content/content-tree.ts).
   */
  subfolder?: string;
}

/** Order is the order on theme pages and in the `npm run new` menu (items first). */
export const CONTENT_MODEL = {
  brochures: {
    folder: 'brochures', format: 'markdown', schema: brochureSchema, label: { one: 'brochure', other: 'brochures' },
    path: 'brochures', item: true, newable: true, aliases: ['brochure'], icon: 'document',
    description: 'wat de inspectie ziet en wat werkt, met een pdf als u wilt',
  },
  'reflection-guides': {
    folder: 'reflection-guides', format: 'markdown', schema: reflectionGuideSchema, label: { one: 'reflectiewijzer', other: 'reflectiewijzers' },
    path: 'reflectiewijzers', item: true, newable: true, aliases: ['reflection-guide'], icon: 'checklist',
    description: 'vragen die een schoolteam samen over zichzelf beantwoordt',
  },
  practices: {
    folder: 'practices', format: 'markdown', schema: practiceSchema, label: { one: 'goed voorbeeld', other: 'goede voorbeelden' },
    path: 'goede-voorbeelden', item: true, newable: true, aliases: ['practice', 'voorbeeld'], icon: 'school',
    description: 'een school laat zien hoe zij het aanpakt',
  },
  webinars: {
    folder: 'webinars', format: 'markdown', schema: webinarSchema, label: { one: 'webinar', other: 'webinars' },
    path: 'webinars', item: true, newable: true, aliases: [], icon: 'video',
    description: 'een webinar, met aanmelden en later de opname',
  },
  podcasts: {
    folder: 'podcasts', format: 'markdown', schema: podcastSchema, label: { one: 'podcastaflevering', other: 'podcastafleveringen' },
    path: 'podcasts', item: true, newable: true, aliases: ['podcast', 'podcasts', 'aflevering'], icon: 'microphone',
    description: 'een aflevering van de podcast, met audio en uitgeschreven tekst',
  },
  investigations: {
    folder: 'investigations', format: 'markdown', schema: investigationSchema, label: { one: 'themaonderzoek', other: 'themaonderzoeken' },
    path: 'themaonderzoeken', item: true, newable: true, aliases: ['investigation'], icon: 'chart',
    description: 'uitkomsten van een themaonderzoek, met vergelijking per school',
  },
  'expert-schools': {
    folder: 'expert-schools', format: 'markdown', schema: expertSchoolSchema, label: { one: 'expertschool', other: 'expertscholen' },
    path: 'expertscholen', item: true, newable: true, aliases: ['expert-school'], icon: 'building',
    description: 'een school waar andere scholen van kunnen leren',
  },
  supervision: {
    folder: 'toezicht', format: 'markdown', schema: supervisionSchema, label: { one: 'toezichtpagina', other: "toezichtpagina's" },
    path: 'toezicht', item: false, newable: true, aliases: ['toezicht', 'supervision'], icon: 'book',
    description: 'zo werkt het toezicht: uitleg met een bron bij elk feit (voetnoten)',
  },
  themes: {
    folder: 'themes', format: 'markdown', schema: themeSchema, label: { one: 'thema', other: "thema's" },
    path: 'themas', item: false, newable: false, aliases: [], icon: 'tag',
    description: 'een thema van de kennisagenda, met standaarden en sectoren',
  },
  agenda: {
    folder: 'agenda', format: 'yaml', schema: agendaSchema, label: { one: 'kennisagenda', other: "kennisagenda's" },
    path: 'kennisagenda', item: false, newable: false, aliases: [], icon: 'calendar',
    description: 'één bestand per jaar: prioriteiten en geplande items',
  },
  frameworks: {
    folder: 'frameworks', format: 'yaml', schema: frameworkSchema, label: { one: 'onderzoekskader', other: 'onderzoekskaders' },
    path: 'onderzoekskader', item: false, newable: false, aliases: [], icon: 'book',
    description: 'een editie van het onderzoekskader (2017, 2021)',
  },
  standards: {
    folder: 'standards', format: 'yaml', schema: standardSchema, label: { one: 'standaard', other: 'standaarden' },
    path: 'onderzoekskader', item: false, newable: false, aliases: [], icon: 'book',
    description: 'een standaard van één editie: content/standards/<editie>/<code>.yaml',
    subfolder: 'editie',
  },
  'search-terms': {
    folder: 'search-terms', format: 'yaml', schema: searchTermsSchema, label: { one: 'zoekwoordenlijst', other: 'zoekwoordenlijsten' },
    // Data only: the search index reads it; it has no pages of its own.
    path: 'zoeken', item: false, newable: false, aliases: [], icon: 'search',
    description: 'synoniemen en afkortingen voor de zoekfunctie (hoofdstuk 17)',
  },
} as const satisfies Record<CollectionName, CollectionSpec>;

export type ContentModel = typeof CONTENT_MODEL;

/** Extensions each format reads. */
export const EXTENSIONS: Record<FileFormat, readonly string[]> = { yaml: ['yaml', 'yml'], markdown: ['md', 'mdx'] };

/**
 * Glob patterns for a collection. Files and folders starting with `_` are ignored (notes,
 * examples); the checker and Astro's glob loader both use exactly these patterns.
 */
export function collectionPatterns(name: CollectionName): string[] {
  const exts = EXTENSIONS[CONTENT_MODEL[name].format];
  return [`**/*.{${exts.join(',')}}`, '!**/_*', '!**/_*/**'];
}

/** The folder level between a collection's folder and its files (CollectionSpec.subfolder), if any. */
export function collectionSubfolder(name: CollectionName): string | undefined {
  return (CONTENT_MODEL[name] as CollectionSpec).subfolder;
}

/** Schema per collection, for a given reference factory (astro:content's in the build, plain in Node). */
export function collectionSchemas(ref: ReferenceFactory): { [C in CollectionName]: ReturnType<ContentModel[C]['schema']> } {
  return Object.fromEntries(Object.entries(CONTENT_MODEL).map(([name, spec]) => [name, spec.schema(ref)])) as never;
}

/** What an entry's data looks like after its schema (dates as Date, references as {id, collection}). */
export type CollectionData<C extends CollectionName> = z.output<ReturnType<ContentModel[C]['schema']>>;

export type FrameworkData = CollectionData<'frameworks'>;
export type StandardData = CollectionData<'standards'>;
export type ThemeData = CollectionData<'themes'>;
export type AgendaData = CollectionData<'agenda'>;
export type BrochureData = CollectionData<'brochures'>;
export type PracticeData = CollectionData<'practices'>;
export type ReflectionGuideData = CollectionData<'reflection-guides'>;
export type WebinarData = CollectionData<'webinars'>;
export type PodcastData = CollectionData<'podcasts'>;
/** A themaonderzoek as the build sees it; src/lib/feedback/code.ts can take its definition from here. */
export type InvestigationData = CollectionData<'investigations'>;
export type ExpertSchoolData = CollectionData<'expert-schools'>;
export type SupervisionData = CollectionData<'supervision'>;
