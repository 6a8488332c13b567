/**
 * Validates every content file without building the site: the schema (shared with the
 * build), references, media files (existence, byte size, duration, WebVTT), images, links and
 * MDX components in bodies, and editorial warnings. Every problem is one line for an editor
 * (see content-errors.ts). Used by scripts/check.ts (npm run check), by the build, by
 * scripts/new.ts and by the tests.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collectionSchemas } from '../schemas/registry.ts';
import { keysAt } from './check/schema-keys.ts';
import { loadCollectionSources, type SourceFile } from './content-loader.ts';
import { COLLECTION_NAMES, plainReference, type CollectionName } from '../schemas/reference.ts';
import { describeIssue, fieldPath, valueAt, type ContentProblem } from './content-errors.ts';
import { parseContentSource, type ParsedSource } from './content-source.ts';
import { secondsToTimestamp } from './duration.ts';
import { ALLOWED_MDX_COMPONENTS, MDX_COMPONENT_SPECS, type AllowedMdxComponent } from './mdx-components.ts';
import { mediaDuration, roundDuration } from './media-info.ts';
import { entryPath, isItemCollection, listingPath, STATIC_PATHS } from './routes.ts';
import { editDistance } from './spelling.ts';
import { PLACEHOLDER_MARKERS } from './templates.ts';
import { parseVtt } from './vtt.ts';
import { referenceBlocker } from './visibility.ts';
import { CONTENT_CHECKS } from './check/registry.ts';
import { idsOf, walk } from './check/tree.ts';

export interface LoadedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  source: ParsedSource;
  /** The file as written, for checks that look at lines (placeholders). */
  text: string;
}

export interface CheckOptions {
  /** Folder that holds content/ and public/. */
  root: string;
  /** "Today", for review dates and the current framework edition; injectable for tests. */
  now?: Date;
}

export interface CheckResult {
  /** Sorted by file and line; errors and warnings mixed (see `severity`). */
  problems: ContentProblem[];
  /** Entries that passed the schema. */
  entries: LoadedEntry[];
  /** Content files read (valid or not). */
  files: number;
}

/** Larger images make pages slow on a phone; `npm run images` and any image editor can shrink them. */
export const MAX_IMAGE_BYTES = 400_000;
/** The stated duration may differ this much from the file (the frontmatter rounds to 0.1 s). */
export const DURATION_TOLERANCE_SECONDS = 1;

const PUBLIC_FILE = /^\/(media|images|downloads)\//;
const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

const schemas = collectionSchemas(plainReference);

/** Astro's glob loader id (kept under its old name for scripts that import it from here). */
export { entryId as entryIdFromPath } from './content-loader.ts';

type Add = (p: Omit<ContentProblem, 'severity'> & { severity?: ContentProblem['severity'] }) => void;

