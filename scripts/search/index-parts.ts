/**
 * Builds the Pagefind search index of a built site, in as few parts as memory allows, with
 * Pagefind's Node API.
 *
 * The reader decides: every part costs a reader's first search one more index chunk (about 55 kB
 * at 10,000 items, BENCHMARKS.md), so one index is best. The only limit is memory: Pagefind holds a
 * whole index in memory while writing it (about 25 MiB per MB of the minimal documents it is
 * given), and the index step as a whole (this Node process and Pagefind beside it) may use as much
 * as the Astro build of the same site already needed (the build records its peak,
 * src/lib/site/build-memory.ts), no more. So the number of parts is the smallest whose estimated
 * Pagefind peak fits under that ceiling minus this process's own memory; each part is indexed by
 * its own Pagefind process in turn, and both real peaks are measured and reported. Pages go to parts by a hash of their path, so an edited or added
 * page lands in one part: with a cache folder, parts whose pages did not change are copied from
 * the cache instead of indexed again. Hashing (not grouping by type) gives every part a similar
 * mix of pages, so scores from different parts compare fairly when the browser merges them.
 *
 * The first part is the usual bundle at /pagefind/; the others go to /pagefind/delen/<n>/ and are
 * listed in /pagefind/delen.json, which the search page reads to merge them (mergeIndex). A site
 * that fits has one part and an empty list. What Pagefind is given for each page comes from the
 * caller (scripts/search/given-pages.ts), with its digest: a part's digest covers exactly that.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { childPeakMb } from '../../src/lib/site/build-memory.ts';
import { pluralForm } from '../../src/core/format.ts';
import type { Given, GivenPage } from './given-pages.ts';

export const PARTS_FILE = 'delen.json';
const PARTS_DIR = 'delen';
/**
 * Pagefind's peak memory for a part: a base plus MiB per MB of HTML given (the minimal documents
 * of src/lib/search/index-input.ts). Its memory grows with the words it indexes, not with markup,
 * so per MB of these documents it is about twice what it was per MB of whole pages: measured at
 * 10,000 items, 3,866 MiB for one part of 159 MB and 2,037 MiB for half of it (BENCHMARKS.md);
 * the measured peak of every indexed part is reported beside the estimate.
 */
export const PAGEFIND_MEMORY = { baseMb: 80, mbPerMb: 25 } as const;

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
  /** The built site (dist/): the index goes to its pagefind/ folder. */
  site: string;
  /** The pages and what Pagefind is given for each (scripts/search/given-pages.ts). */
  given: Given;
  /** Passed to Pagefind's createIndex (e.g. forceLanguage). */
  pagefindOptions?: pagefind.PagefindServiceConfig;
  /** Keeps each part's index between runs; without it every part is indexed. */
  cacheDir?: string;
  /**
   * The memory the whole index step may use, in MiB (the Astro build's peak): this process's own
   * memory is taken off it, and what is left decides the number of Pagefind parts.
   */
  memoryCeilingMb?: number;
  /** A fixed number of pages per part instead (tests). */
  partSize?: number;
  log?: (line: string) => void;
}

export interface IndexResult {
  pages: number;
  /** Bytes given to Pagefind over all pages. */
  bytes: number;
  parts: number;
  /** Parts indexed in this run (the rest came from the cache). */
  indexed: number;
  /**
   * The ceiling for the whole step, this process's memory when the parts were chosen, Pagefind's
   * estimated peak per part, its measured peak over the parts indexed now, and this process's own
   * peak (Linux only): Node and Pagefind together stay under the ceiling when nodeMb + peakMb does.
   */
  ceilingMb?: number;
  nodeMb?: number;
  estimatedMb?: number;
  peakMb?: number;
  nodePeakMb?: number;
  /** Indexing the changed parts and copying the others. */
  indexMs: number;
}

/** Which part a page belongs to: stable for a path as long as the number of parts stays the same. */
export function partOf(path: string, parts: number): number {
  return parts <= 1 ? 0 : createHash('sha1').update(path).digest().readUInt32BE(0) % parts;
}

/** URL path of a part's bundle; part 0 is the primary index. */
export const partUrl = (part: number) => (part === 0 ? '/pagefind/' : `/pagefind/${PARTS_DIR}/${part + 1}/`);

/** Indexes one part with a fresh Pagefind process; returns that process's peak memory in MiB when known. */
async function indexPart(pages: GivenPage[], out: string, given: Given, options: pagefind.PagefindServiceConfig): Promise<number | undefined> {
  const { index, errors } = await pagefind.createIndex(options);
  if (!index) throw new Error(`Pagefind start niet: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile({ sourcePath: page.path, content: given.content(page) });
      if (added.errors.length) throw new Error(`${page.path}: ${added.errors.join('; ')}`);
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

export async function indexSite({ site, given, cacheDir, memoryCeilingMb, partSize, pagefindOptions = {}, log = () => {} }: IndexOptions): Promise<IndexResult> {
  const started = performance.now();
  const { pages } = given;
  const bytes = pages.reduce((n, p) => n + p.bytes, 0);
  const layoutFile = cacheDir && join(cacheDir, 'indeling.json');
  const previous = layoutFile && existsSync(layoutFile) ? (JSON.parse(readFileSync(layoutFile, 'utf8')) as { parts?: number }).parts : undefined;
  const ceilingMb = partSize ? undefined : (memoryCeilingMb ?? FALLBACK_CEILING_MB);
  // The step's whole process tree counts: this process keeps its memory while Pagefind runs beside it.
  const nodeMb = Math.round(process.memoryUsage().rss / 2 ** 20);
  const parts = partSize ? Math.max(1, Math.ceil(pages.length / partSize)) : partsFor(bytes, ceilingMb! - nodeMb, previous);
  const byPart = Array.from({ length: parts }, () => [] as GivenPage[]);
  for (const page of pages) byPart[partOf(page.path, parts)]!.push(page);

  const target = join(site, 'pagefind');
  rmSync(target, { recursive: true, force: true });
  // A part is reused only if Pagefind's version and this file (what is given to Pagefind, and how) are the same too.
  const version = JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')).version as string;
  const self = createHash('sha1').update(readFileSync(new URL(import.meta.url))).digest('hex');
  let indexed = 0;
  let peakMb: number | undefined;
  const indexOne = async (members: GivenPage[], out: string) => {
    const peak = await indexPart(members, out, given, pagefindOptions);
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
  const nodePeakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return {
    pages: pages.length,
    bytes,
    parts,
    indexed,
    indexMs: Math.round(performance.now() - started),
    ...(ceilingMb ? { ceilingMb, nodeMb, estimatedMb } : {}),
    ...(peakMb !== undefined ? { peakMb, nodePeakMb } : {}),
  };
}
