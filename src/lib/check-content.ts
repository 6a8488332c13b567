/**
 * Validates every content file without building the site: the schema (shared with the
 * build), references, media files (existence, byte size, duration, WebVTT), images, links and
 * MDX components in bodies, and editorial warnings. Every problem is one line for an editor
 * (see content-errors.ts). Used by scripts/check.ts (npm run check), by the build, by
 * scripts/new.ts and by the tests.
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectionSchemas, COLLECTION_FILES } from '../schemas/index.ts';
import { COLLECTION_NAMES, plainReference, type CollectionName } from '../schemas/reference.ts';
import { describeIssue, fieldPath, valueAt, type ContentProblem } from './content-errors.ts';
import { parseContentSource, type ParsedSource } from './content-source.ts';
import { secondsToTimestamp } from './duration.ts';
import { mediaDuration, roundDuration } from './media-info.ts';
import { isItemCollection } from './routes.ts';
import { PLACEHOLDER_MARKERS } from './templates.ts';
import { parseVtt } from './vtt.ts';
import { CONTENT_CHECKS } from './check/registry.ts';
import { IMAGE_FILE, imageTooLarge, missingPublicFile, PUBLIC_FILE } from './check/public-file.ts';

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

export { MAX_IMAGE_BYTES } from './check/public-file.ts';
/** The stated duration may differ this much from the file (the frontmatter rounds to 0.1 s). */
export const DURATION_TOLERANCE_SECONDS = 1;


const schemas = collectionSchemas(plainReference);

