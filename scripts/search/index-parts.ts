/**
 * Builds the Pagefind search index of a built site, in as few parts as memory allows, with
 * Pagefind's Node API.
 *
 * The reader decides: every part costs a reader's first search one more index chunk (about 55 kB
 * at 10,000 items, BENCHMARKS.md), so one index is best. The only limit is memory: Pagefind holds a
 * whole index in memory while writing it (about 12 MiB per MB of HTML it is given), and it may use
 * as much as the Astro build of the same site already needed (the build records its peak,
 * src/lib/site/build-memory.ts), no more. So the number of parts is the smallest whose estimated
 * peak fits under that ceiling; each part is indexed by its own Pagefind process in turn, and the
 * real peak is measured and reported. Pages go to parts by a hash of their path, so an edited or added
 * page lands in one part: with a cache folder, parts whose pages did not change are copied from
 * the cache instead of indexed again. Hashing (not grouping by type) gives every part a similar
 * mix of pages, so scores from different parts compare fairly when the browser merges them.
 *
 * The first part is the usual bundle at /pagefind/; the others go to /pagefind/delen/<n>/ and are
 * listed in /pagefind/delen.json, which the search page reads to merge them (mergeIndex). A site
 * that fits has one part and an empty list. A script that adds its own search terms to pages passes
 * them in through `prepare`; a part's digest covers exactly what Pagefind is given.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { childPeakMb } from '../../src/lib/site/build-memory.ts';
import { pluralForm } from '../../src/core/format.ts';

export const PARTS_FILE = 'delen.json';
const PARTS_DIR = 'delen';
/**
 * Pagefind's peak memory for a part: a base plus MiB per MB of HTML given (after the ignored
 * elements are dropped). Measured with this script (BENCHMARKS.md, "The search index: memory
 * against bytes"); the measured peak of every indexed part is reported beside the estimate.
 */
export const PAGEFIND_MEMORY = { baseMb: 80, mbPerMb: 12 } as const;

/** Without a recorded build peak (the index step run on its own): the 2 GiB the index was held to before. */
export const FALLBACK_CEILING_MB = 2048;

export const estimatePeakMb = (bytes: number) => PAGEFIND_MEMORY.baseMb + (PAGEFIND_MEMORY.mbPerMb * bytes) / 1e6;

/**
 * The fewest parts whose estimated peak stays under the ceiling. A previous layout is kept when it
 * still fits and has at most one part more: the build's peak varies by some percent from run to run,
 * and a new layout means indexing every part again.
 */
export function partsFor(bytes: number, ceilingMb: number, previous?: number): number {
  const fits = (parts: number) => estimatePeakMb(bytes / parts) <= ceilingMb;
  let parts = 1;
  while (!fits(parts) && parts < 1000) parts++;
  return previous !== undefined && previous === parts + 1 && fits(previous) ? previous : parts;
}

export interface IndexOptions {
  /** The built site (dist/). */
  site: string;
  /**
   * What Pagefind is given for a page (the ignored elements are dropped after it), e.g. with extra
   * search terms added. Called once to compute the parts' digests and again for the pages of the
   * parts that are indexed, so it must return the same text for the same page in one run.
   */
  prepare?: (html: string, path: string) => string;
  /** Passed to Pagefind's createIndex (e.g. forceLanguage). */
  pagefindOptions?: pagefind.PagefindServiceConfig;
  /** Keeps each part's index between runs; without it every part is indexed. */
  cacheDir?: string;
  /** The memory Pagefind may use, in MiB (the Astro build's peak); decides the number of parts. */
  memoryCeilingMb?: number;
  /** A fixed number of pages per part instead (tests). */
  partSize?: number;
  log?: (line: string) => void;
}

export interface IndexResult {
  pages: number;
  parts: number;
  /** Parts indexed in this run (the rest came from the cache). */
  indexed: number;
  /** The ceiling, Pagefind's estimated peak per part, and its measured peak over the parts indexed now (Linux only). */
  ceilingMb?: number;
  estimatedMb?: number;
  peakMb?: number;
  /** Reading and preparing every page to compare the parts' digests; indexing the changed parts and copying the others. */
  compareMs: number;
  indexMs: number;
}

/** Which part a page belongs to: stable for a path as long as the number of parts stays the same. */
export function partOf(path: string, parts: number): number {
  return parts <= 1 ? 0 : createHash('sha1').update(path).digest().readUInt32BE(0) % parts;
}

/** URL path of a part's bundle; part 0 is the primary index. */
export const partUrl = (part: number) => (part === 0 ? '/pagefind/' : `/pagefind/${PARTS_DIR}/${part + 1}/`);

interface Page {
  path: string;
  /** SHA-1 of what Pagefind is given: what the cache of a part compares. The HTML is read again when indexed, to keep memory low. */
  sha1: string;
  /** Bytes Pagefind is given: what its memory grows with. */
  bytes: number;
}

const IGNORE_ALL = /data-pagefind-ignore=["']?all["']?/g;

/**
 * The page without its elements marked data-pagefind-ignore="all" (related items, lists of other
 * items), which Pagefind skips entirely. Adding an item changes the related lists on many pages;
 * without this, each such page would put its part up for indexing again although its searchable
 * text is the same. Pagefind is given exactly this text, so a part's digest covers all it reads.
 */
export function searchableHtml(html: string): string {
  let out = html;
  for (let at = out.search(IGNORE_ALL); at !== -1; at = out.search(IGNORE_ALL)) {
    const start = out.lastIndexOf('<', at);
    const tag = /^<([a-zA-Z][\w-]*)/.exec(out.slice(start))?.[1];
    const open = out.indexOf('>', at);
    if (!tag || open === -1) break;
    let end = open + 1;
    if (out[open - 1] !== '/') {
      // Walk to the matching end tag; Astro writes well-formed HTML, so counting same-name tags is enough.
      const tags = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'g');
      tags.lastIndex = end;
      let depth = 1;
      for (let m = tags.exec(out); m && depth > 0; m = tags.exec(out)) {
        depth += m[1] ? -1 : 1;
        end = m.index + m[0].length;
      }
      if (depth > 0) break;
    }
    out = out.slice(0, start) + out.slice(end);
  }
  return out;
}

