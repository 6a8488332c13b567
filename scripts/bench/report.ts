/** Turns stored benchmark results into the Markdown tables of BENCHMARKS.md. */

/** One build + index: from a cold cache (full) or a warm one (an edit). */
export interface BenchStep {
  buildSeconds: number;
  buildPeakMb: number;
  indexSeconds: number;
  indexPeakMb: number;
  /** Pages Astro rendered, and pages it copied from the incremental-build cache. */
  rendered: number;
  reused: number;
  /** Parts of the search index, and how many were indexed again (the rest came from the cache). */
  parts: number;
  partsIndexed: number;
}

export interface BenchResult {
  items: number;
  pages: number;
  checkSeconds: number;
  buildSeconds: number;
  buildPeakMb: number;
  indexSeconds: number;
  indexPeakMb: number;
  indexParts?: number;
  outputBytes: number;
  indexBytes: number;
  /** Over the wire: Pagefind's gzip files as they are, its .js/.json gzip-compressed. */
  firstQueryBytes: number;
  /** As the local test server sent them (no compression). */
  firstQueryRawBytes: number;
  firstQueryFiles: number;
  /** The first query's bytes over the wire per kind of file (runs since 30 Nov 2026). */
  firstQueryByKind?: Record<string, number>;
  firstResultMs: number;
  largestPage: { path: string; bytes: number };
  baseline: { seconds: number; peakMb: number; pages: number };
  /** What editors wait for, on the warm cache of the full build; `verify` is a cold full build of the final state. */
  incremental?: { edit: BenchStep; add: BenchStep; verify?: BenchStep; identical?: boolean; differing?: string[] };
  machine: string;
  /** Mean 1-minute load average sampled after each step: how busy the shared machine was. */
  loadAverage?: number;
  date: string;
}

const n = (x: number, digits = 0) => x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mb = (bytes: number) => n(bytes / 1e6, 1);
const kb = (bytes: number) => n(bytes / 1e3, 1);

/** Issue 18's targets at 10,000 items (2 GB read as 2,000 MiB); page weight and first query from issue 9. */
export const TARGETS = { totalSeconds: 100, baselineRatio: 1.5, peakMb: 2000, editSeconds: 30, addSeconds: 45, pageBytes: 50_000, firstQueryBytes: 200_000 };

const total = (s: BenchStep) => s.buildSeconds + s.indexSeconds;
const peak = (s: BenchStep) => Math.max(s.buildPeakMb, s.indexPeakMb);
const fullStep = (r: BenchResult): BenchStep => ({
  buildSeconds: r.buildSeconds,
  buildPeakMb: r.buildPeakMb,
  indexSeconds: r.indexSeconds,
  indexPeakMb: r.indexPeakMb,
  rendered: r.pages,
  reused: 0,
  parts: r.indexParts ?? 1,
  partsIndexed: r.indexParts ?? 1,
});
const KIND_LABELS: Record<string, string> = { runtime: 'Pagefind itself', metadata: 'page list', index: 'word index', fragments: 'result texts', filters: 'filters', other: 'other' };
/** ": Pagefind itself 86.1, page list 77.0, ..." for the kinds that were fetched. */
const byKind = (r: BenchResult) =>
  r.firstQueryByKind
    ? `: ${Object.entries(r.firstQueryByKind).filter(([, b]) => b > 0).map(([k, b]) => `${KIND_LABELS[k] ?? k} ${kb(b)}`).join(', ')}`
    : '';
/** (build + index) against the plain Astro build of the same Markdown. */
const ratio = (r: BenchResult) => (r.buildSeconds + r.indexSeconds) / r.baseline.seconds;

