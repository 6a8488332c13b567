/**
 * Markdown and MDX bodies, read as a parsed tree (src/lib/body): first what the build refuses
 * (raw HTML, code, unsafe links, external images), then links to pages and files that must
 * exist, alt texts, vague link texts, and the props of the MDX components.
 */
import type { LoadedEntry } from './context.ts';
import { analyseBody, formatOfFile, parseBody, type BodyComponent } from '../body/index.ts';
import { MDX_COMPONENT_SPECS } from '../content/mdx-components.ts';
import { isSafeHref } from '../../core/safe-href.ts';
import { entryPath, listingPath, STATIC_PATHS } from '../site/routes.ts';
import type { AddProblem, CheckContext, ContentCheck } from './context.ts';
import { IMAGE_FILE, PUBLIC_FILE, PublicFiles } from './public-file.ts';
import { currentEdition, type EditionDates } from '../framework/structure.ts';

interface SitePaths {
  published: Set<string>;
  /** Pages of drafts: they exist in `npm run dev` only. */
  drafts: Set<string>;
}

type Where = { file: string; line: number; field: string };

export const checkBodies: ContentCheck = async (ctx) => {
  const site = sitePaths(ctx.index);
  const edition = currentEditionId(ctx.entries, ctx.now);
  const files = new PublicFiles(ctx.root, ctx.add);
  for (const entry of ctx.entries) {
    if (!entry.source.body.trim()) continue;
    checkBody(entry, { ctx, site, edition, files });
  }
  // The bytes of the files bodies link to are read asynchronously (file-type).
  await files.finish();
};

interface BodyContext {
  ctx: CheckContext;
  site: SitePaths;
  /** Framework edition <Standaard code="..."> links to when it has no editie="...". */
  edition: string | undefined;
  files: PublicFiles;
}

function checkBody(entry: LoadedEntry, { ctx, site, edition, files }: BodyContext) {
  const { add } = ctx;
  const format = formatOfFile(entry.file);
  const at = (line: number): Where => ({ file: entry.file, line, field: '(tekst)' });
  const parsed = parseBody(entry.text, format);
  if (parsed.error) {
    add({ ...at(parsed.error.line), message: parsed.error.message });
    return;
  }
  const found = analyseBody(parsed.tree, format);
  for (const p of [...found.unsafe, ...found.notes]) add({ ...at(p.line), message: p.message, allowed: p.allowed, severity: p.severity });

  const isDraft = entry.data.draft === true;
  for (const link of found.links) {
    const where = at(link.line);
    const target = link.url.replace(/[#?].*$/, '');
    if (PUBLIC_FILE.test(target)) {
      if (files.exists(target, where) && link.image && IMAGE_FILE.test(target)) files.imageSize(target, where);
      continue;
    }
    const normalised = target.endsWith('/') || /\.[a-z0-9]+$/.test(target) ? target : `${target}/`;
    if (site.published.has(normalised)) continue;
    if (site.drafts.has(normalised)) {
      if (!isDraft) add({ ...where, message: `link naar ${target} gaat naar een concept (draft: true); die pagina staat nog niet online` });
      continue;
    }
    add({ ...where, message: `link naar ${target} gaat naar een pagina die niet bestaat` });
  }
  for (const c of found.components) checkComponentProps(c, at(c.line), { ctx, edition, files });
}

function checkComponentProps({ name, props }: BodyComponent, where: Where, { ctx, edition, files }: Omit<BodyContext, 'site'>) {
  const add: AddProblem = ctx.add;
  // Unknown props are refused by the analyser (as unsafe: the build refuses them too).
  const spec = MDX_COMPONENT_SPECS[name];
  for (const [prop, p] of Object.entries(spec.props)) {
    if (!props.has(prop)) {
      if (p.required) {
        const why = name === 'Figure' && prop === 'alt' ? ': beschrijf wat op de afbeelding staat (alt-tekst)' : '';
        add({ ...where, message: `<${name}> mist ${prop}="..."${why}` });
      }
      continue;
    }
    const v = props.get(prop);
    if (v === undefined) continue;
    if (p.values && !p.values.includes(v)) add({ ...where, message: `<${name} ${prop}="${v}">: deze waarde is niet toegestaan`, allowed: p.values.join(', ') });
    if (p.minLength && v.trim().length < p.minLength) {
      add({ ...where, message: prop === 'alt' ? `<${name}> alt-tekst is te kort: beschrijf wat op de afbeelding staat` : `<${name} ${prop}="${v}">: te kort` });
    }
    if (p.kind === 'number' && !/^\d+$/.test(v)) add({ ...where, message: `<${name} ${prop}="${v}">: moet een getal zijn` });
    if (p.kind === 'path' && isSafeHref(v)) {
      // An unsafe value was already reported by the analyser, once.
      if (!PUBLIC_FILE.test(v)) add({ ...where, message: `<${name} ${prop}="${v}">: moet een pad onder public/ zijn, zoals /images/foto.jpg` });
      else if (files.exists(v, where) && IMAGE_FILE.test(v)) files.imageSize(v, where);
    }
  }
  if (name === 'Standaard') checkStandard(props.get('code'), props.get('editie'), where, ctx, edition);
}

function checkStandard(code: string | undefined, editie: string | undefined, where: Where, ctx: CheckContext, current: string | undefined) {
  if (code === undefined) return;
  if (editie && !ctx.index.has(`frameworks:${editie}`)) {
    const frameworks = ctx.entries.filter((e) => e.collection === 'frameworks').map((e) => e.id);
    ctx.add({ ...where, message: `<Standaard editie="${editie}">: dit onderzoekskader bestaat niet`, allowed: frameworks.join(', ') });
    return;
  }
  const edition = editie ?? current;
  const inEdition = ctx.entries.filter((s) => s.collection === 'standards' && (s.data.edition as { id: string }).id === edition);
  if (!inEdition.some((s) => s.data.code === code)) {
    ctx.add({
      ...where,
      message: `<Standaard code="${code}"> bestaat niet in het onderzoekskader ${edition ?? ''}`.trimEnd(),
      allowed: inEdition.map((s) => String(s.data.code)).join(', '),
    });
  }
}

function sitePaths(index: ReadonlyMap<string, LoadedEntry>): SitePaths {
  const published = new Set<string>(STATIC_PATHS);
  const drafts = new Set<string>();
  for (const e of index.values()) {
    (e.data.draft === true ? drafts : published).add(entryPath(e.collection, e.id));
    published.add(listingPath(e.collection));
  }
  return { published, drafts };
}

/** The framework <Standaard> links to without editie="...", by the one rule in framework/structure.ts. */
function currentEditionId(entries: readonly LoadedEntry[], now: Date): string | undefined {
  const frameworks = entries.filter((e) => e.collection === 'frameworks').map((e) => ({ ...(e.data as unknown as EditionDates), id: e.id }));
  return currentEdition(frameworks, now)?.id;
}