export async function checkContent({ root, now = new Date() }: CheckOptions): Promise<CheckResult> {
  const problems: ContentProblem[] = [];
  const entries: LoadedEntry[] = [];
  // Every id that has a file, valid or not: an invalid file is reported once, not again by each reference to it.
  const existing = new Set<string>();
  const add: Add = (p) => problems.push({ severity: 'error', ...p });
  // Agenda items marked "verschenen" without a link: the allowed ids are only known once everything is loaded.
  const missingAgendaItems: { problem: ContentProblem; type: CollectionName }[] = [];
  // Themes named by items that failed the schema still count as used: one broken file gives one problem, not two.
  const themesOfInvalid = new Set<string>();
  let unreadable = false;
  let files = 0;

  for (const collection of COLLECTION_NAMES) {
    const seen = new Map<string, string>();
    for (const { id, file, text, source } of safeSources(root, collection, add)) {
      files++;
      for (const e of source.syntaxErrors) add({ file, line: e.line, field: '(yaml)', message: `YAML-fout: ${e.message}` });
      if (source.syntaxErrors.length) {
        unreadable = true;
        continue;
      }
      if (seen.has(id)) {
        add({ file, line: 1, field: '(bestandsnaam)', message: `dubbele id "${id}": ook gebruikt door ${seen.get(id)}; geef een van de twee bestanden een andere naam` });
        continue;
      }
      seen.set(id, file);
      existing.add(`${collection}:${id}`);
      const data = source.data ?? {};
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        add({ file, line: 1, field: '(bestand)', message: 'het bestand moet velden bevatten (naam: waarde), geen losse tekst of lijst' });
        continue;
      }
      const schema = schemas[collection];
      const result = schema.safeParse(data);
      if (!result.success) {
        const raw = data as Record<string, unknown>;
        if (isItemCollection(collection) && raw.draft !== true && Array.isArray(raw.themes)) raw.themes.forEach((t) => themesOfInvalid.add(String(t)));
        for (const issue of result.error.issues) {
          for (const { path, ...d } of describeIssue(issue as never, data, (p) => keysAt(schema, p))) {
            // A missing top-level field has no line of its own: point at the start of the frontmatter.
            const line = valueAt(data, path) === undefined && path.length === 1 ? 1 : source.lineOf(path);
            const problem: ContentProblem = { severity: 'error', file, line, ...d };
            problems.push(problem);
            const plannedType = collection === 'agenda' && path.at(-1) === 'item' ? valueAt(data, [...path.slice(0, -1), 'type']) : undefined;
            if (typeof plannedType === 'string' && (COLLECTION_NAMES as readonly string[]).includes(plannedType)) {
              missingAgendaItems.push({ problem, type: plannedType as CollectionName });
            }
          }
        }
        continue;
      }
      entries.push({ collection, id, file, data: result.data as Record<string, unknown>, source, text });
    }
  }

  const index = new Map(entries.map((e) => [`${e.collection}:${e.id}`, e]));
  for (const { problem, type } of missingAgendaItems) {
    const ids = idsOf(index, type, { published: true });
    if (ids) problem.allowed = ids;
  }
  const site = sitePaths(index);
  const media = new MediaChecks(root, add);
  const edition = currentEdition(entries, now);
  // Media and bodies stay here for now (they share the media checks); every other check is a module in check/.
  for (const entry of entries) {
    guarded(entry.file, add, () => {
      media.collect(entry);
      checkBody(entry, { index, site, media, edition, add });
    });
  }
  await media.finish();
  const ctx = { root, now, entries, index, add, loading: { fileIds: existing, themesOfInvalid, unreadable } };
  for (const check of CONTENT_CHECKS) await guardedAsync('content', add, () => check(ctx));
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { problems, entries, files };
}

/** The files of a collection; a folder that cannot be read is one problem, not a crash. */
function safeSources(root: string, collection: CollectionName, add: Add): SourceFile[] {
  try {
    return loadCollectionSources(root, collection);
  } catch (e) {
    add({ file: `content/${collection}`, line: 1, field: '(map)', message: `deze map is niet te lezen (${(e as NodeJS.ErrnoException).code ?? 'onbekende oorzaak'}); controleer of de bestanden er echt staan` });
    return [];
  }
}

/**
 * Runs a check on one file so that a fault in a check (or in a file it reads, such as a broken
 * transcript) becomes one line for that file and the other files are still checked.
 */
function guarded(file: string, add: Add, run: () => void) {
  try {
    run();
  } catch (e) {
    add({ file, line: 1, field: '(bestand)', message: `dit bestand kon niet helemaal gecontroleerd worden (${describeFault(e)}); vergelijk het met een ander bestand van dezelfde soort` });
  }
}

async function guardedAsync(file: string, add: Add, run: () => void | Promise<void>) {
  try {
    await run();
  } catch (e) {
    add({ file, line: 1, field: '(bestand)', message: `de inhoud kon niet helemaal gecontroleerd worden (${describeFault(e)})` });
  }
}

