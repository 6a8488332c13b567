/**
 * Issue 29: a worried parent or pupil on a phone reaches their answer. In Chromium at phone widths
 * (320 and 375 px) against the built site: "klacht" leads to the parents' page, "mijn kind wordt
 * gepest" is searched as typed (the Dutch word list is asked, "mijn" does not become "lijn") and
 * finds the parents' and social-safety pages, a query without results offers the audience pages
 * and the complaints route, "kwaliteitszorg" puts the 2021 standards above the superseded 2017
 * one (which stays findable), themes link their audiences, and every phone number shown is a
 * tel: link.
 */
import type { Nodes } from 'hast';
import { htmlToHast } from 'satteri';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phoneNumbersIn } from '../../src/lib/body/phone-links.ts';
import { searchFirstPage } from './search-results.ts';
import { COMPLAINTS_HREF } from '../../src/lib/site/complaints.ts';
import { axeViolations, baseUrl, launchBrowser, openPage } from './browser.ts';
import { allPages, readDist } from './site.ts';

const PHONE = { width: 320, height: 640 } as const;
const PHONE_375 = { width: 375, height: 812 } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const search = (page: Page, query: string) => searchFirstPage(page, baseUrl(), query);

const resultPaths = (page: Page) => page.locator('.kp-zoeken__result h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('parents search in their own words, on a phone', () => {
  it('"klacht" leads to the parents\' page with the complaints route', async () => {
    const page = await openPage(browser, { viewport: PHONE });
    await search(page, 'klacht');
    const top3 = (await resultPaths(page)).slice(0, 3);
    expect(top3).toContain('/voor-wie/ouders/');
    await page.context().close();
  });

  it('"mijn kind wordt gepest" is not rewritten and finds the parents\' and social-safety pages', async () => {
    const page = await openPage(browser, { viewport: PHONE_375 });
    const shards: string[] = [];
    page.on('request', (r) => r.url().includes('/zoeken/nl/') && shards.push(new URL(r.url()).pathname));
    await search(page, 'mijn kind wordt gepest');
    const status = await page.getByRole('status').innerText();
    expect(status).toContain('“mijn kind wordt gepest”');
    expect(status).not.toContain('lijn');
    expect(status).not.toContain('U zocht');
    // The site says "lijn", so the word list was asked whether "mijn" is Dutch before anything was corrected.
    expect(shards.length).toBeGreaterThan(0);
    const paths = await resultPaths(page);
    expect(paths.slice(0, 5)).toEqual(expect.arrayContaining(['/voor-wie/ouders/', '/themas/sociale-veiligheid/']));
    expect(await page.locator('#kp-zoekterm').inputValue()).toBe('mijn kind wordt gepest');
    await page.context().close();
  });

  it('a real typo is still corrected, with the Dutch word list at hand', async () => {
    const page = await openPage(browser, { viewport: PHONE });
    await search(page, 'leskwalitiet');
    expect(await page.getByRole('status').innerText()).toContain('“leskwaliteit”');
    expect((await resultPaths(page)).slice(0, 3)).toContain('/themas/leskwaliteit/');
    await page.context().close();
  });

  it('a query without results offers the audience pages and the complaints route, in reach at 320 px', async () => {
    const page = await openPage(browser, { viewport: PHONE });
    await search(page, 'xqzvwkj');
    const help = page.getByRole('region', { name: 'Niet gevonden wat u zoekt?' });
    await help.waitFor();
    for (const name of ['Voor ouders en verzorgers', 'Voor leerlingen en studenten', 'Voor besturen en medezeggenschapsraden', 'Voor inspecteurs']) {
      expect(await help.getByRole('link', { name }).count(), name).toBe(1);
    }
    const complaints = help.getByRole('link', { name: 'Een klacht of zorg over school? Zo pakt u het aan' });
    expect(await complaints.getAttribute('href')).toBe(COMPLAINTS_HREF);
    expect(await help.locator('a[href="tel:+319001113111"]').innerText()).toBe('0900\u00a0111\u00a03\u00a0111');
    const box = await help.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
    // The route lands on the section that says what to do.
    await complaints.click();
    await page.waitForURL(/\/voor-wie\/ouders\/#/);
    const target = page.locator(`[id="${COMPLAINTS_HREF.split('#')[1]}"]`);
    expect(await target.innerText()).toContain('Wat kunt u doen?');
    await page.context().close();
  });

  it('a query with results does not show that help', async () => {
    const page = await openPage(browser, { viewport: PHONE });
    await search(page, 'pesten');
    expect(await page.getByRole('region', { name: 'Niet gevonden wat u zoekt?' }).count()).toBe(0);
    await page.context().close();
  });
});

