/**
 * Markdown and MDX bodies, read as a parsed tree (src/lib/body): first what the build refuses
 * (raw HTML, code, unsafe links, external images), then links to pages and files that must
 * exist, alt texts, vague link texts, and the props of the MDX components.
 */
import type { LoadedEntry } from './context.ts';
import { formatOfFile, readBody, type BodyComponent } from '../body/index.ts';
import { MDX_COMPONENT_SPECS } from '../content/mdx-components.ts';
import { isSafeHref } from '../../core/safe-href.ts';
import { entryPath, listingPath, STATIC_PATHS } from '../site/routes.ts';
import type { AddProblem, CheckContext, ContentCheck } from './context.ts';
import { IMAGE_FILE, MAX_PHOTO_BYTES, PHOTO_FILE, PUBLIC_FILE, PublicFiles } from './public-file.ts';
import { currentEdition, type EditionDates } from '../framework/structure.ts';
import { entriesAndSalvaged } from './tree.ts';

interface SitePaths {
  published: Set<string>;
  /** Pages of drafts: they exist in `npm run dev` only. */
  drafts: Set<string>;
}

type Where = { file: string; line: number; field: string };

/** What has a body: an entry, or a page that is not in a collection (the audience pages). */
export type BodyOwner = Pick<LoadedEntry, 'file' | 'text' | 'data' | 'source'>;

export const checkBodies: ContentCheck = async (ctx) => {
  const bodies = bodyChecker(ctx);
  // Also the files that failed their YAML or schema: their text is checked in the same run.
  for (const entry of entriesAndSalvaged(ctx)) bodies.check(entry);
  await bodies.finish();
};

/** Checks one body at a time against the whole site (its pages, standards and public files, gathered once). */
export function bodyChecker(ctx: CheckContext): { check: (owner: BodyOwner) => void; finish: () => Promise<void> } {
  const site = sitePaths(ctx.index);
  const edition = currentEditionId(ctx.entries, ctx.now);
  const files = new PublicFiles(ctx.root, ctx.add);
  return {
    check: (owner) => {
      if (owner.source.body.trim()) checkBody(owner, { ctx, site, edition, files });
    },
    // The bytes of the files bodies link to are read asynchronously (file-type).
    finish: () => files.finish(),
  };
}

interface BodyContext {
  ctx: CheckContext;
  site: SitePaths;
  /** Framework edition <Standaard code="..."> links to when it has no editie="...". */
  edition: string | undefined;
  files: PublicFiles;
}

function checkBody(entry: BodyOwner, { ctx, site, edition, files }: BodyContext) {
  const { add } = ctx;
  const format = formatOfFile(entry.file);
  const at = (line: number): Where => ({ file: entry.file, line, field: '(tekst)' });
  const read = ctx.readBody ? ctx.readBody(entry.file, entry.text) : readBody(entry.text, format);
  if (read.error) {
    add({ ...at(read.error.line), message: read.error.message });
    return;
  }
  const found = read.analysis;
  // What the build refuses is always an error; a note says itself whether it is one.
  for (const p of found.unsafe) add({ ...at(p.line), message: p.message, allowed: p.allowed });
  for (const p of found.notes) (p.severity === 'warning' ? ctx.warn : add)({ ...at(p.line), message: p.message, allowed: p.allowed });

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
      // <Figure> resizes photos in the build (Figure.astro); other images are served as they are.
      else if (files.exists(v, where) && IMAGE_FILE.test(v)) files.imageSize(v, where, PHOTO_FILE.test(v) ? MAX_PHOTO_BYTES : undefined);
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
