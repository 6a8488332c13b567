/**
 * Builds the Pagefind index of a built site (replaces the bare `pagefind --site dist`): every page
 * is given to Pagefind as the little of it that Pagefind reads (src/lib/search/index-input.ts),
 * with the parts of its compounds, the editors' synonyms (content/search-terms/) and its type name
 * and standard codes added in weighted regions (src/lib/search/index-terms.ts).
 * Usage: node scripts/search/index-search.ts [site=dist] [content=content]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { indexSite } from './index-parts.ts';
import { documentStore, givenFrom } from './given-pages.ts';
import type { PrepareInput, Prepared } from './prepare-index.ts';
import { readBuildPeak } from '../../src/lib/site/build-memory.ts';
import { pluralForm } from '../../src/core/format.ts';

const [site = 'dist', contentDir = process.env.KP_CONTENT_DIR ?? 'content'] = process.argv.slice(2);
const started = performance.now();

// What Pagefind is given for every page, worked out in a child process (scripts/search/prepare-index.ts):
// its memory goes back to the system before Pagefind starts. Pages are read once per HTML content: their words,
// terms and index documents are kept in the cache (without one, in a folder removed afterwards).
const astroCache = resolve(process.env.KP_CACHE_DIR ?? 'node_modules/.astro');
const cacheDir = process.env.KP_INDEX_CACHE === 'off' ? undefined : join(astroCache, 'zoekindex');
const readCache = cacheDir ?? mkdtempSync(join(tmpdir(), 'kp-zoekindex-'));
const prepared = await new Promise<Prepared>((done, fail) => {
  const input: PrepareInput = { site, contentDir, cacheDir: readCache };
  const child = fork(fileURLToPath(new URL('./prepare-index.ts', import.meta.url)), [JSON.stringify(input)], { serialization: 'advanced', stdio: 'inherit' });
  let answer: Prepared | undefined;
  child.once('message', (message) => (answer = message as Prepared));
  child.once('error', fail);
  // Only once the process has exited (and its memory is free) does Pagefind start.
  child.once('exit', (code) => (answer && code === 0 ? done(answer) : fail(new Error(`de voorbereiding van de zoekindex stopte (${code})`))));
});
const given = givenFrom(site, documentStore(join(readCache, 'documenten')), prepared.recipes);
const { wordsMs, compareMs } = prepared;

// In parts, with the unchanged parts from the cache (scripts/search/index-parts.ts): memory stays that
// of one part, and a rebuild indexes only the parts whose pages (as given to Pagefind) changed.
// Pages are added one at a time there, so page order and thus the index bytes are the same every run.
const result = await indexSite({
  site,
  given,
  cacheDir,
  // As many parts as needed for the whole step to stay within the memory the Astro build of this site needed, and no more.
  memoryCeilingMb: readBuildPeak(astroCache),
  pagefindOptions: { forceLanguage: 'nl' },
  log: console.log,
});
const pageCount = (n: number) => `${n} ${pluralForm(n) === 'one' ? 'pagina' : "pagina's"}`;
console.log(
  `Zoekindex: ${pageCount(result.pages)} in ${result.parts} ${result.parts === 1 ? 'deel' : 'delen'}, ${result.indexed} opnieuw geïndexeerd (${Math.round(performance.now() - started)} ms).` +
    (result.ceilingMb ? ` Geheugen: plafond ${result.ceilingMb} MiB (de bouw), geschat ${result.estimatedMb} MiB per deel` : '') +
    (result.peakMb !== undefined ? `, gemeten ${result.peakMb} MiB; Node ${result.nodeMb} MiB bij de keuze, piek ${result.nodePeakMb} MiB.` : '.') +
    ` Aan Pagefind gegeven: ${(result.bytes / 1e6).toFixed(1)} MB; gelezen: ${pageCount(prepared.tokenized)} opnieuw, voorbereid: ${pageCount(prepared.prepared)} opnieuw.` +
    ` Stappen: woorden ${wordsMs} ms, vergelijken ${compareMs} ms, indexeren ${result.indexMs} ms.`,
);
if (!cacheDir) rmSync(readCache, { recursive: true, force: true });
if (!existsSync(join(site, 'pagefind', 'pagefind.js'))) throw new Error('pagefind.js ontbreekt na het indexeren');
