/**
 * npm run bench [-- --sizes 1000,5000,10000] [--edits 10000]   (-- --report: only rewrite the tables from stored results)
 * For each size: generate synthetic content into .bench/<size>/, validate it (scripts/content/check.ts),
 * build the site and the search index from a cold cache, measure, and build the same Markdown with
 * a plain Astro baseline. At the --edits sizes (default: the largest) it then does what editors
 * wait for: one item edited, then one item added, each an incremental build + index on the warm
 * cache, and finally a full build + index of that last state from a cold cache, compared byte for
 * byte with the incremental output. Results are kept per size in .bench/results.json, so one size
 * can be re-run alone; the tables in BENCHMARKS.md are rewritten from all of them.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBaseline } from './baseline.ts';
import { generateContent } from './generate.ts';
import { buildPages, buildSteps } from '../build/astro-build-log.ts';
import { diffDigests, dirDigests } from '../build/dir-digests.ts';
import { dirStats } from '../build/dir-stats.ts';
import { measureSearch } from '../search/measure.ts';
import { largestContentPage, measured } from './measure.ts';
import { missedTargets, renderTables, updateBenchmarksFile, type BenchResult, type BenchStep } from './report.ts';

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const sizes = process.argv.includes('--report') ? [] : (arg('--sizes') ?? '1000,5000,10000').split(',').map(Number);
const editSizes = (arg('--edits') ?? String(Math.max(...sizes, 0))).split(',').map(Number);
if (sizes.some((s) => !Number.isInteger(s) || s < 100)) {
  console.error('Gebruik: npm run bench -- --sizes 1000,5000,10000 [--edits 10000]   (hele getallen vanaf 100)');
  process.exit(1);
}
const project = process.cwd();
const work = resolve('.bench');
const resultsFile = join(work, 'results.json');
const bin = (name: string) => join(project, 'node_modules/.bin', name);
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages;
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, Astro ${lock['node_modules/astro'].version}, Pagefind ${lock['node_modules/pagefind'].version}`;
// Fixed build time: every build of one run sees the same "today".
const KP_NOW = new Date().toISOString();

mkdirSync(work, { recursive: true });
const results: BenchResult[] = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : [];

// The machine is shared: the 1-minute load average after every step says how busy it was.
let loads: number[] = [];
const sampleLoad = () => loads.push(loadavg()[0]!);

/** `astro build` then the search index, into `out` with the given cache folder; time, memory and work done per step. */
async function buildAndIndex(root: string, out: string, cache: string): Promise<BenchStep & { indexMemory?: BenchResult['indexMemory'] }> {
  const env = { KP_CONTENT_DIR: join(root, 'content'), KP_OUT_DIR: out, KP_CACHE_DIR: cache, KP_NOW };
  const build = await measured(bin('astro'), ['build'], { cwd: project, env });
  const pages = buildPages(build.out);
  sampleLoad();
  const index = await measured(bin('node'), ['scripts/search/index-search.ts', out, join(root, 'content')], { cwd: project, env });
  sampleLoad();
  const parts = /in (\d+) (?:deel|delen), (\d+) opnieuw/.exec(index.out);
  const timings = /Stappen: woorden (\d+) ms, vergelijken (\d+) ms, indexeren (\d+) ms/.exec(index.out);
  const indexSteps = timings
    ? [
        { step: 'index: every page read and hashed, pages with new HTML tokenized; the compound lexicon', seconds: Number(timings[1]) / 1000 },
        { step: 'index: what Pagefind is given, and which part changed (unchanged pages from the cache)', seconds: Number(timings[2]) / 1000 },
        { step: 'index: changed parts through Pagefind, the others copied from the cache', seconds: Number(timings[3]) / 1000 },
      ]
    : [];
  const steps = [
    ...buildSteps(build.out, build.seconds),
    ...indexSteps,
    ...(indexSteps.length ? [{ step: 'index: Node start, synonyms, writing', seconds: Math.max(0, index.seconds - indexSteps.reduce((a, s) => a + s.seconds, 0)) }] : []),
  ];
  const memory = /plafond (\d+) MiB \(de bouw\), geschat (\d+) MiB per deel(?:, gemeten (\d+) MiB)?/.exec(index.out);
  const step: BenchStep & { indexMemory?: BenchResult['indexMemory'] } = {
    buildSeconds: build.seconds,
    buildPeakMb: build.peakMb,
    indexSeconds: index.seconds,
    indexPeakMb: index.peakMb,
    rendered: pages.rendered.length,
    reused: pages.reused.length,
    parts: Number(parts?.[1] ?? 0),
    partsIndexed: Number(parts?.[2] ?? 0),
    steps,
    ...(memory ? { indexMemory: { ceilingMb: Number(memory[1]), estimatedMb: Number(memory[2]), ...(memory[3] ? { pagefindPeakMb: Number(memory[3]) } : {}) } } : {}),
  };
  console.log(
    `  build ${step.buildSeconds.toFixed(1)} s (${step.rendered} rendered, ${step.reused} from cache), peak ${step.buildPeakMb} MB; ` +
      `index ${step.indexSeconds.toFixed(1)} s (${step.partsIndexed}/${step.parts} parts), peak ${step.indexPeakMb} MB; load average ${loads.at(-1)?.toFixed(2)}`,
  );
  return step;
}

