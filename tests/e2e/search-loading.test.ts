/**
 * What a reader on a phone waits for (issue 30): Pagefind's engine and page list are asked for as
 * the search page opens, before the reader has typed anything, and once the last key is pressed
 * only the word's index chunk and the result texts are fetched. A behaviour test, not a timing
 * test: the timings are measured by `npm run bench` (scripts/search/measure.ts).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchFileKind } from '../../scripts/search/measure.ts';
import { baseUrl, launchBrowser, openPage, VIEWPORTS } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('loading search on a phone', () => {
  it('asks for the engine before the reader types, and after the last key only for the word and the result texts', async () => {
    const page = await openPage(browser, { viewport: VIEWPORTS.phone, isMobile: true, hasTouch: true });
    const asked: { path: string; phase: 'open' | 'typing' | 'after' }[] = [];
    let phase: 'open' | 'typing' | 'after' = 'open';
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/pagefind/')) asked.push({ path: url.pathname, phase });
    });
    await page.goto(`${baseUrl()}/zoeken/`);
    // Nothing typed yet: the engine (script, worker, WebAssembly, entry) and the page list arrive on their own.
    await expect.poll(() => asked.filter((a) => a.phase === 'open').map((a) => searchFileKind(a.path)), { timeout: 15_000 }).toEqual(expect.arrayContaining(['runtime', 'metadata']));
    for (const file of ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json']) expect(asked.map((a) => a.path)).toContain(file);
    expect(asked.some((a) => /\/wasm\.[a-z]+\.pagefind$/.test(a.path))).toBe(true);

    const box = page.locator('#kp-zoekterm');
    await box.tap();
    phase = 'typing';
    await box.pressSequentially('leze', { delay: 120 });
    phase = 'after';
    await box.press('n');
    await page.locator('.kp-zoeken__result').first().waitFor();
    await page.waitForLoadState('networkidle');
    const after = asked.filter((a) => a.phase === 'after').map((a) => searchFileKind(a.path));
    // At least the result texts; besides them at most the word's index chunk, never the engine, page list or filters again.
    expect(after).toContain('fragments');
    expect(after.filter((kind) => kind !== 'fragments' && kind !== 'index')).toEqual([]);
    // Every file once: nothing of the engine is fetched twice.
    const paths = asked.map((a) => a.path);
    expect(paths.length).toBe(new Set(paths).size);
    await page.context().close();
  });
});
