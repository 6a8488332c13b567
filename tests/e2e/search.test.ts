/**
 * Search in the built site, in Chromium: the query table (what a teacher types → the item that
 * must be in the top 3), facets with counts, URL state (share, reload, back), the aria-live
 * count, transcript hits linking to a moment, and no request leaving the machine; and with the
 * index failing or hanging (whole or in part), a message within seconds and the overview pages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launchBrowser, openPage, trackExternalRequests, VIEWPORTS } from './browser.ts';
import { SEARCH_QUERIES } from './search-queries.ts';
import { DIST } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function search(page: Page, query: string, extra = '') {
  await page.goto(`${baseUrl()}/zoeken/?q=${encodeURIComponent(query)}${extra}`);
  await page.getByRole('status').filter({ hasText: /resultaat|resultaten/ }).waitFor();
}

const resultLinks = (page: Page) => page.locator('.kp-zoeken__result h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('search quality', () => {
  it.each(SEARCH_QUERIES)('"$query" finds $expected in the top 3', async ({ query, expected }) => {
    const page = await openPage(browser);
    await search(page, query);
    const top3 = (await resultLinks(page)).slice(0, 3);
    expect(top3).toContain(expected);
    await page.context().close();
  });
});

describe('search page behaviour', () => {
  it('announces the count, filters with counts, and keeps state in the URL', async () => {
    const page = await openPage(browser, { viewport: VIEWPORTS.desktop });
    const external = trackExternalRequests(page);
    await search(page, 'lezen');
    const status = page.getByRole('status').filter({ hasText: /resultaten/ });
    await expect.poll(() => status.getAttribute('aria-live'), { timeout: 15_000 }).toBe('polite');
    const before = (await resultLinks(page)).length;
    expect(before).toBeGreaterThan(1);

    // Filters sit behind one control; opening it loads the counts.
    const toggle = page.getByRole('button', { name: 'Filters (0)' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // Facet checkboxes carry counts; checking one narrows the results and updates the URL.
    const typeGroup = page.getByRole('group', { name: 'Soort' });
    const firstType = typeGroup.getByRole('checkbox').first();
    const label = (await typeGroup.locator('label').first().innerText()).trim();
    expect(label).toMatch(/\(\d+\)$/);
    await firstType.check();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('type=');
    const filteredUrl = page.url();

    // Reload: same query, same filter, same results.
    await page.reload();
    await page.getByRole('status').filter({ hasText: /resultaat|resultaten/ }).waitFor();
    await page.getByRole('button', { name: 'Filters (1)' }).click();
    expect(await typeGroup.getByRole('checkbox').first().isChecked()).toBe(true);
    expect(await page.locator('#kp-zoekterm').inputValue()).toBe('lezen');

    // Back: the filter is gone again.
    await page.goBack();
    await expect.poll(() => page.url(), { timeout: 15_000 }).not.toBe(filteredUrl);
    await expect.poll(async () => (await resultLinks(page)).length, { timeout: 15_000 }).toBe(before);

    expect(await axeViolations(page)).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });

  it('combines filters from a shared URL', async () => {
    const page = await openPage(browser);
    await search(page, 'school', '&sector=Primair+onderwijs&type=Goede+voorbeelden');
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/goede-voorbeelden\//);
    await page.context().close();
  });

  it('links a hit inside a podcast transcript to that moment', async () => {
    const page = await openPage(browser);
    await search(page, SEARCH_QUERIES.find((q) => q.transcript)!.query, '&type=Podcasts');
    const moment = page.getByRole('link', { name: /^Fragment op \d+:\d{2}$/ }).first();
    const href = await moment.getAttribute('href');
    expect(href).toMatch(/^\/podcasts\/[^/]+\/#t-\d+m\d{2}s$/);
    await page.context().close();
  });

  it('can be used with the keyboard only', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl()}/zoeken/`);
    await page.locator('#kp-zoekterm').focus();
    await page.keyboard.type('pesten');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /resultaten|resultaat/ }).waitFor();
    // Tab from the search box reaches the filter control, Enter opens it, Tab reaches a checkbox, Space toggles it.
    // The results render after the status and may take focus (the results heading); start from the box again.
    await page.locator('.kp-zoeken__result').first().waitFor();
    await page.locator('#kp-zoekterm').focus();
    let onControl = false;
    for (let i = 0; i < 12 && !onControl; i++) {
      await page.keyboard.press('Tab');
      onControl = await page.evaluate(() => document.activeElement?.getAttribute('aria-controls') === 'kp-zoekfilters');
    }
    expect(onControl, 'Tab reaches the filter control').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[aria-controls="kp-zoekfilters"]').getAttribute('aria-expanded'), { timeout: 15_000 }).toBe('true');
    await page.getByRole('group', { name: 'Soort' }).waitFor();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox')) break;
    }
    await page.keyboard.press('Space');
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/[?&](type|thema|sector|standaard|jaar)=/);
    await page.context().close();
  });

  it('on a phone: results first, filters behind one control, and a chosen filter lands on the results', async () => {
    const page = await openPage(browser, { viewport: VIEWPORTS.phone });
    const filterFiles: string[] = [];
    page.on('request', (r) => /\/pagefind\/filter\//.test(r.url()) && filterFiles.push(r.url()));
    await search(page, 'cultuur');
    // No filter file is fetched before the reader asks for filters; the first result sits above them.
    expect(filterFiles).toEqual([]);
    const toggle = page.getByRole('button', { name: 'Filters (0)' });
    expect(await page.getByRole('group', { name: 'Soort' }).count()).toBe(0);
    const before = await page.locator('.kp-zoeken__result').first().boundingBox();
    await toggle.click();
    const typeGroup = page.getByRole('group', { name: 'Soort' });
    await typeGroup.waitFor();
    expect(filterFiles.length).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await typeGroup.getByRole('checkbox').first().check();
    // The panel closes, focus moves to the results heading with the new count, the status says it too.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''), { timeout: 15_000 }).toMatch(/^Resultaten \(\d+\)$/);
    expect(await toggle.or(page.getByRole('button', { name: 'Filters (1)' })).getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('status').innerText()).toMatch(/\d+ resulta/);
    expect(before).not.toBeNull();
    await page.context().close();
  });

  it('excerpts keep a word boundary between a label and its value', async () => {
    const page = await openPage(browser);
    await search(page, 'Zuid-Nederland');
    const excerpts = (await page.locator('.kp-zoeken__result p:not(.kp-zoeken__type)').allInnerTexts()).join(' ');
    expect(excerpts).toContain('Regio: Zuid-Nederland.');
    expect(excerpts).not.toMatch(/(Plaats|Regio|Sector)[A-Z]/);
    await page.context().close();
  });

  it('a compound part finds the compound, and the excerpt never shows the added word list', async () => {
    const page = await openPage(browser);
    await search(page, 'cultuur');
    const titles = await page.locator('.kp-zoeken__result h3 a').allInnerTexts();
    expect(titles).toContain('KA2 Kwaliteitscultuur');
    for (const text of await page.locator('.kp-zoeken__result > p:nth-of-type(2)').allInnerTexts()) expect(text).not.toMatch(/standaard standaarden|podcast podcasts|thema thema's|goed voorbeeld goede voorbeelden/i);
    await page.context().close();
  });

  it('the header search box works without JavaScript by landing on the search page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/themas/`);
    await page.getByRole('searchbox').first().fill('burgerschap');
    await page.getByRole('button', { name: 'Zoeken' }).first().click();
    await page.waitForURL(/\/zoeken\/\?q=burgerschap/);
    expect(await page.getByRole('link', { name: 'Burgerschap' }).count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('search when its index cannot be reached', () => {
  const unavailable = /^Zoeken werkt nu niet\. Probeer het later nog eens\. U kunt wel bladeren in de overzichten hieronder\.$/;
  type Break = (route: Route) => Promise<void>;
  const never: Break = () => new Promise<void>(() => undefined);
  const cases: [string, string, Break, number][] = [
    ['the index script fails', '**/pagefind/pagefind.js', (route) => route.abort('failed'), 3000],
    ['the index script hangs', '**/pagefind/pagefind.js', never, 9000],
    ['a part of the index fails', '**/pagefind/{wasm,pagefind-entry}*', (route) => route.abort('failed'), 3000],
    ['a part of the index hangs', '**/pagefind/index/**', never, 9000],
  ];

  it.each(cases)('says so within seconds and offers the overview pages when %s', async (what, pattern, breakIt, within) => {
    const page = await openPage(browser, { viewport: VIEWPORTS.phone });
    await page.route(pattern, breakIt);
    const started = Date.now();
    await page.goto(`${baseUrl()}/zoeken/?q=lezen`);
    const status = page.getByRole('status').filter({ hasText: /^Zoeken/ });
    await expect.poll(() => status.innerText(), { timeout: within, interval: 100 }).toMatch(unavailable);
    const took = Date.now() - started;
    expect(took, `${what}: melding na ${took} ms`).toBeLessThan(within);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    // The overview pages instead, each one a page of the built site; no empty results or filters.
    const overviews = page.getByRole('region', { name: 'Bladeren in de overzichten' });
    const links = await overviews.getByRole('link').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links.map(([label]) => label)).toEqual(expect.arrayContaining(["Thema's", 'Brochures', 'Goede voorbeelden', 'Reflectiewijzers', 'Onderzoekskader']));
    for (const [, href] of links) expect(existsSync(join(DIST, href!, 'index.html')), href!).toBe(true);
    expect(await page.locator('.kp-zoeken__results, .kp-zoeken__toggle').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('on a slow network shows the results once the index arrives after all', async () => {
    const page = await openPage(browser);
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 7000));
      await route.continue();
    });
    await page.goto(`${baseUrl()}/zoeken/?q=lezen`);
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 9000, interval: 100 }).toMatch(unavailable);
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 15_000 }).toMatch(/^\d+ resultaten voor “lezen”$/);
    expect(await page.locator('.kp-zoeken__result').count()).toBeGreaterThan(0);
    expect(await page.getByRole('region', { name: 'Bladeren in de overzichten' }).count()).toBe(0);
    await page.context().close();
  });
});
