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
  /** Where the time went, step by step (build log stamps, the index step's own timings); runs since issue 30. */
  steps?: { step: string; seconds: number }[];
}

/** A reader on a phone (Lighthouse's mobile profile) opens the search page and types "lezen" (scripts/search/measure.ts). */
export interface PhoneSearch {
  lastKeyToResultMs: number;
  /** Search data (Pagefind's files, the vocabulary) over the wire: asked for after the last keystroke, and in total. */
  afterTypingBytes: number;
  searchBytes: number;
  /** The whole visit: page, styles, scripts and search data. */
  totalBytes: number;
  byKind: Record<string, number>;
  /** Pagefind's engine and page list were all asked for before the last keystroke. */
  engineBeforeTyping: boolean;
}

export interface BenchResult {
  items: number;
  pages: number;
  checkSeconds: number;
  /** `npm run check` again on its own cache, nothing changed (since the checker's per-file cache). */
  checkWarmSeconds?: number;
  buildSeconds: number;
  buildPeakMb: number;
  indexSeconds: number;
  indexPeakMb: number;
  indexParts?: number;
  /** What the index step was allowed (the build's peak it read), estimated per part, and Pagefind's own measured peak. */
  indexMemory?: { ceilingMb: number; estimatedMb: number; pagefindPeakMb?: number };
  outputBytes: number;
  indexBytes: number;
  /** Issue 30 on: the search measured as a reader on a phone types. */
  phoneSearch?: PhoneSearch;
  /** Runs before issue 30: a first query by URL on an unthrottled desktop browser. */
  firstQueryBytes?: number;
  firstQueryRawBytes?: number;
  firstQueryFiles?: number;
  firstQueryByKind?: Record<string, number>;
  firstResultMs?: number;
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

/**
 * Issue 30's targets at 10,000 items: search on a phone (last keystroke to first result, search data
 * after typing and in total), an edit and an addition live, the full build against plain Astro, and
 * the index within the build's memory. Page weight from issue 9.
 */
export const TARGETS = { lastKeyMs: 1000, afterTypingBytes: 120_000, searchBytes: 250_000, editSeconds: 45, addSeconds: 60, baselineRatio: 3, pageBytes: 50_000 };

const total = (s: BenchStep) => s.buildSeconds + s.indexSeconds;
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
const KIND_LABELS: Record<string, string> = { runtime: 'Pagefind itself', metadata: 'page list', index: 'word index', fragments: 'result texts', filters: 'filters', vocabulary: 'vocabulary', other: 'other' };
/** "Pagefind itself 86.1, page list 77.0, ..." for the kinds of search data that were fetched. */
const byKind = (kinds: Record<string, number>) =>
  Object.entries(kinds)
    .filter(([k, b]) => b > 0 && k !== 'page')
    .map(([k, b]) => `${KIND_LABELS[k] ?? k} ${kb(b)}`)
    .join(', ');
/** (build + index) against the plain Astro build of the same Markdown. */
const ratio = (r: BenchResult) => (r.buildSeconds + r.indexSeconds) / r.baseline.seconds;

export function renderTables(results: readonly BenchResult[]): string {
  const rows = [...results].sort((a, b) => a.items - b.items);
  const speed = rows.map((r) => {
    const total = r.buildSeconds + r.indexSeconds;
    return `| ${n(r.items)} | ${n(r.pages)} | ${n(r.checkSeconds, 1)}${r.checkWarmSeconds !== undefined ? ` / ${n(r.checkWarmSeconds, 1)}` : ''} | ${n(r.buildSeconds, 1)} | ${n(r.indexSeconds, 1)} | **${n(total, 1)}** | ${n((total / r.items) * 1000, 1)} | ${n(r.pages / r.buildSeconds)} | ${n(r.buildPeakMb)} / ${n(r.indexPeakMb)} |`;
  });
  const layout = rows.map((r) => {
    const m = r.indexMemory;
    return `| ${n(r.items)} | ${r.indexParts ?? '?'} | ${n(r.buildPeakMb)} | ${m ? n(m.ceilingMb) : '?'} | ${m ? n(m.estimatedMb) : '?'} | ${m?.pagefindPeakMb !== undefined ? n(m.pagefindPeakMb) : '?'} | ${n(r.indexPeakMb)} | ${r.phoneSearch ? kb(r.phoneSearch.searchBytes) : r.firstQueryBytes !== undefined ? `${kb(r.firstQueryBytes)} (old measure)` : '?'} |`;
  });
  const phone = rows.map((r) => {
    const p = r.phoneSearch;
    if (!p) return `| ${n(r.items)} | not measured on a phone in this run | | | | |`;
    return `| ${n(r.items)} | **${n(p.lastKeyToResultMs)} ms** | **${kb(p.afterTypingBytes)} kB** | **${kb(p.searchBytes)} kB**: ${byKind(p.byKind)} | ${kb(p.totalBytes)} kB | ${p.engineBeforeTyping ? 'yes' : 'no'} |`;
  });
  const size = rows.map((r) => `| ${n(r.items)} | ${mb(r.outputBytes)} | ${mb(r.indexBytes)} | ${kb(r.largestPage.bytes)} kB (\`${r.largestPage.path}\`) |`);
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
    '| items | pages | `npm run check` s (cold / warm cache) | build s | index s | build + index s | s per 1,000 items | pages/s | peak MiB build / index |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...speed,
    '',
    '### Search index layout: memory against bytes',
    '',
    'The index step may use as much memory as the Astro build of the same run needed (it reads the peak the build recorded) and makes as few parts as fit under it; Pagefind\'s peak is measured per part.',
    '',
    '| items | index parts | Astro build peak MiB (this run) | ceiling the index step read, MiB | Pagefind estimated per part, MiB | Pagefind measured peak, MiB | index step peak MiB (whole process tree) | first search, search data over the wire |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...layout,
    '',
    '### Search on a phone',
    '',
    'Chromium with Lighthouse\'s mobile profile (slow 4G: 562.5 ms per request, 1.47 Mbit/s; CPU 4× slower; 412 × 823 screen). The reader opens `/zoeken/`, starts typing a second after the search box works and types `lezen`, 300 ms per key; timed to the first result of `lezen` itself (the results list names its query), not one of a half-typed word still on screen, and without scrolling (the texts of results 4 to 10 load when the reader scrolls to them). Text files gzip-compressed as a static host sends them, HTTP/1.1.',
    '',
    '| items | last keystroke → first result | search data after the last keystroke | search data in total | whole visit (page, scripts, styles, search) | engine and page list asked for before typing ended |',
    '| ---: | ---: | ---: | --- | ---: | --- |',
    ...phone,
    '',
    '### Output and page weight',
    '',
    '| items | output MB | search index MB | largest content page, gzip HTML + CSS |',
    '| ---: | ---: | ---: | --- |',
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
          ...profileTable(rows),
        ]
      : []),
    ...targetTable(rows),
    `Machine: ${rows.at(-1)?.machine ?? '?'}. Measured ${[...new Set(rows.map((r) => r.date))].join(', ')}.` +
      (rows.some((r) => r.loadAverage !== undefined)
        ? ` Mean load average (1 min, 2 cores shared with other work) during the runs: ${rows.map((r) => `${n(r.items)} items ${r.loadAverage === undefined ? '?' : n(r.loadAverage, 1)}`).join(', ')}.`
        : ''),
  ].join('\n');
}

