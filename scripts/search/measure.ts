/**
 * Measures search on a built site as a reader on a phone meets it: index size on disk, then in
 * Chromium with Lighthouse's mobile profile (slow 4G, 4× slower CPU, a phone's screen) a reader
 * opens /zoeken/, taps the search box and types the query. Measured: the time from the last
 * keystroke to the first result of the whole query on screen (the results list names its query in
 * data-query; results of a half-typed word do not count), and every file fetched, split into before the last
 * keystroke (the page, Pagefind's engine and page list) and after it (what the word needs).
 * Used by `npm run measure:search` and by the benchmark.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Request } from 'playwright-core';
import sirv from 'sirv';
import { dirStats } from '../build/dir-stats.ts';

/**
 * Lighthouse's mobile profile with DevTools throttling (its `mobileSlow4G` constants): 150 ms round
 * trip and 1.6 Mbit/s, applied per request as 562.5 ms latency and 90 % of the bandwidth; CPU 4× slower;
 * a Moto G Power's screen.
 */
export const MOBILE_PROFILE = {
  latencyMs: 150 * 3.75,
  downloadBytesPerSecond: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadBytesPerSecond: (750 * 1024 * 0.9) / 8,
  cpuSlowdown: 4,
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
} as const;

/** How the reader types: starts a second after the search box works, about three letters a second (a phone's thumbs). */
export const READER = { startAfterMs: 1000, keyDelayMs: 300 } as const;

export type SearchFileKind = 'page' | 'runtime' | 'metadata' | 'index' | 'fragments' | 'filters' | 'vocabulary' | 'other';

export interface FetchedFile {
  path: string;
  kind: SearchFileKind;
  /** Bytes over the wire (compressed as sent, headers included) and as decoded. */
  wire: number;
  bytes: number;
  /** Requested after the reader's last keystroke. */
  afterTyping: boolean;
  /** Requested and received, in ms from the last keystroke (negative: before it). */
  requestedMs: number;
  receivedMs: number;
}

export interface SearchMeasurement {
  indexBytes: number;
  indexFiles: number;
  fetched: FetchedFile[];
  /** Search data over the wire (Pagefind's files and the spelling vocabulary): in total, and requested after the last keystroke. */
  searchWire: number;
  searchWireAfterTyping: number;
  /** Every file of the visit over the wire, the page itself (HTML, CSS, scripts) included. */
  totalWire: number;
  wireByKind: Record<SearchFileKind, number>;
  /** From the last keystroke to the first result of the whole query shown. */
  lastKeyToResultMs: number;
  /** Whether Pagefind's engine and page list were all requested before the last keystroke. */
  engineBeforeTyping: boolean;
}

/** Pagefind's script, worker, WebAssembly and entry file; page list (one entry per page); word index chunks; result texts; filter counts. */
export function searchFileKind(path: string): SearchFileKind {
  if (/\/pagefind(-worker)?\.js$|\.pagefind$|pagefind-entry\.json$|delen\.json$/.test(path)) return 'runtime';
  if (path.endsWith('.pf_meta')) return 'metadata';
  if (path.endsWith('.pf_index')) return 'index';
  if (path.endsWith('.pf_fragment')) return 'fragments';
  if (path.endsWith('.pf_filter')) return 'filters';
  if (path === '/zoeken/woorden.json') return 'vocabulary';
  if (!path.startsWith('/pagefind/')) return 'page';
  return 'other';
}

/** What a reader's search needs beyond the page itself. */
const isSearchData = (kind: SearchFileKind) => kind !== 'page' && kind !== 'other';

const TEXT_TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/**
 * Serves the built site as a static host does: text files gzip-compressed (Pagefind's index files
 * are gzip data already and go as they are), everything else by sirv.
 */
export async function serveCompressed(dist: string): Promise<{ url: string; close: () => void }> {
  const serve = sirv(dist, { dev: false, etag: true });
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const type = TEXT_TYPES[extname(file)];
    if (type && existsSync(file) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)));
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': 'no-cache' });
      return void res.end(gzipped.get(file));
    }
    serve(req, res, () => void res.writeHead(404).end());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

