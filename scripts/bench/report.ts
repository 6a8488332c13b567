/** Turns stored benchmark results into the Markdown tables of BENCHMARKS.md. */

export interface BenchResult {
  items: number;
  pages: number;
  checkSeconds: number;
  buildSeconds: number;
  buildPeakMb: number;
  indexSeconds: number;
  indexPeakMb: number;
  outputBytes: number;
  indexBytes: number;
  /** Over the wire: Pagefind's gzip files as they are, its .js/.json gzip-compressed. */
  firstQueryBytes: number;
  /** As the local test server sent them (no compression). */
  firstQueryRawBytes: number;
  firstQueryFiles: number;
  firstResultMs: number;
  largestPage: { path: string; bytes: number };
  baseline: { seconds: number; peakMb: number; pages: number };
  machine: string;
  date: string;
}

const n = (x: number, digits = 0) => x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mb = (bytes: number) => n(bytes / 1e6, 1);
const kb = (bytes: number) => n(bytes / 1e3, 1);

export const TARGETS = { totalSeconds: 300, peakMb: 4096, pageBytes: 50_000, firstQueryBytes: 300_000 };

export function renderTables(results: readonly BenchResult[]): string {
  const rows = [...results].sort((a, b) => a.items - b.items);
  const speed = rows.map((r) => {
    const total = r.buildSeconds + r.indexSeconds;
    return `| ${n(r.items)} | ${n(r.pages)} | ${n(r.checkSeconds, 1)} | ${n(r.buildSeconds, 1)} | ${n(r.indexSeconds, 1)} | **${n(total, 1)}** | ${n((total / r.items) * 1000, 1)} | ${n(r.pages / r.buildSeconds)} | ${n(r.buildPeakMb)} / ${n(r.indexPeakMb)} |`;
  });
  const size = rows.map(
    (r) =>
      `| ${n(r.items)} | ${mb(r.outputBytes)} | ${mb(r.indexBytes)} | ${kb(r.firstQueryBytes)} kB (${kb(r.firstQueryRawBytes)} kB uncompressed) in ${r.firstQueryFiles} files | ${n(r.firstResultMs)} ms | ${kb(r.largestPage.bytes)} kB (\`${r.largestPage.path}\`) |`,
  );
  const baseline = rows.map(
    (r) => `| ${n(r.items)} | ${n(r.baseline.pages)} | ${n(r.baseline.seconds, 1)} | ${n(r.baseline.peakMb)} | ${n(r.buildSeconds, 1)} | ${n(r.buildSeconds / r.baseline.seconds, 1)}× |`,
  );
  return [
    '### Build and index',
    '',
    '| items | pages | `npm run check` s | build s | index s | build + index s | s per 1,000 items | pages/s | peak MiB build / index |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...speed,
    '',
    '### Output, search and page weight',
    '',
    '| items | output MB | search index MB | first query "lezen" fetches, over the wire | first result (headless Chromium) | largest content page, gzip HTML + CSS |',
    '| ---: | ---: | ---: | ---: | ---: | --- |',
    ...size,
    '',
    '### Against a plain Astro Markdown site',
    '',
    'The same `.md` files (the `.mdx` ones embed components plain Markdown cannot render, so they are left out), one page each, no schemas, MDX, React, feeds, filters or search.',
    '',
    '| items | plain pages | plain build s | plain peak MiB | Kennisplatform build s | ratio |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...baseline,
    '',
    `Machine: ${rows.at(-1)?.machine ?? '?'}. Measured ${[...new Set(rows.map((r) => r.date))].join(', ')}.`,
  ].join('\n');
}

/** Which targets of issue 9 a result misses, in words; empty when all are met. */
export function missedTargets(r: BenchResult): string[] {
  const missed: string[] = [];
  const total = r.buildSeconds + r.indexSeconds;
  if (total > TARGETS.totalSeconds) missed.push(`build + index ${n(total)} s > ${TARGETS.totalSeconds} s`);
  if (Math.max(r.buildPeakMb, r.indexPeakMb) > TARGETS.peakMb) missed.push(`peak memory ${n(Math.max(r.buildPeakMb, r.indexPeakMb))} MB > ${TARGETS.peakMb} MB`);
  if (r.largestPage.bytes > TARGETS.pageBytes) missed.push(`largest content page ${kb(r.largestPage.bytes)} kB > ${TARGETS.pageBytes / 1000} kB`);
  if (r.firstQueryBytes > TARGETS.firstQueryBytes) missed.push(`first query ${kb(r.firstQueryBytes)} kB > ${TARGETS.firstQueryBytes / 1000} kB`);
  return missed;
}

const START = '<!-- bench:start (written by npm run bench; edit outside these markers) -->';
const END = '<!-- bench:end -->';

/** Replaces the generated block of BENCHMARKS.md, keeping the hand-written analysis around it. */
export function updateBenchmarksFile(existing: string | undefined, tables: string): string {
  const block = `${START}\n${tables}\n${END}`;
  if (existing?.includes(START) && existing.includes(END)) return existing.slice(0, existing.indexOf(START)) + block + existing.slice(existing.indexOf(END) + END.length);
  return `# Benchmarks\n\nRun with \`npm run bench\` (sizes: \`npm run bench -- --sizes 1000,5000\`).\n\n${block}\n`;
}
