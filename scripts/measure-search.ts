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

const dist = process.argv[2] ?? 'dist';
const query = process.argv[3] ?? 'lezen';

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
const server = createServer((req, res) => serve(req, res, () => res.writeHead(404).end()));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
const fetched: { url: string; bytes: number }[] = [];
page.on('response', async (res) => {
  if (!res.url().includes('/pagefind/')) return;
  const body = await res.body().catch(() => Buffer.alloc(0));
  fetched.push({ url: res.url(), bytes: body.length });
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
console.log(`| measure | value |\n| --- | --- |`);
console.log(`| index on disk | ${kb(index.bytes)} in ${index.files} files |`);
console.log(`| first query "${query}": files fetched from /pagefind/ | ${fetched.length} |`);
console.log(`| first query: bytes fetched from /pagefind/ (uncompressed) | ${kb(total)} |`);
console.log(`| time from navigation to first result (headless Chromium, local server) | ${firstResultMs} ms |`);