/** Each of issue 30's targets for one result: what was measured and whether it is met. */
export function targetVerdicts(r: BenchResult): { target: string; result: string; met: boolean }[] {
  const verdicts: { target: string; result: string; met: boolean }[] = [];
  const p = r.phoneSearch;
  if (p) {
    verdicts.push({ target: `last keystroke to first result ≤ ${n(TARGETS.lastKeyMs / 1000, 1)} s`, result: `${n(p.lastKeyToResultMs)} ms`, met: p.lastKeyToResultMs <= TARGETS.lastKeyMs });
    verdicts.push({ target: `search data after typing ≤ ${TARGETS.afterTypingBytes / 1000} kB`, result: `${kb(p.afterTypingBytes)} kB`, met: p.afterTypingBytes <= TARGETS.afterTypingBytes });
    verdicts.push({ target: `search data in total ≤ ${TARGETS.searchBytes / 1000} kB`, result: `${kb(p.searchBytes)} kB (${byKind(p.byKind)})`, met: p.searchBytes <= TARGETS.searchBytes });
    verdicts.push({ target: "Pagefind's engine and page list asked for before typing ends", result: p.engineBeforeTyping ? 'yes' : 'no', met: p.engineBeforeTyping });
  }
  const steps = [fullStep(r), ...(r.incremental ? [r.incremental.edit, r.incremental.add] : [])];
  const over = steps.filter((s) => s.indexPeakMb > s.buildPeakMb);
  verdicts.push({
    target: 'index step within the Astro build\'s memory (each step)',
    result: steps.map((s) => `${n(s.indexPeakMb)} / ${n(s.buildPeakMb)}`).join('; ') + ` MiB (index / build), ${r.indexParts ?? '?'} ${r.indexParts === 1 ? 'part' : 'parts'}`,
    met: over.length === 0,
  });
  if (r.incremental) {
    verdicts.push({ target: `one item edited live ≤ ${TARGETS.editSeconds} s`, result: `${n(total(r.incremental.edit), 1)} s`, met: total(r.incremental.edit) <= TARGETS.editSeconds });
    verdicts.push({ target: `one item added live ≤ ${TARGETS.addSeconds} s`, result: `${n(total(r.incremental.add), 1)} s`, met: total(r.incremental.add) <= TARGETS.addSeconds });
    if (r.incremental.identical !== undefined) verdicts.push({ target: 'incremental output byte-identical to a full build', result: r.incremental.identical ? 'identical' : `${r.incremental.differing?.length ?? '?'} files differ`, met: r.incremental.identical });
  }
  verdicts.push({ target: `full build + index ≤ ${TARGETS.baselineRatio}× the plain Astro build`, result: `${n(r.buildSeconds + r.indexSeconds, 1)} s against ${n(r.baseline.seconds, 1)} s: ${n(ratio(r), 1)}× (build alone ${n(r.buildSeconds / r.baseline.seconds, 1)}×)`, met: ratio(r) <= TARGETS.baselineRatio });
  verdicts.push({ target: `largest content page ≤ ${TARGETS.pageBytes / 1000} kB`, result: `${kb(r.largestPage.bytes)} kB`, met: r.largestPage.bytes <= TARGETS.pageBytes });
  return verdicts;
}

