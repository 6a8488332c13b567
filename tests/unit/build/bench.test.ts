/** The benchmark's own logic: generated content must be valid, and the report must keep hand-written text. */
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../../scripts/bench/generate.ts';
import { missedTargets, renderTables, updateBenchmarksFile, type BenchResult } from '../../../scripts/bench/report.ts';
import { searchFileKind } from '../../../scripts/search/measure.ts';
import { checkContent } from '../../../src/lib/check/run.ts';

const result = (over: Partial<BenchResult>): BenchResult => ({
  items: 1000,
  pages: 1400,
  checkSeconds: 2,
  buildSeconds: 20,
  buildPeakMb: 1000,
  indexSeconds: 4,
  indexPeakMb: 300,
  outputBytes: 60e6,
  indexBytes: 6e6,
  indexParts: 1,
  phoneSearch: { lastKeyToResultMs: 900, afterTypingBytes: 40_000, searchBytes: 190_000, totalBytes: 300_000, byKind: { page: 110_000, runtime: 86_100, metadata: 77_000, index: 0, fragments: 26_000 }, engineBeforeTyping: true },
  largestPage: { path: '/brochures/x/', bytes: 15_000 },
  baseline: { seconds: 20, peakMb: 900, pages: 930 },
  machine: '2 × test cpu',
  date: '2026-11-23',
  ...over,
});

describe('bench content generator', () => {
  const root = mkdtempSync(join(tmpdir(), 'kp-bench-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes the asked number of items of every type, and all of it passes npm run check', async () => {
    const counts = generateContent(root, 200, resolve('.'));
    symlinkSync(resolve('public'), join(root, 'public'));
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(200);
    for (const [collection, count] of Object.entries(counts)) expect(readdirSync(join(root, 'content', collection)).length, collection).toBe(count);
    const { problems } = await checkContent({ root });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    // 200 files checked, bodies parsed too: more than the default 5 s on a busy two-core machine.
  }, 30_000);
});

describe('bench report', () => {
  it('names each missed target and nothing when all are met', () => {
    expect(missedTargets(result({}))).toEqual([]);
    const slow = result({ buildSeconds: 280, indexSeconds: 40, phoneSearch: { lastKeyToResultMs: 1400, afterTypingBytes: 130_000, searchBytes: 310_000, totalBytes: 420_000, byKind: { runtime: 86_100 }, engineBeforeTyping: false } });
    expect(missedTargets(slow)).toEqual([
      'last keystroke to first result ≤ 1.0 s: 1,400 ms',
      'search data after typing ≤ 120 kB: 130.0 kB',
      'search data in total ≤ 250 kB: 310.0 kB (Pagefind itself 86.1)',
      "Pagefind's engine and page list asked for before typing ends: no",
      'full build + index ≤ 3× the plain Astro build: 320.0 s against 20.0 s: 16.0× (build alone 14.0×)',
    ]);
  });

  it('checks the edit and add steps, the index within the build\'s memory, and byte-identity with a full build', () => {
    const step = { buildSeconds: 20, buildPeakMb: 1500, indexSeconds: 5, indexPeakMb: 900, rendered: 40, reused: 13000, parts: 5, partsIndexed: 1 };
    const ok = { edit: step, add: step, verify: step, identical: true, differing: [] };
    expect(missedTargets(result({ incremental: ok }))).toEqual([]);
    expect(missedTargets(result({ incremental: { ...ok, add: { ...step, buildSeconds: 56, indexPeakMb: 2100 }, identical: false, differing: ['sitemap-0.xml'] } }))).toEqual([
      "index step within the Astro build's memory (each step): 300 / 1,000; 900 / 1,500; 2,100 / 1,500 MiB (index / build), 1 part",
      'one item added live ≤ 60 s: 61.0 s',
      'incremental output byte-identical to a full build: 1 files differ',
    ]);
    const tables = renderTables([result({ items: 10_000, incremental: ok })]);
    expect(tables).toContain('| 10,000 | one item edited | 20.0 | 5.0 | **25.0** | 40 / 13,000 | 1 of 5 | 1,500 / 900 |');
    expect(tables).toContain('**byte-identical**');
    expect(tables).toContain('| one item edited live ≤ 45 s | 25.0 s | **met** |');
  });

  it('splits the phone search by kind of file, leaving out the page itself', () => {
    expect(['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/wasm.nl.pagefind', '/pagefind/pagefind-entry.json', '/pagefind/delen/2/pagefind-entry.json', '/pagefind/pagefind.nl_1a2b.pf_meta', '/pagefind/delen/2/index/nl_3c.pf_index', '/pagefind/fragment/nl_4d.pf_fragment', '/pagefind/filter/nl_5e.pf_filter', '/zoeken/woorden.json', '/zoeken/', '/pagefind/pagefind-ui.css'].map(searchFileKind)).toEqual(['runtime', 'runtime', 'runtime', 'runtime', 'runtime', 'metadata', 'index', 'fragments', 'filters', 'vocabulary', 'page', 'other']);
    const tables = renderTables([result({})]);
    expect(tables).toContain('| 1,000 | **900 ms** | **40.0 kB** | **190.0 kB**: Pagefind itself 86.1, page list 77.0, result texts 26.0 | 300.0 kB | yes |');
  });

  it('rewrites only the generated block of BENCHMARKS.md', () => {
    const first = updateBenchmarksFile(undefined, renderTables([result({})]));
    const edited = first.replace('# Benchmarks\n', '# Benchmarks\n\nHand-written analysis.\n') + '\nMore notes.\n';
    const again = updateBenchmarksFile(edited, renderTables([result({ items: 5000 }), result({})]));
    expect(again).toContain('Hand-written analysis.');
    expect(again).toContain('More notes.');
    expect(again.match(/\| 1,000 \| 1,400 \|/g)).toHaveLength(1);
    expect(again).toMatch(/\| 5,000 \| 1,400 \|/);
    expect(again.indexOf('| 1,000 |')).toBeLessThan(again.indexOf('| 5,000 |'));
  });
});
