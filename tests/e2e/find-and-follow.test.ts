/**
 * Issue 17 in the browser and on the built files: the phone header leaves the title in the first
 * screen, "Scholen zoals de mijne" combines filters with and without JavaScript, every theme,
 * standard, sector and type links a feed that independent parsers read, every item, theme and
 * standard page says when it changed (the visit kits: tests/e2e/visit-kit.test.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ical from 'node-ical';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, VIEWPORTS } from './browser.ts';
import { allPages, DIST, pageTypes, readDist } from './site.ts';
import { siteAddress } from '../../src/lib/site/site-address.ts';
import { SECTOR_PAGES } from '../../src/lib/framework/sector-pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const phone = VIEWPORTS.phone;

describe('phone header', () => {
  it.each(Object.entries(pageTypes()))('%s: header at most a fifth of the screen, h1 in the first screen', async (_name, path) => {
    const page = await openPage(browser, { viewport: phone });
    await page.goto(`${baseUrl()}${path}`);
    // The band and the menu; the demonstration notice above them is this sample site's, not the header's.
    const header = (await page.locator('header.kp-header .kp-header__main').boundingBox())!;
    expect(header.height, 'kop + menu').toBeLessThanOrEqual(phone.height / 5);
    const h1 = (await page.locator('h1').boundingBox())!;
    expect(h1.y + h1.height, 'titel zichtbaar zonder scrollen').toBeLessThanOrEqual(phone.height);
    await page.context().close();
  });

  it('folds the menu into a keyboard-operable disclosure inside the nav landmark', async () => {
    const page = await openPage(browser, { viewport: phone });
    await page.goto(`${baseUrl()}/`);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const themes = nav.getByRole('link', { name: "Thema's" });
    expect(await themes.isVisible()).toBe(false);
    await nav.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await themes.isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows the whole menu on a desktop without opening anything', async () => {
    const page = await openPage(browser, { viewport: VIEWPORTS.desktop });
    await page.goto(`${baseUrl()}/`);
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Podcasts' }).isVisible()).toBe(true);
    await page.context().close();
  });
});

interface School { id: string; url: string; sector: string; pupils: number; schoolweging?: number; region: string }
const schools = () => JSON.parse(readDist('goede-voorbeelden/scholen.json')) as School[];

describe('listing filters on a phone', () => {
  it('a link in the first screen takes the reader past the results to the filters, and is not there on a desktop', async () => {
    const page = await openPage(browser, { viewport: phone, javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/brochures/`);
    const jump = page.getByRole('link', { name: /Naar de filters/ });
    const box = (await jump.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(phone.height);
    const filters = page.getByRole('navigation', { name: 'Filter' });
    expect((await filters.boundingBox())!.y, 'filters come after the results').toBeGreaterThan(phone.height);
    await jump.click();
    await expect.poll(async () => (await filters.boundingBox())!.y).toBeLessThan(phone.height / 2);
    expect(new URL(page.url()).hash).toBe('#kp-filters');
    await page.context().close();
    const desk = await openPage(browser, { viewport: VIEWPORTS.desktop });
    await desk.goto(`${baseUrl()}/brochures/`);
    await expect.poll(() => desk.getByRole('link', { name: /Naar de filters/ }).isVisible()).toBe(false);
    await desk.context().close();
  });
});

describe('schools like mine', () => {
  // 320 × 568 is the smallest phone in use (iPhone SE, first generation); 375 × 667 a common one.
  const smallest = { width: 320, height: 568 };
  const small = [smallest, { width: 375, height: 667 }];

  it.each(small)('shows the first result in the first screen, below one filter control, at $width px', async (viewport) => {
    const page = await openPage(browser, { viewport });
    await page.goto(`${baseUrl()}/goede-voorbeelden/`, { waitUntil: 'networkidle' });
    const control = page.locator('.kp-slm-panel > summary');
    expect(await control.innerText()).toMatch(/Filters$/);
    const firstTitle = (await page.locator('#kp-resultaten li h2').first().boundingBox())!;
    expect(firstTitle.y + firstTitle.height, 'eerste resultaat in het eerste scherm').toBeLessThanOrEqual(viewport.height);
    expect((await control.boundingBox())!.y, 'filters boven de resultaten').toBeLessThan(firstTitle.y);
    // All filters sit behind that one control, and there is no second filter set below the results.
    expect(await page.locator('select:visible').count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Filter' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Naar de filters/ }).count()).toBe(0);
    await page.context().close();
  });

  it('applies the choice with "Toon n voorbeelden", with n the number it then shows, by keyboard', async () => {
    const page = await openPage(browser, { viewport: smallest });
    await page.goto(`${baseUrl()}/goede-voorbeelden/`, { waitUntil: 'networkidle' });
    await page.locator('.kp-slm-panel > summary').focus();
    await page.keyboard.press('Enter');
    await page.selectOption('#kp-slm-sector', 'po');
    const po = schools().filter((s) => s.sector === 'po');
    expect(po.length).toBeGreaterThan(1);
    const show = page.getByRole('button', { name: /^Toon \d+ voorbeeld(en)?$/ });
    expect(await show.innerText()).toBe(`Toon ${po.length} voorbeelden`);
    // Counts follow every choice before anything is applied; the results do not move yet.
    await page.selectOption('#kp-slm-grootte', '200-499');
    const poMid = po.filter((s) => s.pupils >= 200 && s.pupils < 500);
    expect(await show.innerText()).toBe(poMid.length === 1 ? 'Toon 1 voorbeeld' : `Toon ${poMid.length} voorbeelden`);
    expect(new URL(page.url()).search).toBe('');
    await show.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.kp-slm-panel').getAttribute('open')).toBeNull();
    expect(new URL(page.url()).search).toBe('?sector=po&grootte=200-499');
    expect(await page.locator('.kp-slm__status').innerText()).toMatch(new RegExp(`^${poMid.length} goed`));
    expect(await page.locator('.kp-slm__list > li').count()).toBe(poMid.length);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('kp-slm__status');
    const status = (await page.locator('.kp-slm__status').boundingBox())!;
    expect(status.y + status.height, 'de uitkomst in beeld').toBeLessThanOrEqual(smallest.height);
    expect(await page.locator('.kp-slm-panel > summary').innerText()).toMatch(/Filters \(2 gekozen\)$/);
    await page.context().close();
  });

  it('explains the schoolweging in one sentence beside more than two bands', async () => {
    const page = await openPage(browser, { viewport: small[1]! });
    await page.goto(`${baseUrl()}/goede-voorbeelden/`, { waitUntil: 'networkidle' });
    await page.locator('.kp-slm-panel > summary').click();
    const select = page.locator('#kp-slm-schoolweging');
    const bands = (await select.locator('option').allInnerTexts()).slice(1);
    expect(bands.length).toBeGreaterThan(2);
    expect(bands[0]).toMatch(/^lager dan \d+ \(\d+\)$/);
    expect(bands.at(-1)).toMatch(/^\d+ of hoger \(\d+\)$/);
    const hint = page.locator(`#${await select.getAttribute('aria-describedby')}`);
    const sentence = await hint.innerText();
    expect(sentence).toContain('CBS');
    expect(sentence.match(/[.!?](\s|$)/g), 'één zin').toHaveLength(1);
    await page.context().close();
  });

  it('offers school types and regions from the controlled lists, regions without overlap', async () => {
    const page = await openPage(browser, { viewport: small[1]! });
    await page.goto(`${baseUrl()}/goede-voorbeelden/`, { waitUntil: 'networkidle' });
    const values = (id: string) => page.locator(`#kp-slm-${id} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect((await values('regio')).every((r) => ['noord', 'oost', 'west', 'zuid'].includes(r))).toBe(true);
    const types = await values('soort');
    expect(types).toContain('basisschool');
    expect(types.every((v) => /^[a-z0-9-]+$/.test(v))).toBe(true);
    // A practice page names its type in words, not by its code.
    await page.goto(`${baseUrl()}/goede-voorbeelden/lesbezoeken-en-feedback-havo-vwo-haarlem/`);
    expect(await page.locator('main').innerText()).toMatch(/Schoolsoort\s+Havo en vwo/);
    await page.context().close();
  });

  it('combines filters from the URL and keeps the URL in step with the form', async () => {
    const expected = schools().filter((s) => s.sector === 'po' && (s.schoolweging ?? 0) >= 35);
    expect(expected.length).toBeGreaterThan(0);
    const page = await openPage(browser, { viewport: phone });
    await page.goto(`${baseUrl()}/goede-voorbeelden/?sector=po&schoolweging=35-plus`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.kp-slm__status').textContent()).toMatch(new RegExp(`^${expected.length} goed`));
    const shown = await page.locator('.kp-slm__list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(shown.sort()).toEqual(expected.map((s) => s.url).sort());
    expect(await page.locator('#kp-resultaten').isHidden()).toBe(true);
    await page.locator('.kp-slm-panel > summary').click();
    await page.selectOption('#kp-slm-schoolweging', '');
    await page.getByRole('button', { name: /^Toon \d+ voorbeeld/ }).click();
    expect(new URL(page.url()).search).toBe('?sector=po');
    await page.context().close();
  });

  it('answers a combination nobody has with the closest examples', async () => {
    const page = await openPage(browser, { viewport: phone });
    await page.goto(`${baseUrl()}/goede-voorbeelden/?sector=po&grootte=1000-plus&regio=zuid`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.kp-slm__status').textContent()).toBe('Geen voorbeeld past bij al uw filters.');
    expect(await page.getByRole('heading', { name: 'Deze voorbeelden lijken het meest op uw school' }).isVisible()).toBe(true);
    expect(await page.locator('.kp-slm__list li').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('without JavaScript offers the pre-rendered single filters, which work', async () => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/goede-voorbeelden/`);
    await page.locator('.kp-slm-panel > summary').click();
    await page.locator('.kp-slm-panel').getByRole('link', { name: /^Primair onderwijs/ }).click();
    expect(new URL(page.url()).pathname).toBe('/goede-voorbeelden/sector/po/');
    const cards = await page.locator('.kp-card__school').allTextContents();
    expect(cards.length).toBe(schools().filter((s) => s.sector === 'po').length);
    expect(cards.every((c) => c.startsWith('Primair onderwijs · '))).toBe(true);
    await context.close();
  });

  it('a practice page links to schools like it, which include itself', async () => {
    const one = schools()[0]!;
    const page = await openPage(browser, { viewport: phone });
    await page.goto(`${baseUrl()}${one.url}`);
    await page.getByRole('link', { name: 'Meer scholen zoals deze' }).click();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.locator('.kp-slm__list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(one.url);
    await page.context().close();
  });
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const SITE = siteAddress(process.env).url;
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const under = (dir: string) => (existsSync(join(DIST, dir)) ? readdirSync(join(DIST, dir)).filter((n) => existsSync(join(DIST, dir, n, 'index.html'))) : []);

/** The feed and calendar links in a page's "Volgen" block. */
function followLinks(path: string): { rss: string[]; ics: string[] } {
  const html = readDist(`${path}index.html`);
  const block = html.match(/<section class="kp-follow[\s\S]*?<\/section>/)?.[0] ?? '';
  return {
    rss: [...block.matchAll(/href="([^"]+\.xml)"/g)].map((m) => m[1]!),
    ics: [...block.matchAll(/href="([^"]+\.ics)"/g)].map((m) => m[1]!),
  };
}

describe('follow anything', () => {
  const pages = [
    ...under('themas').map((id) => `/themas/${id}/`),
    ...under('onderzoekskader/2021').map((c) => `/onderzoekskader/2021/${c}/`),
    ...under('onderzoekskader/2017').map((c) => `/onderzoekskader/2017/${c}/`),
    ...under('sectoren').map((s) => `/sectoren/${s}/`),
    ...['/goede-voorbeelden/', '/brochures/', '/reflectiewijzers/', '/webinars/', '/podcasts/', '/themaonderzoeken/', '/expertscholen/'],
  ];

  it('covers every theme, standard, sector and type page', () => {
    expect(pages.filter((p) => p.startsWith('/sectoren/'))).toHaveLength(SECTOR_PAGES.length);
    expect(pages).toEqual(expect.arrayContaining(['/sectoren/vve/', '/sectoren/ho/']));
    expect(pages.length).toBeGreaterThan(40);
  });

  it.each(pages)('%s links its feed, and the feed parses with only its own items', (path) => {
    const { rss, ics } = followLinks(path);
    expect(rss, 'feedlink in Volgen').toHaveLength(1);
    const feed = parser.parse(readDist(rss[0]!));
    expect(feed.rss['@version']).toBe('2.0');
    expect(feed.rss.channel['atom:link']['@href']).toBe(`${SITE}${rss[0]}`);
    for (const item of asArray(feed.rss.channel.item) as { link: string }[]) expect(item.link.startsWith(`${SITE}/`)).toBe(true);
    for (const href of ics) {
      const events = Object.values(ical.sync.parseICS(readDist(href))).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
      expect(events.length, href).toBeGreaterThan(0);
      for (const e of events) expect(String(e.url)).toMatch(new RegExp(`^${SITE}/webinars/`));
    }
  });

  it('a sector feed holds exactly the items of that sector page', () => {
    const feed = parser.parse(readDist('volgen/sector/so-vso/feed.xml'));
    const links = (asArray(feed.rss.channel.item) as { link: string }[]).map((i) => new URL(i.link).pathname);
    expect(links.length).toBeGreaterThan(0);
    for (const path of links) expect(readDist(`${path}index.html`)).toMatch(/href="\/(goede-voorbeelden|[a-z-]+)\/sector\/v?so\/"/);
  });
});

describe('Laatst gewijzigd', () => {
  const itemDirs = ['brochures', 'reflectiewijzers', 'goede-voorbeelden', 'webinars', 'podcasts', 'themaonderzoeken', 'expertscholen'];
  const paths = allPages().filter((p) => {
    const [first, second, third] = p.split('/').filter(Boolean);
    if (first === 'themas' || (first === 'onderzoekskader' && third && !p.includes('/pagina/'))) return second !== undefined;
    return itemDirs.includes(first!) && second !== undefined && third === undefined && !['thema', 'sector', 'standaard', 'pagina'].includes(second);
  });

  it('is on every item, theme and standard page', () => {
    expect(paths.length).toBeGreaterThan(60);
    const missing = paths.filter((p) => !/Laatst gewijzigd: <time datetime="\d{4}-\d{2}-\d{2}"/.test(readDist(`${p}index.html`)));
    expect(missing).toEqual([]);
  });
});
