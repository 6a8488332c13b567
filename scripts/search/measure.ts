/**
 * Measures search on a built site: index size on disk, and for a first query in headless Chromium
 * the files and bytes fetched from /pagefind/ and the time from navigation to the first result.
 * Used by `npm run measure:search` and by the benchmark.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { dirStats } from '../build/dir-stats.ts';

export interface SearchMeasurement {
  indexBytes: number;
  indexFiles: number;
  /** Every file the first query fetched from /pagefind/: as served (uncompressed) and over the wire. */
  fetched: { path: string; bytes: number; wire: number }[];
  bytes: number;
  wire: number;
  /** Over the wire by kind of file: what a first search costs whatever the word, and what grows with the site. */
  wireByKind: Record<SearchFileKind, number>;
  firstResultMs: number;
}

export type SearchFileKind = 'runtime' | 'metadata' | 'index' | 'fragments' | 'filters' | 'other';

/** Pagefind's script, worker and WebAssembly; page metadata (one entry per page); word index chunks; result texts; filter counts. */
export function searchFileKind(path: string): SearchFileKind {
  if (/\/pagefind(-worker)?\.js$|\.pagefind$|pagefind-entry\.json$|delen\.json$/.test(path)) return 'runtime';
  if (path.endsWith('.pf_meta')) return 'metadata';
  if (path.endsWith('.pf_index')) return 'index';
  if (path.endsWith('.pf_fragment')) return 'fragments';
  if (path.endsWith('.pf_filter')) return 'filters';
  return 'other';
}

export async function measureSearch(dist: string, query: string): Promise<SearchMeasurement> {
  const index = dirStats(join(dist, 'pagefind'));
  const serve = sirv(dist, { dev: false });
  const server = createServer((req, res) => serve(req, res, () => void res.writeHead(404).end()));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    // Pagefind's index, filter and fragment files are gzip data already; its .js and .json files
    // are plain text that any static host sends compressed. "Over the wire" counts them gzipped.
    const fetched: SearchMeasurement['fetched'] = [];
    page.on('response', async (res) => {
      const path = new URL(res.url()).pathname;
      if (!path.startsWith('/pagefind/')) return;
      const body = await res.body().catch(() => Buffer.alloc(0));
      fetched.push({ path, bytes: body.length, wire: /\.(js|json)$/.test(path) ? gzipSync(body).length : body.length });
    });
    const started = Date.now();
    await page.goto(`${base}/zoeken/?q=${encodeURIComponent(query)}`);
    await page.locator('.kp-zoeken__result').first().waitFor({ timeout: 30_000 });
    const firstResultMs = Date.now() - started;
    await page.waitForLoadState('networkidle');
    const sum = (key: 'bytes' | 'wire') => fetched.reduce((n, f) => n + f[key], 0);
    const wireByKind: Record<SearchFileKind, number> = { runtime: 0, metadata: 0, index: 0, fragments: 0, filters: 0, other: 0 };
    for (const f of fetched) wireByKind[searchFileKind(f.path)] += f.wire;
    return { indexBytes: index.bytes, indexFiles: index.files, fetched, bytes: sum('bytes'), wire: sum('wire'), wireByKind, firstResultMs };
  } finally {
    await browser.close();
    server.close();
  }
}
