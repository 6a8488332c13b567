/**
 * What a reader on a phone waits for (issue 30): Pagefind's engine and page list are asked for as
 * the search page opens, before the reader has typed anything (the head preloads what has a fixed
 * name), and once the last key is pressed only the word's index chunk and the result texts are
 * fetched. A behaviour test, not a timing test: the timings are measured by `npm run bench`
 * (scripts/search/measure.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchFileKind } from '../../scripts/search/measure.ts';
import { FIRST_RESULTS, PRELOADED_FILES } from '../../src/lib/search/engine.ts';
import { baseUrl, launchBrowser, openPage, VIEWPORTS } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const phone = () => openPage(browser, { viewport: VIEWPORTS.phone, isMobile: true, hasTouch: true });
const path = (url: string) => new URL(url).pathname;
const searchData = (p: string) => p.startsWith('/pagefind/') || p.startsWith('/zoeken/') && p.endsWith('.json');
/** Paths of the result texts the page asked for, in order. */
function fragmentsAsked(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (r) => path(r.url()).endsWith('.pf_fragment') && asked.push(path(r.url())));
  return asked;
}

describe('loading search on a phone', () => {
  it('asks for the engine before the reader types, every file once, and after the last key only for the word and the result texts', async () => {
    const page = await phone();
    const asked: { path: string; phase: 'open' | 'typing' | 'after' }[] = [];
    let phase: 'open' | 'typing' | 'after' = 'open';
    page.on('request', (r) => searchData(path(r.url())) && asked.push({ path: path(r.url()), phase }));
    const warnings: string[] = [];
    page.on('console', (m) => warnings.push(m.text()));
    await page.goto(`${baseUrl()}/zoeken/`);
    // The head names the files with fixed names, so they load beside the island's own scripts.
    const preloads = await page.locator('link[rel="preload"][as="fetch"]').evaluateAll((ls) => ls.map((l) => [l.getAttribute('href'), l.getAttribute('crossorigin')]));
    expect(preloads).toEqual(PRELOADED_FILES.map((href) => [href, 'anonymous']));
    // Nothing typed yet: the engine (script, WebAssembly, entry) and the page list arrive on their own.
    await expect.poll(() => asked.filter((a) => a.phase === 'open').map((a) => searchFileKind(a.path)), { timeout: 15_000 }).toEqual(expect.arrayContaining(['runtime', 'metadata', 'vocabulary']));
    for (const file of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', ...PRELOADED_FILES]) expect(asked.map((a) => a.path)).toContain(file);
    // Pagefind runs in the page: no worker script (its fetches could not use the preloads).
    expect(asked.map((a) => a.path)).not.toContain('/pagefind/pagefind-worker.js');

    const box = page.locator('#kp-zoekterm');
    await box.tap();
    phase = 'typing';
    await box.pressSequentially('leze', { delay: 120 });
    phase = 'after';
    await box.press('n');
    await page.locator('.kp-zoeken__results[data-query="lezen"] .kp-zoeken__result').first().waitFor();
    await page.waitForLoadState('networkidle');
    const after = asked.filter((a) => a.phase === 'after').map((a) => searchFileKind(a.path));
    // At most the word's index chunk and the first results' texts: never the engine, page list or filters again.
    expect(after.filter((kind) => kind !== 'fragments' && kind !== 'index')).toEqual([]);
    expect(after.filter((kind) => kind === 'fragments').length).toBeLessThanOrEqual(FIRST_RESULTS);
    // Every file once: the preloaded ones are used, not fetched a second time, and none goes unused.
    const paths = asked.map((a) => a.path);
    expect(paths.length).toBe(new Set(paths).size);
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
    await page.context().close();
  });

  it('fetches the texts of the whole word\'s first results while the reader types it', async () => {
    const page = await phone();
    const texts = fragmentsAsked(page);
    await page.goto(`${baseUrl()}/zoeken/`);
    await page.waitForLoadState('networkidle');
    const box = page.locator('#kp-zoekterm');
    // "lez" begins "lezen", a word of the site: a pause there is enough.
    await box.pressSequentially('lez', { delay: 50 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const beforeLastKeys = texts.length;
    await box.pressSequentially('en', { delay: 50 });
    await page.locator('.kp-zoeken__results[data-query="lezen"] .kp-zoeken__result').first().waitFor();
    await page.waitForLoadState('networkidle');
    // The finished word's first results were already in: nothing was fetched after the last keys.
    expect(texts.length).toBe(beforeLastKeys);
    // They are the first results of "lezen" (Pagefind names a text after its page).
    const first = await page.evaluate(`import('/pagefind/pagefind.js').then((pf) => pf.search('lezen')).then((r) => r.results.slice(0, ${FIRST_RESULTS}).map((x) => x.id))`);
    expect(texts).toEqual(expect.arrayContaining((first as string[]).map((id) => `/pagefind/fragment/${id}.pf_fragment`)));
    await page.context().close();
  });

  it('never shows the results of a query the reader has already changed', async () => {
    const page = await phone();
    // Slow result texts: the first query is still waiting for them when the reader changes it.
    await page.route('**/pagefind/fragment/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue().catch(() => undefined);
    });
    const texts = fragmentsAsked(page);
    await page.goto(`${baseUrl()}/zoeken/`);
    await page.waitForLoadState('networkidle');
    const box = page.locator('#kp-zoekterm');
    await box.fill('lezen');
    await expect.poll(() => texts.length, { timeout: 10_000 }).toBeGreaterThan(0);
    // Every query the results list says it shows, from the change on.
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { kpShown: string[] }).kpShown = []);
      new MutationObserver(() => {
        const list = document.querySelector('.kp-zoeken__results');
        if (list) seen.push(list.getAttribute('data-query') ?? '');
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    await box.fill('pesten');
    const list = page.locator('.kp-zoeken__results[data-query="pesten"]');
    await list.locator('.kp-zoeken__result').first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(2000);
    expect(new Set(await page.evaluate(() => (window as unknown as { kpShown: string[] }).kpShown))).toEqual(new Set(['pesten']));
    expect(await page.getByRole('status').innerText()).toMatch(/^\d+ resultaten? voor “pesten”$/);
    await page.context().close();
  });

  it('shows the count at once and the rest of the results when the reader scrolls to them or asks for more', async () => {
    const page = await phone();
    const texts = fragmentsAsked(page);
    await page.goto(`${baseUrl()}/zoeken/?q=lezen`);
    const status = page.getByRole('status');
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/^\d+ resultaten voor “lezen”$/);
    const total = Number((await status.innerText()).split(' ')[0]);
    expect(total).toBeGreaterThan(10);
    const results = page.locator('.kp-zoeken__result');
    await page.waitForLoadState('networkidle');
    // A phone's screen of results: only their texts were fetched.
    expect(await results.count()).toBe(FIRST_RESULTS);
    expect(texts.length).toBe(FIRST_RESULTS);
    // Scrolling towards the end of the list brings the rest of the first page.
    const more = page.getByRole('button', { name: 'Meer resultaten tonen' });
    await more.scrollIntoViewIfNeeded();
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBe(10);
    // The button still works from the keyboard, and the reader stays where they were.
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBe(Math.min(20, total));
    expect(new Set(texts).size).toBe(texts.length);
    await page.context().close();
  });
});