export function renderTables(results: readonly BenchResult[]): string {
  const rows = [...results].sort((a, b) => a.items - b.items);
  const speed = rows.map((r) => {
    const total = r.buildSeconds + r.indexSeconds;
    return `| ${n(r.items)} | ${n(r.pages)} | ${n(r.checkSeconds, 1)} | ${n(r.buildSeconds, 1)} | ${n(r.indexSeconds, 1)} | **${n(total, 1)}** | ${n((total / r.items) * 1000, 1)} | ${n(r.pages / r.buildSeconds)} | ${n(r.buildPeakMb)} / ${n(r.indexPeakMb)} |`;
  });
  const size = rows.map(
    (r) =>
      `| ${n(r.items)} | ${mb(r.outputBytes)} | ${mb(r.indexBytes)} | ${kb(r.firstQueryBytes)} kB (${kb(r.firstQueryRawBytes)} kB uncompressed) in ${r.firstQueryFiles} files${byKind(r)} | ${n(r.firstResultMs)} ms | ${kb(r.largestPage.bytes)} kB (\`${r.largestPage.path}\`) |`,
  );
  const baseline = rows.map(
    (r) =>
      `| ${n(r.items)} | ${n(r.baseline.pages)} | ${n(r.baseline.seconds, 1)} | ${n(r.baseline.peakMb)} | ${n(r.buildSeconds, 1)} | ${n(r.buildSeconds / r.baseline.seconds, 1)}× | ${n(r.buildSeconds + r.indexSeconds, 1)} | **${n(ratio(r), 1)}×** |`,
  );
  const stepRow = (items: number, label: string, s: BenchStep) =>
    `| ${n(items)} | ${label} | ${n(s.buildSeconds, 1)} | ${n(s.indexSeconds, 1)} | **${n(total(s), 1)}** | ${n(s.rendered)} / ${n(s.reused)} | ${s.partsIndexed} of ${s.parts} | ${n(s.buildPeakMb)} / ${n(s.indexPeakMb)} |`;
  const edits = rows.flatMap((r) =>
    r.incremental
      ? [
          stepRow(r.items, 'full build, cold cache', fullStep(r)),
          stepRow(r.items, 'one item edited', r.incremental.edit),
          stepRow(r.items, 'one item added', r.incremental.add),
          ...(r.incremental.verify ? [stepRow(r.items, 'full build again (to compare)', r.incremental.verify)] : []),
        ]
      : [],
  );
  const identical = rows
    .filter((r) => r.incremental)
    .map((r) => {
      const inc = r.incremental!;
      if (inc.identical === undefined) return `At ${n(r.items)} items the incremental output was not compared with a full build in this run.`;
      return inc.identical
        ? `At ${n(r.items)} items the output after the two incremental steps (site and search index) is **byte-identical** to the full build of the same content.`
        : `At ${n(r.items)} items the output after the two incremental steps **differs** from a full build in ${inc.differing?.length ?? '?'} files, e.g. ${(inc.differing ?? []).slice(0, 3).map((p) => `\`${p}\``).join(', ')}.`;
    });
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
    '| items | plain pages | plain build s | plain peak MiB | Kennisplatform build s | build ratio | build + index s | (build + index) ratio |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...baseline,
    '',
    ...(edits.length
      ? [
          '### What editors wait for: incremental build and index',
          '',
          'On the cache the full build left (`node_modules/.astro` and the index parts), as in CI and the nightly build.',
          '',
          '| items | step | build s | index s | build + index s | pages rendered / from cache | index parts indexed | peak MiB build / index |',
          '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
          ...edits,
          '',
          ...identical,
          '',
        ]
      : []),
    `Machine: ${rows.at(-1)?.machine ?? '?'}. Measured ${[...new Set(rows.map((r) => r.date))].join(', ')}.` +
      (rows.some((r) => r.loadAverage !== undefined)
        ? ` Mean load average (1 min, 2 cores shared with other work) during the runs: ${rows.map((r) => `${n(r.items)} items ${r.loadAverage === undefined ? '?' : n(r.loadAverage, 1)}`).join(', ')}.`
        : ''),
  ].join('\n');
}

/** Which targets a result misses, in words; empty when all are met. Time targets apply at 10,000 items and less. */
export function missedTargets(r: BenchResult): string[] {
  const missed: string[] = [];
  const full = r.buildSeconds + r.indexSeconds;
  if (full > TARGETS.totalSeconds) missed.push(`build + index ${n(full)} s > ${TARGETS.totalSeconds} s`);
  if (ratio(r) > TARGETS.baselineRatio) missed.push(`build + index ${n(ratio(r), 1)}× the plain Astro build > ${TARGETS.baselineRatio}×`);
  const steps = [fullStep(r), ...(r.incremental ? [r.incremental.edit, r.incremental.add] : [])];
  const highest = Math.max(...steps.map(peak));
  if (highest > TARGETS.peakMb) missed.push(`peak memory ${n(highest)} MiB > ${n(TARGETS.peakMb)} MiB`);
  if (r.incremental) {
    if (total(r.incremental.edit) > TARGETS.editSeconds) missed.push(`one item edited ${n(total(r.incremental.edit))} s > ${TARGETS.editSeconds} s`);
    if (total(r.incremental.add) > TARGETS.addSeconds) missed.push(`one item added ${n(total(r.incremental.add))} s > ${TARGETS.addSeconds} s`);
    if (r.incremental.identical === false) missed.push('incremental output differs from a full build');
  }
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