/** Which targets a result misses, in words; empty when all are met. */
export function missedTargets(r: BenchResult): string[] {
  return targetVerdicts(r)
    .filter((v) => !v.met)
    .map((v) => `${v.target}: ${v.result}`);
}

/** Step by step, where the edit and the addition spent their time (the floor under the edit targets). */
function profileTable(rows: readonly BenchResult[]): string[] {
  const r = rows.findLast((x) => x.incremental?.edit.steps?.length);
  if (!r) return [];
  const { edit, add } = r.incremental!;
  const addSeconds = new Map((add.steps ?? []).map((s) => [s.step, s.seconds]));
  return [
    `Where the time of an edit goes at ${n(r.items)} items (whole seconds from Astro's log stamps; the index step's own timings):`,
    '',
    '| step | one item edited, s | one item added, s |',
    '| --- | ---: | ---: |',
    ...edit.steps!.map((s) => `| ${s.step} | ${n(s.seconds, 1)} | ${addSeconds.has(s.step) ? n(addSeconds.get(s.step)!, 1) : '?'} |`),
    `| **total** | **${n(total(edit), 1)}** | **${n(total(add), 1)}** |`,
    '',
  ];
}

/** Issue 30's targets against the largest size measured, with that run's load average. */
function targetTable(rows: readonly BenchResult[]): string[] {
  const r = rows.at(-1);
  if (!r) return [];
  return [
    `### Against the targets (${n(r.items)} items, measured ${r.date}, mean load average ${r.loadAverage === undefined ? '?' : n(r.loadAverage, 1)} on 2 cores)`,
    '',
    '| target | result | |',
    '| --- | --- | --- |',
    ...targetVerdicts(r).map((v) => `| ${v.target} | ${v.result} | **${v.met ? 'met' : 'missed'}** |`),
    '',
  ];
}

const START = '<!-- bench:start (written by npm run bench; edit outside these markers) -->';
const END = '<!-- bench:end -->';

/** Replaces the generated block of BENCHMARKS.md, keeping the hand-written analysis around it. */
export function updateBenchmarksFile(existing: string | undefined, tables: string): string {
  const block = `${START}\n${tables}\n${END}`;
  if (existing?.includes(START) && existing.includes(END)) return existing.slice(0, existing.indexOf(START)) + block + existing.slice(existing.indexOf(END) + END.length);
  return `# Benchmarks\n\nRun with \`npm run bench\` (sizes: \`npm run bench -- --sizes 1000,5000\`).\n\n${block}\n`;
}
