/**
 * Validates every content file without building the site: the schema (shared with the
 * build), references, file sizes of media, links in bodies and editorial warnings.
 * Used by scripts/check.ts (npm run check), by the build, and by the tests.
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectionSchemas, COLLECTION_FILES } from '../schemas/index.ts';
import { COLLECTION_NAMES, plainReference, type CollectionName } from '../schemas/reference.ts';
import { describeIssue, type ContentProblem } from './content-errors.ts';
import { parseContentSource, type ParsedSource } from './content-source.ts';
import { entryPath, isItemCollection, listingPath, STATIC_PATHS } from './routes.ts';
import { ALLOWED_MDX_COMPONENTS } from './mdx-components.ts';

export interface LoadedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  source: ParsedSource;
}

export interface CheckOptions {
  /** Folder that holds content/ and public/. */
  root: string;
  /** "Today", for review dates; injectable for tests. */
  now?: Date;
}

const schemas = collectionSchemas(plainReference);

/** Astro's glob loader id: the path without extension, lower-cased slug segments. */
export function entryIdFromPath(relPath: string): string {
  return relPath.replace(/\.(md|mdx|yaml|yml)$/, '').split('/').map((s) => s.toLowerCase()).join('/');
}

export function checkContent({ root, now = new Date() }: CheckOptions): { problems: ContentProblem[]; entries: LoadedEntry[] } {
  const problems: ContentProblem[] = [];
  const entries: LoadedEntry[] = [];
  // Every id that has a file, valid or not: an invalid file is reported once, not again by each reference to it.
  const existing = new Set<string>();
  const add = (p: Omit<ContentProblem, 'severity'> & { severity?: ContentProblem['severity'] }) =>
    problems.push({ severity: 'error', ...p });

  for (const collection of COLLECTION_NAMES) {
    const base = join(root, 'content', collection);
    if (!existsSync(base)) continue;
    const seen = new Map<string, string>();
    for (const rel of globSync(COLLECTION_FILES[collection].replace('**/', '**/'), { cwd: base }).sort()) {
      if (rel.split('/').some((part) => part.startsWith('_'))) continue;
      const file = relative(root, join(base, rel));
      const id = entryIdFromPath(rel);
      const source = parseContentSource(readFileSync(join(base, rel), 'utf8'), rel.endsWith('.yaml'));
      for (const e of source.syntaxErrors) add({ file, line: e.line, field: '(yaml)', message: `YAML-fout: ${e.message}` });
      if (source.syntaxErrors.length) continue;
      if (seen.has(id)) {
        add({ file, line: 1, field: '(bestandsnaam)', message: `dubbele id "${id}": ook gebruikt door ${seen.get(id)}` });
        continue;
      }
      seen.set(id, file);
      existing.add(`${collection}:${id}`);
      const result = schemas[collection].safeParse(source.data ?? {});
      if (!result.success) {
        for (const issue of result.error.issues) {
          const { path, ...d } = describeIssue(issue as never, source.data);
          add({ file, line: source.lineOf(path), ...d });
        }
        continue;
      }
      entries.push({ collection, id, file, data: result.data as Record<string, unknown>, source });
    }
  }

  const index = new Map(entries.map((e) => [`${e.collection}:${e.id}`, e]));
  for (const entry of entries) {
    checkIdentity(entry, add);
    checkReferences(entry, index, existing, add);
    checkMediaFiles(entry, root, add);
    checkBody(entry, index, add);
    checkDates(entry, now, add);
  }
  checkUnusedThemes(entries, add);
  return { problems, entries };
}

type Add = (p: Omit<ContentProblem, 'severity'> & { severity?: ContentProblem['severity'] }) => void;

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
        const candidates = [...index.values()].filter((e) => e.collection === v.collection).map((e) => e.id);
        add({
          file: entry.file,
          line: entry.source.lineOf(path),
          field: fieldName(path),
          message: `"${v.id}" bestaat niet in ${v.collection}`,
          allowed: candidates.length > 12 ? `${candidates.slice(0, 12).join(', ')}, ...` : candidates.join(', '),
        });
      } else if (target.data.draft === true && entry.data.draft !== true) {
        add({ file: entry.file, line: entry.source.lineOf(path), field: fieldName(path), message: `"${v.id}" is nog een concept (draft: true); een gepubliceerd item kan er niet naar verwijzen` });
      }
      return true;
    }
  });
}

function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