type Prepare = (html: string, path: string) => string;

/** The site's HTML files that Pagefind would index: those with a data-pagefind-body (the site marks every content page). */
function searchablePages(site: string, prepare: Prepare): Page[] {
  const pages: Page[] = [];
  for (const e of readdirSync(site, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const path = relative(site, join(e.parentPath, e.name)).split('\\').join('/');
    if (path.startsWith('pagefind/')) continue;
    const html = readFileSync(join(site, path), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const given = searchableHtml(prepare(html, path));
    pages.push({ path, sha1: createHash('sha1').update(given).digest('hex'), bytes: Buffer.byteLength(given) });
  }
  return pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Indexes one part with a fresh Pagefind process; returns that process's peak memory in MiB when known. */
async function indexPart(site: string, pages: Page[], out: string, prepare: Prepare, options: pagefind.PagefindServiceConfig): Promise<number | undefined> {
  const { index, errors } = await pagefind.createIndex(options);
  if (!index) throw new Error(`Pagefind start niet: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile({ sourcePath: page.path, content: searchableHtml(prepare(readFileSync(join(site, page.path), 'utf8'), page.path)) });
      if (added.errors.length) throw new Error(`${join(site, page.path)}: ${added.errors.join('; ')}`);
    }
    rmSync(out, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(`Pagefind schreef de index niet: ${written.errors.join('; ')}`);
    // Its peak comes while writing; read before the process exits.
    return childPeakMb('pagefind');
  } finally {
    // A new process per part: Pagefind gives its memory back only when it exits.
    await pagefind.close();
  }
}

export async function indexSite({ site, cacheDir, memoryCeilingMb, partSize, prepare = (html) => html, pagefindOptions = {}, log = () => {} }: IndexOptions): Promise<IndexResult> {
  const started = performance.now();
  const pages = searchablePages(site, prepare);
  const compared = performance.now();
  const bytes = pages.reduce((n, p) => n + p.bytes, 0);
  const layoutFile = cacheDir && join(cacheDir, 'indeling.json');
  const previous = layoutFile && existsSync(layoutFile) ? (JSON.parse(readFileSync(layoutFile, 'utf8')) as { parts?: number }).parts : undefined;
  const ceilingMb = partSize ? undefined : (memoryCeilingMb ?? FALLBACK_CEILING_MB);
  const parts = partSize ? Math.max(1, Math.ceil(pages.length / partSize)) : partsFor(bytes, ceilingMb!, previous);
  const byPart = Array.from({ length: parts }, () => [] as Page[]);
  for (const page of pages) byPart[partOf(page.path, parts)]!.push(page);

  const target = join(site, 'pagefind');
  rmSync(target, { recursive: true, force: true });
  // A part is reused only if Pagefind's version and this file (what is given to Pagefind, and how) are the same too.
  const version = JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')).version as string;
  const self = createHash('sha1').update(readFileSync(new URL(import.meta.url))).digest('hex');
  let indexed = 0;
  let peakMb: number | undefined;
  const indexOne = async (members: Page[], out: string) => {
    const peak = await indexPart(site, members, out, prepare, pagefindOptions);
    if (peak !== undefined) peakMb = Math.max(peakMb ?? 0, peak);
    indexed++;
  };
  // The primary bundle first: indexing a part empties its own folder, and the others live inside it.
  for (let part = 0; part < parts; part++) {
    const members = byPart[part]!;
    const dest = join(site, partUrl(part));
    if (!cacheDir) {
      await indexOne(members, dest);
      continue;
    }
    const key = createHash('sha256').update(JSON.stringify([version, self, pagefindOptions, parts, part]));
    for (const page of members) key.update(`${page.path}\0${page.sha1}\0`);
    const digest = key.digest('hex');
    const cached = join(cacheDir, `deel-${part + 1}`);
    const keyFile = join(cached, '.sleutel');
    if (!existsSync(keyFile) || readFileSync(keyFile, 'utf8') !== digest) {
      log(`  zoekindex deel ${part + 1}/${parts}: ${members.length} ${pluralForm(members.length) === 'one' ? 'pagina' : "pagina's"} indexeren`);
      // No key while the bundle is half written: an interrupted run can never be reused.
      rmSync(keyFile, { force: true });
      await indexOne(members, join(cached, 'bundle'));
      writeFileSync(keyFile, digest);
    } else {
      log(`  zoekindex deel ${part + 1}/${parts}: ongewijzigd, uit de cache`);
    }
    mkdirSync(dest, { recursive: true });
    cpSync(join(cached, 'bundle'), dest, { recursive: true });
  }
  writeFileSync(join(target, PARTS_FILE), JSON.stringify(Array.from({ length: parts - 1 }, (_, i) => partUrl(i + 1))));
  if (layoutFile) writeFileSync(layoutFile, JSON.stringify({ parts }));
  const estimatedMb = Math.round(estimatePeakMb(bytes / parts));
  const timings = { compareMs: Math.round(compared - started), indexMs: Math.round(performance.now() - compared) };
  return { pages: pages.length, parts, indexed, ...timings, ...(ceilingMb ? { ceilingMb, estimatedMb } : {}), ...(peakMb !== undefined ? { peakMb } : {}) };
}
