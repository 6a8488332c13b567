/**
 * npm run bench [-- --sizes 1000,5000,10000]   (-- --report: only rewrite the tables from stored results)
 * For each size: generate synthetic content into .bench/<size>/, validate it (scripts/check.ts),
 * build the site and the Pagefind index, measure, and build the same Markdown with a plain Astro
 * baseline. Results are kept per size in .bench/results.json, so one size can be re-run alone;
 * the tables in BENCHMARKS.md are rewritten from all of them.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBaseline } from './baseline.ts';
import { generateContent } from './generate.ts';
import { dirStats } from '../lib/dir-stats.ts';
import { measureSearch } from '../lib/measure-search.ts';
import { largestContentPage, measured } from './measure.ts';
import { missedTargets, renderTables, updateBenchmarksFile, type BenchResult } from './report.ts';

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const sizes = process.argv.includes('--report') ? [] : (arg('--sizes') ?? '1000,5000,10000').split(',').map(Number);
if (sizes.some((s) => !Number.isInteger(s) || s < 100)) {
  console.error('Gebruik: npm run bench -- --sizes 1000,5000,10000   (hele getallen vanaf 100)');
  process.exit(1);
}
const project = process.cwd();
const work = resolve('.bench');
const resultsFile = join(work, 'results.json');
const bin = (name: string) => join(project, 'node_modules/.bin', name);
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages;
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, Astro ${lock['node_modules/astro'].version}, Pagefind ${lock['node_modules/pagefind'].version}`;

mkdirSync(work, { recursive: true });
const results: BenchResult[] = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : [];

for (const items of sizes) {
  const root = join(work, String(items));
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const counts = generateContent(root, items, project);
  symlinkSync(join(project, 'public'), join(root, 'public'));
  console.log(`\n${items} items: ${JSON.stringify(counts)}`);
  const out = join(root, 'dist');
  const env = { KP_CONTENT_DIR: join(root, 'content'), KP_OUT_DIR: out };
  // Invalid generated content would make every later number meaningless: a failing check stops here.
  const check = await measured(bin('node'), ['scripts/check.ts', root], { cwd: project });
  console.log(`  check ${check.seconds.toFixed(1)} s`);
  const build = await measured(bin('astro'), ['build'], { cwd: project, env });
  console.log(`  build ${build.seconds.toFixed(1)} s, peak ${build.peakMb} MB`);
  const index = await measured(bin('node'), ['scripts/index-search.ts', out, join(root, 'content')], { cwd: project });
  console.log(`  index ${index.seconds.toFixed(1)} s, peak ${index.peakMb} MB`);
  const search = await measureSearch(out, 'lezen');
  const site = dirStats(out);
  const baseRoot = join(work, `baseline-${items}`);
  writeBaseline(baseRoot, join(root, 'content'));
  const base = await measured(bin('astro'), ['build', '--root', baseRoot], { cwd: project });
  console.log(`  plain Astro baseline ${base.seconds.toFixed(1)} s`);
  const result: BenchResult = {
    items,
    pages: site.pages,
    checkSeconds: check.seconds,
    buildSeconds: build.seconds,
    buildPeakMb: build.peakMb,
    indexSeconds: index.seconds,
    indexPeakMb: index.peakMb,
    outputBytes: site.bytes,
    indexBytes: search.indexBytes,
    firstQueryBytes: search.wire,
    firstQueryRawBytes: search.bytes,
    firstQueryFiles: search.fetched.length,
    firstResultMs: search.firstResultMs,
    largestPage: largestContentPage(out),
    baseline: { seconds: base.seconds, peakMb: base.peakMb, pages: dirStats(join(baseRoot, 'dist')).pages },
    machine,
    date: new Date().toISOString().slice(0, 10),
  };
  const missed = missedTargets(result);
  console.log(missed.length ? `  targets missed: ${missed.join('; ')}` : '  all targets met');
  results.splice(0, results.length, ...results.filter((r) => r.items !== items), result);
  writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  // The generated sites are large (10,000 items: about 0.6 GB); keep only the content.
  rmSync(out, { recursive: true, force: true });
  rmSync(join(baseRoot, 'dist'), { recursive: true, force: true });
}

const tables = renderTables(results);
console.log(`\n${tables}`);
writeFileSync('BENCHMARKS.md', updateBenchmarksFile(existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : undefined, tables));
console.log('\nBENCHMARKS.md bijgewerkt.');
