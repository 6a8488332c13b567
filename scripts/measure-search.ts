/**
 * Measures search on a built site (default dist/): index size on disk, and for a first query in
 * headless Chromium the number of files and bytes fetched from /pagefind/ and the time from
 * page load to the first result. Run: npm run measure:search [-- <dist> <query>]
 */
import { readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { gzipSync } from 'node:zlib';

const [dist = 'dist', query = 'lezen'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const listFiles = process.argv.includes('--files');

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const s = dirSize(p);
      bytes += s.bytes;
      files += s.files;
    } else {
      bytes += statSync(p).size;
      files++;
    }
  }
  return { bytes, files };
}

const index = dirSize(join(dist, 'pagefind'));
const serve = sirv(dist, { dev: false });
const server = createServer((req, res) => serve(req, res, () => void res.writeHead(404).end()));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
// Pagefind's index, filter and fragment files are gzip data already; its .js and .json files are
// plain text that any static host sends compressed. "Over the wire" counts them gzip-compressed.
const fetched: { url: string; bytes: number; wire: number }[] = [];
page.on('response', async (res) => {
  if (!res.url().includes('/pagefind/')) return;
  const body = await res.body().catch(() => Buffer.alloc(0));
  const text = /\.(js|json)$/.test(new URL(res.url()).pathname);
  fetched.push({ url: res.url(), bytes: body.length, wire: text ? gzipSync(body).length : body.length });
});
const started = Date.now();
await page.goto(`${base}/zoeken/?q=${encodeURIComponent(query)}`);
await page.locator('.kp-zoeken__result').first().waitFor({ timeout: 30_000 });
const firstResultMs = Date.now() - started;
await page.waitForLoadState('networkidle');
await browser.close();
server.close();

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const total = fetched.reduce((n, f) => n + f.bytes, 0);
const wire = fetched.reduce((n, f) => n + f.wire, 0);
console.log(`| measure | value |\n| --- | --- |`);
console.log(`| index on disk | ${kb(index.bytes)} in ${index.files} files |`);
console.log(`| first query "${query}": files fetched from /pagefind/ | ${fetched.length} |`);
console.log(`| first query: bytes fetched from /pagefind/ (as served by this local server) | ${kb(total)} |`);
console.log(`| first query: bytes over the wire (.js and .json gzip-compressed, as a static host sends them) | ${kb(wire)} |`);
console.log(`| time from navigation to first result (headless Chromium, local server) | ${firstResultMs} ms |`);
if (listFiles) for (const f of fetched) console.log(`| ${new URL(f.url).pathname} | ${kb(f.bytes)} | ${kb(f.wire)} |`);