/** Every /media/... path must exist in public/, and a stated byte size must be the real one. */
function checkMediaFiles(entry: LoadedEntry, root: string, add: Add) {
  walk(entry.data, [], (v, path) => {
    for (const [key, val] of Object.entries(v)) {
      if (typeof val !== 'string' || !/^\/(media|images|downloads)\//.test(val)) continue;
      const abs = join(root, 'public', val);
      if (!existsSync(abs)) {
        add({ file: entry.file, line: entry.source.lineOf([...path, key]), field: fieldName([...path, key]), message: `bestand ${val} bestaat niet in public/` });
        continue;
      }
      const size = statSync(abs).size;
      if ((key === 'file' || key === 'video') && typeof v.bytes === 'number' && v.bytes !== size) {
        add({ file: entry.file, line: entry.source.lineOf([...path, 'bytes']), field: fieldName([...path, 'bytes']), message: `${v.bytes} klopt niet: ${val} is ${size} bytes` });
      }
      if (key === 'src' && size > 400_000) {
        add({ file: entry.file, line: entry.source.lineOf([...path, key]), field: fieldName([...path, key]), message: `afbeelding is ${Math.round(size / 1000)} kB; maximaal 400 kB` });
      }
    }
  });
}

const LINK = /\]\((\/[^)\s#?]*)(?:[#?][^)\s]*)?\)|href="(\/[^"#?]*)[^"]*"/g;
const COMPONENT_TAG = /<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g;
const VAGUE_LINK_TEXT = /\[(klik hier|hier|lees meer|meer|link|deze pagina)\]\(/i;

/** Internal links must point at a page that exists; MDX may only use the documented components. */
function checkBody(entry: LoadedEntry, index: Map<string, LoadedEntry>, add: Add) {
  const { body, bodyLine } = entry.source;
  if (!body) return;
  const known = new Set<string>(STATIC_PATHS);
  for (const e of index.values()) {
    if (e.data.draft === true) continue;
    known.add(entryPath(e.collection, e.id));
    known.add(listingPath(e.collection));
  }
  const lines = body.split('\n');
  lines.forEach((text, i) => {
    const line = bodyLine + i;
    for (const m of text.matchAll(LINK)) {
      const target = m[1] ?? m[2] ?? '';
      const normalised = target.endsWith('/') || /\.[a-z0-9]+$/.test(target) ? target : `${target}/`;
      if (!known.has(normalised) && !/^\/(media|images|downloads)\//.test(target)) {
        add({ file: entry.file, line, field: '(tekst)', message: `link naar ${target} gaat naar een pagina die niet bestaat` });
      }
    }
    if (VAGUE_LINK_TEXT.test(text)) {
      add({ file: entry.file, line, field: '(tekst)', message: 'linktekst zegt niet waar de link heen gaat; schrijf bijvoorbeeld de titel van de pagina', severity: 'warning' });
    }
    if (/\]\(https?:\/\/[^)]+\)/.test(text) && /\[(https?:\/\/[^\]]+)\]/.test(text)) {
      add({ file: entry.file, line, field: '(tekst)', message: 'kale webadressen als linktekst zijn slecht voorleesbaar; schrijf waar de link heen gaat', severity: 'warning' });
    }
    if (entry.file.endsWith('.mdx')) {
      for (const m of text.matchAll(COMPONENT_TAG)) {
        const name = m[1] ?? '';
        if (!ALLOWED_MDX_COMPONENTS.includes(name as never)) {
          add({ file: entry.file, line, field: '(tekst)', message: `onbekend onderdeel <${name}>`, allowed: ALLOWED_MDX_COMPONENTS.join(', ') });
        } else if (name === 'Standaard') {
          const code = /code="([^"]+)"/.exec(m[2] ?? '')?.[1];
          const edition = /editie="([^"]+)"/.exec(m[2] ?? '')?.[1];
          const matches = [...index.values()].filter(
            (e) => e.collection === 'standards' && e.data.code === code && (!edition || (e.data.edition as { id: string }).id === edition),
          );
          if (!code || matches.length === 0) {
            add({ file: entry.file, line, field: '(tekst)', message: `<Standaard code="${code ?? ''}"> bestaat niet in het onderzoekskader` });
          }
        }
      }
    } else if (/<[A-Z][A-Za-z]+[\s/>]/.test(text)) {
      add({ file: entry.file, line, field: '(tekst)', message: 'onderdelen zoals <Callout> werken alleen in een .mdx-bestand; hernoem het bestand naar .mdx' });
    }
  });
}

function checkDates(entry: LoadedEntry, now: Date, add: Add) {
  const reviewBy = entry.data.reviewBy;
  if (reviewBy instanceof Date && reviewBy.getTime() < now.getTime()) {
    add({ file: entry.file, line: entry.source.lineOf(['reviewBy']), field: 'reviewBy', message: `controledatum ${reviewBy.toISOString().slice(0, 10)} is verstreken: controleer de inhoud en zet een nieuwe datum`, severity: 'warning' });
  }
}

function checkUnusedThemes(entries: LoadedEntry[], add: Add) {
  const used = new Set<string>();
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