/** Astro's glob loader id: the path without extension, lower-cased slug segments. */
export function entryIdFromPath(relPath: string): string {
  return relPath.replace(/\.(md|mdx|yaml|yml)$/, '').split('/').map((s) => s.toLowerCase()).join('/');
}

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
    const base = join(root, 'content', collection);
    if (!existsSync(base)) continue;
    const seen = new Map<string, string>();
    for (const rel of globSync(COLLECTION_FILES[collection], { cwd: base }).sort()) {
      if (rel.split('/').some((part) => part.startsWith('_'))) continue;
      files++;
      const file = relative(root, join(base, rel));
      const id = entryIdFromPath(rel);
      const text = readFileSync(join(base, rel), 'utf8');
      const source = parseContentSource(text, /\.ya?ml$/.test(rel));
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
      const result = schemas[collection].safeParse(source.data ?? {});
      if (!result.success) {
        const raw = (source.data ?? {}) as Record<string, unknown>;
        if (isItemCollection(collection) && raw.draft !== true && Array.isArray(raw.themes)) raw.themes.forEach((t) => themesOfInvalid.add(String(t)));
        for (const issue of result.error.issues) {
          const { path, ...d } = describeIssue(issue as never, source.data);
          const problem: ContentProblem = { severity: 'error', file, line: source.lineOf(path), ...d };
          problems.push(problem);
          const plannedType = collection === 'agenda' && path.at(-1) === 'item' ? valueAt(source.data, [...path.slice(0, -1), 'type']) : undefined;
          if (typeof plannedType === 'string' && (COLLECTION_NAMES as readonly string[]).includes(plannedType)) {
            missingAgendaItems.push({ problem, type: plannedType as CollectionName });
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
  const media = new MediaChecks(root, add);
  for (const entry of entries) {
    checkIdentity(entry, add);
    checkReferences(entry, index, existing, add);
    media.collect(entry);
    checkDates(entry, now, add);
    checkPlaceholders(entry, add);
  }
  checkUnique(entries, add);
  // A file that cannot be read may be the one that uses a theme: only warn when every file was read.
  if (!unreadable) checkUnusedThemes(entries, themesOfInvalid, add);
  await media.finish();
  for (const check of CONTENT_CHECKS) await check({ root, now, entries, index, add });
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { problems, entries, files };
}

/** Ids of a collection, for "(toegestaan: ...)"; long lists are cut. */
function idsOf(index: Map<string, LoadedEntry>, collection: string, { published = false } = {}): string {
  const ids = [...index.values()].filter((e) => e.collection === collection && !(published && e.data.draft === true)).map((e) => e.id);
  return ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, ...` : ids.join(', ');
}

/** Standards live at content/standards/<edition>/<code>.yaml: the path must agree with the fields. */
function checkIdentity(entry: LoadedEntry, add: Add) {
  if (entry.collection === 'standards') {
    const edition = (entry.data.edition as { id: string }).id;
    const expected = `${edition}/${String(entry.data.code).toLowerCase()}`;
    if (entry.id !== expected) {
      add({ file: entry.file, line: entry.source.lineOf(['code']), field: 'code', message: `bestand hoort te heten content/standards/${expected}.yaml (editie + code)` });
    }
  }
  if (entry.collection === 'agenda' && String(entry.data.year) !== entry.id) {
    add({ file: entry.file, line: entry.source.lineOf(['year']), field: 'year', message: `jaar ${String(entry.data.year)} past niet bij de bestandsnaam ${entry.id}.yaml` });
  }
}

function walk(value: unknown, path: PropertyKey[], visit: (v: Record<string, unknown>, path: PropertyKey[]) => boolean | void) {
  if (value === null || typeof value !== 'object' || value instanceof Date) return;
  if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i], visit));
  if (visit(value as Record<string, unknown>, path) === true) return;
  for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
}

function checkReferences(entry: LoadedEntry, index: Map<string, LoadedEntry>, existing: Set<string>, add: Add) {
  walk(entry.data, [], (v, path) => {
    if (typeof v.collection === 'string' && typeof v.id === 'string' && Object.keys(v).length === 2) {
      const target = index.get(`${v.collection}:${v.id}`);
      if (!target && existing.has(`${v.collection}:${v.id}`)) return true;
      if (!target) {
        add({
          file: entry.file,
          line: entry.source.lineOf(path),
          field: fieldPath(path),
          message: `"${v.id}" bestaat niet in ${v.collection}`,
          allowed: idsOf(index, v.collection),
        });
      } else if (target.data.draft === true && entry.data.draft !== true) {
        add({ file: entry.file, line: entry.source.lineOf(path), field: fieldPath(path), message: `"${v.id}" is nog een concept (draft: true); een gepubliceerd item kan er niet naar verwijzen` });
      }
      return true;
    }
  });
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
    const missing = missingPublicFile(this.root, sitePath);
    if (missing) this.add({ ...where, message: missing });
    return !missing;
  }

  imageSize(sitePath: string, where: { file: string; line: number; field: string }) {
    const tooLarge = imageTooLarge(this.root, sitePath);
    if (tooLarge) this.add({ ...where, ...tooLarge });
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

// ---------------------------------------------------------------- dates, uniqueness, themes

function checkDates(entry: LoadedEntry, now: Date, add: Add) {
  const { publishDate, updatedDate, reviewBy } = entry.data;
  if (publishDate instanceof Date && updatedDate instanceof Date && updatedDate.getTime() < publishDate.getTime()) {
    add({ file: entry.file, line: entry.source.lineOf(['updatedDate']), field: 'updatedDate', message: `"${updatedDate.toISOString().slice(0, 10)}": updatedDate ligt vóór publishDate (${publishDate.toISOString().slice(0, 10)})` });
  }
  if (reviewBy instanceof Date && reviewBy.getTime() < now.getTime()) {
    add({ file: entry.file, line: entry.source.lineOf(['reviewBy']), field: 'reviewBy', message: `controledatum ${reviewBy.toISOString().slice(0, 10)} is verstreken: controleer de inhoud en zet een nieuwe datum`, severity: 'warning' });
  }
}

/** A published item must not go live with the example texts of `npm run new` (comments do not count). */
function checkPlaceholders(entry: LoadedEntry, add: Add) {
  if (entry.data.draft === true) return;
  entry.text.split('\n').forEach((line, i) => {
    if (/^\s*#/.test(line)) return;
    const marker = PLACEHOLDER_MARKERS.find((m) => line.includes(m));
    if (marker) {
      add({ file: entry.file, line: i + 1, field: '(voorbeeldtekst)', message: `hier staat nog voorbeeldtekst van npm run new ("${marker.trim()}"); vervang die, of zet draft: true` });
    }
  });
}

/** Feed and calendar ids must be unique, or podcast apps and calendars mix two items up. */
function checkUnique(entries: LoadedEntry[], add: Add) {
  const keys: { collection: CollectionName; field: string; key: (e: LoadedEntry) => string | undefined; say: (v: string) => string }[] = [
    { collection: 'podcasts', field: 'guid', key: (e) => e.data.guid as string, say: (v) => `guid "${v}"` },
    { collection: 'webinars', field: 'uid', key: (e) => e.data.uid as string, say: (v) => `uid "${v}"` },
    {
      collection: 'podcasts',
      field: 'episode',
      key: (e) => `${String(e.data.season)}/${String(e.data.episode)}`,
      say: (v) => `aflevering ${v.split('/')[1]} van seizoen ${v.split('/')[0]}`,
    },
  ];
  for (const k of keys) {
    const first = new Map<string, string>();
    for (const e of entries.filter((x) => x.collection === k.collection)) {
      const v = k.key(e);
      if (v === undefined) continue;
      const other = first.get(v);
      if (other) add({ file: e.file, line: e.source.lineOf([k.field]), field: k.field, message: `${k.say(v)} wordt ook gebruikt door ${other}; kies een ander` });
      else first.set(v, e.file);
    }
  }
}

function checkUnusedThemes(entries: LoadedEntry[], alsoUsed: Set<string>, add: Add) {
  const used = new Set<string>(alsoUsed);
  for (const e of entries) {
    if (!isItemCollection(e.collection) || e.data.draft === true) continue;
    for (const t of (e.data.themes as { id: string }[] | undefined) ?? []) used.add(t.id);
  }
  for (const e of entries) {
    if (e.collection === 'themes' && !used.has(e.id)) {
      add({ file: e.file, line: 1, field: '(thema)', message: 'thema heeft nog geen items; koppel minstens één item of haal het thema weg', severity: 'warning' });
    }
  }
}