function describeFault(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'een bestand ontbreekt';
  if (code === 'EISDIR') return 'er staat een map waar een bestand hoort';
  if (e instanceof RangeError) return 'er staat een teken of getal in dat te groot is';
  return 'onverwachte inhoud';
}

/**
 * Files under public/ that content points at: they must exist; a stated byte size and duration must
 * be the real ones; images must be small enough; WebVTT transcripts and captions must be valid.
 * Durations are read asynchronously (music-metadata), so collect() queues and finish() runs them.
 */
class MediaChecks {
  private durations = new Map<string, Promise<number | undefined>>();
  private tasks: Promise<void>[] = [];
  private vttChecked = new Set<string>();
  private root: string;
  private add: Add;

  constructor(root: string, add: Add) {
    this.root = root;
    this.add = add;
  }

  /** Checks a site path such as /images/x.png; false when the file is missing (already reported). */
  exists(sitePath: string, where: { file: string; line: number; field: string }): boolean {
    if (existsSync(join(this.root, 'public', sitePath))) return true;
    this.add({ ...where, message: `bestand ${sitePath} bestaat niet; zet het in public${sitePath}` });
    return false;
  }

  imageSize(sitePath: string, where: { file: string; line: number; field: string }) {
    const size = statSync(join(this.root, 'public', sitePath)).size;
    if (size > MAX_IMAGE_BYTES) {
      this.add({ ...where, message: `afbeelding ${sitePath} is ${Math.round(size / 1000)} kB; dat is te groot voor een snelle pagina`, allowed: `maximaal ${MAX_IMAGE_BYTES / 1000} kB` });
    }
  }

  collect(entry: LoadedEntry) {
    // The measured media of this entry, for comparing its transcript's length.
    let timed: Promise<number | undefined> | undefined;
    let timedPath = '';
    const vtts: { sitePath: string; line: number; field: string }[] = [];
    walk(entry.data, [], (v, path) => {
      for (const [key, val] of Object.entries(v)) {
        if (typeof val !== 'string' || !PUBLIC_FILE.test(val)) continue;
        const where = { file: entry.file, line: entry.source.lineOf([...path, key]), field: fieldPath([...path, key]) };
        if (!this.exists(val, where)) continue;
        const abs = join(this.root, 'public', val);
        if ((key === 'file' || key === 'video') && typeof v.bytes === 'number') {
          const size = statSync(abs).size;
          if (v.bytes !== size) {
            this.add({ file: entry.file, line: entry.source.lineOf([...path, 'bytes']), field: fieldPath([...path, 'bytes']), message: `${v.bytes} klopt niet: ${val} is ${size} bytes`, allowed: String(size) });
          }
        }
        if ((key === 'file' || key === 'video') && typeof v.durationSeconds === 'number') {
          const stated = v.durationSeconds;
          const duration = this.duration(abs);
          timed = duration;
          timedPath = val;
          const at = { file: entry.file, line: entry.source.lineOf([...path, 'durationSeconds']), field: fieldPath([...path, 'durationSeconds']) };
          this.tasks.push(
            duration.then((real) => {
              if (real === undefined) {
                this.add({ ...at, message: `de duur van ${val} is niet te lezen; is het een echt audio- of videobestand?` });
              } else if (Math.abs(real - stated) > DURATION_TOLERANCE_SECONDS) {
                const r = roundDuration(real);
                this.add({ ...at, message: `${stated} klopt niet: ${val} duurt ${r} seconden (${secondsToTimestamp(real)})`, allowed: String(r) });
              }
            }),
          );
        }
        if (IMAGE_FILE.test(val) && (key === 'src' || key === 'poster')) this.imageSize(val, where);
        if (val.endsWith('.vtt')) vtts.push({ sitePath: val, ...where });
      }
    });
    for (const vtt of vtts) this.checkVtt(vtt.sitePath, timed, timedPath);
  }