export async function measureSearch(dist: string, query: string): Promise<SearchMeasurement> {
  const index = dirStats(join(dist, 'pagefind'));
  const server = await serveCompressed(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ viewport: MOBILE_PROFILE.viewport, deviceScaleFactor: MOBILE_PROFILE.deviceScaleFactor, isMobile: true, hasTouch: true });
    // Page clock: the last keystroke, and the first result of the whole query shown after it. The
    // results list names the query it shows (data-query): results of a half-typed word still on
    // screen do not count.
    await context.addInitScript((finalQuery: string) => {
      const w = window as unknown as { kpLastKey?: number; kpFirstResult?: number };
      const selector = `.kp-zoeken__results[data-query="${CSS.escape(finalQuery)}"] .kp-zoeken__result`;
      addEventListener('keydown', () => ((w.kpLastKey = performance.timeOrigin + performance.now()), (w.kpFirstResult = undefined)), true);
      new MutationObserver(() => {
        if (w.kpLastKey && !w.kpFirstResult && document.querySelector(selector)) w.kpFirstResult = performance.timeOrigin + performance.now();
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-query'] });
    }, query);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: MOBILE_PROFILE.latencyMs,
      downloadThroughput: MOBILE_PROFILE.downloadBytesPerSecond,
      uploadThroughput: MOBILE_PROFILE.uploadBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE_PROFILE.cpuSlowdown });
    const requests: Request[] = [];
    page.on('requestfinished', (r) => void requests.push(r));

    await page.goto(`${server.url}/zoeken/`);
    // The box works once the island has hydrated (Astro drops the `ssr` attribute).
    await page.locator('astro-island:not([ssr]) #kp-zoekterm').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(READER.startAfterMs);
    await page.locator('#kp-zoekterm').tap();
    await page.locator('#kp-zoekterm').pressSequentially(query, { delay: READER.keyDelayMs });
    await page.waitForFunction(() => (window as unknown as { kpFirstResult?: number }).kpFirstResult, undefined, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const { lastKey, firstResult } = await page.evaluate(() => {
      const w = window as unknown as { kpLastKey: number; kpFirstResult: number };
      return { lastKey: w.kpLastKey, firstResult: w.kpFirstResult };
    });

    const fetched: FetchedFile[] = [];
    for (const r of requests) {
      const sizes = await r.sizes();
      const path = new URL(r.url()).pathname;
      const decoded = (await r.response())?.body().catch(() => Buffer.alloc(0));
      fetched.push({
        path,
        kind: searchFileKind(path),
        wire: sizes.responseBodySize + sizes.responseHeadersSize,
        bytes: (await decoded)?.length ?? 0,
        afterTyping: r.timing().startTime > lastKey,
        requestedMs: Math.round(r.timing().startTime - lastKey),
        receivedMs: Math.round(r.timing().startTime + r.timing().responseEnd - lastKey),
      });
    }
    const sum = (files: FetchedFile[]) => files.reduce((n, f) => n + f.wire, 0);
    const search = fetched.filter((f) => isSearchData(f.kind));
    const wireByKind: Record<SearchFileKind, number> = { page: 0, runtime: 0, metadata: 0, index: 0, fragments: 0, filters: 0, vocabulary: 0, other: 0 };
    for (const f of fetched) wireByKind[f.kind] += f.wire;
    return {
      indexBytes: index.bytes,
      indexFiles: index.files,
      fetched,
      searchWire: sum(search),
      searchWireAfterTyping: sum(search.filter((f) => f.afterTyping)),
      totalWire: sum(fetched),
      wireByKind,
      lastKeyToResultMs: Math.round(firstResult - lastKey),
      engineBeforeTyping: fetched.filter((f) => f.kind === 'runtime' || f.kind === 'metadata').every((f) => !f.afterTyping),
    };
  } finally {
    await browser.close();
    server.close();
  }
}