/** An editor's change to one generated good practice: a new title; or a new practice made from it. */
function editOneItem(root: string, mode: 'edit' | 'add'): void {
  const dir = join(root, 'content', 'practices');
  const file = join(dir, readdirSync(dir).filter((f) => f.startsWith('bench-')).sort()[0]!);
  const text = readFileSync(file, 'utf8');
  if (mode === 'edit') writeFileSync(file, text.replace(/^title: .*$/m, 'title: "Leesonderwijs met meer leestijd, aangepast door de redactie"'));
  else writeFileSync(join(dir, 'bench-nieuw.md'), text.replace(/^title: .*$/m, 'title: "Een nieuw goed voorbeeld over rekenen in groep 5"'));
}

for (const items of sizes) {
  const root = join(work, String(items));
  loads = [];
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const counts = generateContent(root, items, project);
  symlinkSync(join(project, 'public'), join(root, 'public'));
  console.log(`\n${items} items: ${JSON.stringify(counts)}`);
  const out = join(root, 'dist');
  const cache = join(root, 'cache');
  // Invalid generated content would make every later number meaningless: a failing check stops here.
  // Its own cache folder, so the full build below starts from an empty cache; run twice: cold, then warm.
  const checkEnv = { env: { KP_CACHE_DIR: join(root, 'check-cache') }, cwd: project };
  const check = await measured(bin('node'), ['scripts/content/check.ts', root], checkEnv);
  const checkWarm = await measured(bin('node'), ['scripts/content/check.ts', root], checkEnv);
  console.log(`  check ${check.seconds.toFixed(1)} s, again on its cache ${checkWarm.seconds.toFixed(1)} s`);
  console.log('  full build from a cold cache:');
  const full = await buildAndIndex(root, out, cache);
  const search = await measureSearch(out, 'lezen');
  sampleLoad();
  console.log(
    `  search on a phone: ${search.lastKeyToResultMs} ms from the last keystroke, ${(search.searchWireAfterTyping / 1000).toFixed(1)} kB after it, ` +
      `${(search.searchWire / 1000).toFixed(1)} kB search data in total; load average ${loads.at(-1)?.toFixed(2)}`,
  );
  const site = dirStats(out);
  const largestPage = largestContentPage(out);

  let incremental: BenchResult['incremental'];
  if (editSizes.includes(items)) {
    console.log('  one item edited:');
    editOneItem(root, 'edit');
    const edit = await buildAndIndex(root, out, cache);
    console.log('  one item added:');
    editOneItem(root, 'add');
    const add = await buildAndIndex(root, out, cache);
    console.log('  the same content, full build from a cold cache, to compare:');
    const fresh = join(root, 'dist-full');
    const verify = await buildAndIndex(root, fresh, join(root, 'cache-full'));
    const diff = diffDigests(dirDigests(fresh), dirDigests(out));
    const differing = [...diff.added, ...diff.removed, ...diff.changed];
    console.log(differing.length ? `  NOT byte-identical: ${differing.length} files differ, e.g. ${differing.slice(0, 5).join(', ')}` : '  byte-identical to a full build');
    incremental = { edit, add, verify, identical: differing.length === 0, differing: differing.slice(0, 20) };
    rmSync(fresh, { recursive: true, force: true });
  }

  const baseRoot = join(work, `baseline-${items}`);
  writeBaseline(baseRoot, join(root, 'content'));
  const base = await measured(bin('astro'), ['build', '--root', baseRoot], { cwd: project });
  sampleLoad();
  console.log(`  plain Astro baseline ${base.seconds.toFixed(1)} s, peak ${base.peakMb} MB; load average ${loads.at(-1)?.toFixed(2)}`);
  const result: BenchResult = {
    items,
    pages: site.pages,
    checkSeconds: check.seconds,
    checkWarmSeconds: checkWarm.seconds,
    buildSeconds: full.buildSeconds,
    buildPeakMb: full.buildPeakMb,
    indexSeconds: full.indexSeconds,
    indexPeakMb: full.indexPeakMb,
    indexParts: full.parts,
    ...(full.indexMemory ? { indexMemory: full.indexMemory } : {}),
    outputBytes: site.bytes,
    indexBytes: search.indexBytes,
    phoneSearch: {
      lastKeyToResultMs: search.lastKeyToResultMs,
      afterTypingBytes: search.searchWireAfterTyping,
      searchBytes: search.searchWire,
      totalBytes: search.totalWire,
      byKind: search.wireByKind,
      engineBeforeTyping: search.engineBeforeTyping,
    },
    largestPage,
    baseline: { seconds: base.seconds, peakMb: base.peakMb, pages: dirStats(join(baseRoot, 'dist')).pages },
    ...(incremental ? { incremental } : {}),
    machine,
    loadAverage: loads.reduce((a, b) => a + b, 0) / loads.length,
    date: new Date().toISOString().slice(0, 10),
  };
  const missed = missedTargets(result);
  console.log(missed.length ? `  targets missed: ${missed.join('; ')}` : '  all targets met');
  results.splice(0, results.length, ...results.filter((r) => r.items !== items), result);
  writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  // The generated sites are large (10,000 items: about 0.6 GB); keep only the content.
  for (const dir of [out, cache, join(root, 'cache-full'), join(baseRoot, 'dist')]) rmSync(dir, { recursive: true, force: true });
}

const tables = renderTables(results);
console.log(`\n${tables}`);
writeFileSync('BENCHMARKS.md', updateBenchmarksFile(existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : undefined, tables));
console.log('\nBENCHMARKS.md bijgewerkt.');