  private duration(abs: string): Promise<number | undefined> {
    let d = this.durations.get(abs);
    if (!d) this.durations.set(abs, (d = mediaDuration(abs)));
    return d;
  }

  /** Problems are reported in the .vtt file itself, where the editor fixes them; each file once. */
  private checkVtt(sitePath: string, media: Promise<number | undefined> | undefined, mediaPath: string) {
    if (this.vttChecked.has(sitePath)) return;
    this.vttChecked.add(sitePath);
    const file = `public${sitePath}`;
    const { cues, errors } = parseVtt(readFileSync(join(this.root, file), 'utf8'));
    for (const e of errors) this.add({ file, line: e.line, field: '(webvtt)', message: e.message });
    const last = cues.at(-1);
    if (!media || !last || errors.length) return;
    this.tasks.push(
      media.then((real) => {
        if (real !== undefined && last.end > real + DURATION_TOLERANCE_SECONDS) {
          this.add({ file, line: last.line, field: '(webvtt)', message: `tekst loopt door tot ${secondsToTimestamp(last.end)}, maar ${mediaPath} duurt ${secondsToTimestamp(real)}: hoort dit transcript bij een ander bestand?` });
        }
      }),
    );
  }

  async finish() {
    await Promise.all(this.tasks);
  }
}

// ---------------------------------------------------------------- bodies (Markdown and MDX)

interface BodyContext {
  index: Map<string, LoadedEntry>;
  site: SitePaths;
  media: MediaChecks;
  /** Framework edition <Standaard code="..."> links to when it has no editie="...". */
  edition: string | undefined;
  add: Add;
}

interface SitePaths {
  published: Set<string>;
  /** Pages of drafts: they exist in `npm run dev` only. */
  drafts: Set<string>;
}

function sitePaths(index: Map<string, LoadedEntry>): SitePaths {
  const published = new Set<string>(STATIC_PATHS);
  const drafts = new Set<string>();
  for (const e of index.values()) {
    (e.data.draft === true ? drafts : published).add(entryPath(e.collection, e.id));
    published.add(listingPath(e.collection));
  }
  return { published, drafts };
}

/** The framework in force on `now` (as src/data/content.ts picks it for the build), else the newest. */
function currentEdition(entries: LoadedEntry[], now: Date): string | undefined {
  const frameworks = entries
    .filter((e) => e.collection === 'frameworks')
    .sort((a, b) => (b.data.validFrom as Date).getTime() - (a.data.validFrom as Date).getTime());
  const inForce = frameworks.find((f) => (f.data.validFrom as Date) <= now && (!f.data.validUntil || (f.data.validUntil as Date) >= now));
  return (inForce ?? frameworks[0])?.id;
}

/**
 * Blanks out code (fenced and inline) and comments, keeping every newline, so examples of
 * components in code are not checked and offsets still map to the right line.
 */
export function maskNonContent(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let inFence: string | undefined;
  const lines = body.split('\n').map((line) => {
    const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (inFence) {
      if (fence && fence[0] === inFence[0] && fence.length >= inFence.length) inFence = undefined;
      return blank(line);
    }
    if (fence) {
      inFence = fence;
      return blank(line);
    }
    return line;
  });
  return lines
    .join('\n')
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    // Inline code stays on one line here: an unmatched backtick must not hide the rest of the text.
    .replace(/(`+)[^`\n][^\n]*?\1/g, blank);
}