describe('current edition first', () => {
  it('"kwaliteitszorg" ranks the 2021 standards above the superseded 2017 KA1, which stays findable', async () => {
    const page = await openPage(browser, { viewport: PHONE });
    await search(page, 'kwaliteitszorg');
    const paths = await resultPaths(page);
    const first2021 = paths.findIndex((p) => p.startsWith('/onderzoekskader/2021/'));
    const ka1 = paths.indexOf('/onderzoekskader/2017/ka1/');
    expect(first2021).toBeGreaterThanOrEqual(0);
    expect(first2021).toBeLessThan(5);
    if (ka1 >= 0) expect(ka1).toBeGreaterThan(first2021);
    await search(page, 'KA1 kwaliteitszorg');
    expect((await resultPaths(page)).slice(0, 3)).toContain('/onderzoekskader/2017/ka1/');
    await page.context().close();
  });
});

describe('themes send parents and pupils on', () => {
  it('the social-safety theme links the parents\' and pupils\' pages, the complaints route and the confidential inspector', async () => {
    const page = await openPage(browser, { viewport: PHONE });
    await page.goto(`${baseUrl()}/themas/sociale-veiligheid/`);
    const help = page.getByRole('region', { name: 'Uitleg voor u' });
    expect(await help.getByRole('link', { name: 'Voor ouders en verzorgers' }).getAttribute('href')).toBe('/voor-wie/ouders/');
    expect(await help.getByRole('link', { name: 'Voor leerlingen en studenten' }).getAttribute('href')).toBe('/voor-wie/leerlingen-en-studenten/');
    expect(await help.getByRole('link', { name: /klacht/ }).getAttribute('href')).toBe(COMPLAINTS_HREF);
    expect(await help.locator('a[href^="tel:"]').count()).toBe(1);
    await page.context().close();
  });
});

/** Phone numbers in a page's text that are not the text of a tel: link (scripts and styles are not text). */
function unlinkedNumbers(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Nodes, skip: boolean) => {
    if (node.type === 'text' && !skip) for (const n of phoneNumbersIn(node.value)) found.push(node.value.slice(n.start, n.end));
    if (!('children' in node)) return;
    const tel = node.type === 'element' && node.tagName === 'a' && String(node.properties.href ?? '').startsWith('tel:');
    const notText = node.type === 'element' && ['script', 'style', 'template'].includes(node.tagName);
    for (const child of node.children) visit(child, skip || tel || notText);
  };
  visit(htmlToHast(html) as Nodes, false);
  return found;
}

describe('phone numbers', () => {
  it('every number shown on any page is a tel: link', () => {
    const pages = allPages();
    const unlinked = pages.flatMap((p) => unlinkedNumbers(readDist(`${p.slice(1)}index.html`)).map((n) => `${p}: ${n}`));
    expect(unlinked).toEqual([]);
    const ouders = readDist('voor-wie/ouders/index.html');
    expect(ouders).toContain('<a href="tel:+319001113111">0900\u00a0111\u00a03\u00a0111</a>');
    expect(ouders).toContain('<a href="tel:+31886696060">088\u00a0669\u00a060\u00a060</a>');
  });

  it('a tel: link can be tapped on a phone: it is a link with the number as its name', async () => {
    const page = await openPage(browser, { viewport: PHONE });
    await page.goto(`${baseUrl()}/voor-wie/leerlingen-en-studenten/`);
    const link = page.getByRole('link', { name: '0900\u00a0111\u00a03\u00a0111' });
    expect(await link.getAttribute('href')).toBe('tel:+319001113111');
    expect(await link.isVisible()).toBe(true);
    await page.context().close();
  });
});