const LINK = /(!?)\[([^\]]*)\]\((\/[^)\s#?]*)(?:[#?][^)\s]*)?(?:\s+"[^"]*")?\)|href="(\/[^"#?]*)[^"]*"/g;
const VAGUE_LINK_TEXT = /\[(klik hier|hier|lees meer|meer|link|deze pagina)\]\(/i;
/** An opening, closing or self-closing JSX/HTML tag; attributes may span lines. */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)((?:\s+[A-Za-z_:][\w:.-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*(\/?)>/g;
const ATTR = /([A-Za-z_:][\w:.-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

interface Attr {
  name: string;
  /** undefined for an expression ({...}) or a bare attribute: not checked. */
  value: string | undefined;
}

function parseAttrs(text: string): Attr[] {
  return [...text.matchAll(ATTR)].map((m) => ({ name: m[1]!, value: m[2] ?? m[3] }));
}

/** Internal links must point at a page that exists; MDX may only use the documented components, with valid props. */
function checkBody(entry: LoadedEntry, ctx: BodyContext) {
  const { body, bodyLine } = entry.source;
  if (!body.trim()) return;
  const { add } = ctx;
  const file = entry.file;
  const masked = maskNonContent(body);
  const lineStarts = [0];
  for (let i = 0; i < masked.length; i++) if (masked[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return bodyLine + lo;
  };
  const isDraft = entry.data.draft === true;

  masked.split('\n').forEach((text, i) => {
    const line = bodyLine + i;
    const where = { file, line, field: '(tekst)' };
    for (const m of text.matchAll(LINK)) {
      const isImage = m[1] === '!';
      const target = m[3] ?? m[4] ?? '';
      if (isImage && !m[2]!.trim()) {
        add({ ...where, message: `afbeelding ${target} heeft geen alt-tekst: beschrijf tussen [ en ] wat erop staat` });
      }
      if (PUBLIC_FILE.test(target)) {
        if (ctx.media.exists(target, where) && isImage && IMAGE_FILE.test(target)) ctx.media.imageSize(target, where);
        continue;
      }
      const normalised = target.endsWith('/') || /\.[a-z0-9]+$/.test(target) ? target : `${target}/`;
      if (ctx.site.published.has(normalised)) continue;
      if (ctx.site.drafts.has(normalised)) {
        if (!isDraft) add({ ...where, message: `link naar ${target} gaat naar een concept (draft: true); die pagina staat nog niet online` });
        continue;
      }
      add({ ...where, message: `link naar ${target} gaat naar een pagina die niet bestaat` });
    }
    if (VAGUE_LINK_TEXT.test(text)) {
      add({ ...where, message: 'linktekst zegt niet waar de link heen gaat; schrijf bijvoorbeeld de titel van de pagina', severity: 'warning' });
    }
    if (/\]\(https?:\/\/[^)]+\)/.test(text) && /\[(https?:\/\/[^\]]+)\]/.test(text)) {
      add({ ...where, message: 'kale webadressen als linktekst zijn slecht voorleesbaar; schrijf waar de link heen gaat', severity: 'warning' });
    }
  });

  const isMdx = file.endsWith('.mdx');
  const open: { name: string; line: number; children: boolean }[] = [];
  for (const m of masked.matchAll(TAG)) {
    const [, closing, name = '', attrText = '', selfClosing] = m;
    const line = lineAt(m.index);
    const where = { file, line, field: '(tekst)' };
    const isComponent = /^[A-Z]/.test(name);
    if (!isComponent) {
      const meant = ALLOWED_MDX_COMPONENTS.find((c) => c.toLowerCase() === name.toLowerCase());
      if (meant && !closing) add({ ...where, message: `schrijf <${meant}> met een hoofdletter; <${name}> is geen onderdeel` });
      continue;
    }
    if (!isMdx) {
      if (!closing) add({ ...where, message: `onderdelen zoals <${name}> werken alleen in een .mdx-bestand; hernoem het bestand naar .mdx` });
      continue;
    }
    if (!ALLOWED_MDX_COMPONENTS.includes(name as AllowedMdxComponent)) {
      if (closing) continue; // reported at the opening tag
      const close = ALLOWED_MDX_COMPONENTS.find((c) => editDistance(c.toLowerCase(), name.toLowerCase(), 2) <= 2);
      add({ ...where, message: `onbekend onderdeel <${name}>${close ? `; bedoelt u <${close}>?` : ''}`, allowed: ALLOWED_MDX_COMPONENTS.join(', ') });
      continue;
    }
    const spec = MDX_COMPONENT_SPECS[name as AllowedMdxComponent];
    if (closing) {
      const top = open.at(-1);
      if (top?.name === name) open.pop();
      else add({ ...where, message: `</${name}> sluit niets af: er staat geen <${name}> voor${top ? ` (nog open: <${top.name}> van regel ${top.line})` : ''}` });
      continue;
    }
    if (!selfClosing) open.push({ name, line, children: spec.children });
    checkComponentProps(name as AllowedMdxComponent, parseAttrs(attrText), where, ctx);
  }
  for (const o of open) {
    add({
      file,
      line: o.line,
      field: '(tekst)',
      message: o.children ? `<${o.name}> wordt niet afgesloten: zet </${o.name}> na de tekst` : `<${o.name} ...> moet eindigen met />`,
    });
  }
}

function checkComponentProps(name: AllowedMdxComponent, attrs: Attr[], where: { file: string; line: number; field: string }, ctx: BodyContext) {
  const { add } = ctx;
  const spec = MDX_COMPONENT_SPECS[name];
  const allowedProps = Object.keys(spec.props);
  for (const a of attrs) {
    if (!(a.name in spec.props)) add({ ...where, message: `<${name}> kent de eigenschap ${a.name} niet (typefout?)`, allowed: allowedProps.join(', ') });
  }
  for (const [prop, p] of Object.entries(spec.props)) {
    const attr = attrs.find((a) => a.name === prop);
    if (!attr) {
      if (p.required) {
        const why = name === 'Figure' && prop === 'alt' ? ': beschrijf wat op de afbeelding staat (alt-tekst)' : '';
        add({ ...where, message: `<${name}> mist ${prop}="..."${why}` });
      }
      continue;
    }
    const v = attr.value;
    if (v === undefined) continue;
    if (p.values && !p.values.includes(v)) add({ ...where, message: `<${name} ${prop}="${v}">: deze waarde is niet toegestaan`, allowed: p.values.join(', ') });
    if (p.minLength && v.trim().length < p.minLength) {
      add({ ...where, message: prop === 'alt' ? `<${name}> alt-tekst is te kort: beschrijf wat op de afbeelding staat` : `<${name} ${prop}="${v}">: te kort` });
    }
    if (p.kind === 'number' && !/^\d+$/.test(v)) add({ ...where, message: `<${name} ${prop}="${v}">: moet een getal zijn` });
    if (p.kind === 'path') {
      if (!PUBLIC_FILE.test(v)) add({ ...where, message: `<${name} ${prop}="${v}">: moet een pad onder public/ zijn, zoals /images/foto.jpg` });
      else if (ctx.media.exists(v, where) && IMAGE_FILE.test(v)) ctx.media.imageSize(v, where);
    }
  }
  if (name === 'Standaard') {
    const code = attrs.find((a) => a.name === 'code')?.value;
    const editie = attrs.find((a) => a.name === 'editie')?.value;
    if (code === undefined) return;
    const edition = editie ?? ctx.edition;
    const standards = [...ctx.index.values()].filter((e) => e.collection === 'standards');
    if (editie && !ctx.index.has(`frameworks:${editie}`)) {
      add({ ...where, message: `<Standaard editie="${editie}">: dit onderzoekskader bestaat niet`, allowed: idsOf(ctx.index, 'frameworks') });
      return;
    }
    const inEdition = standards.filter((s) => (s.data.edition as { id: string }).id === edition);
    if (!inEdition.some((s) => s.data.code === code)) {
      add({
        ...where,
        message: `<Standaard code="${code}"> bestaat niet in het onderzoekskader ${edition ?? ''}`.trimEnd(),
        allowed: inEdition.map((s) => String(s.data.code)).join(', '),
      });
    }
  }
}
