/**
 * The onderzoekskader as an inspector opens it: the 2021 structure per level and sector, a
 * standard with its source, its 2017 predecessor and its items, 2017 with Financieel beheer,
 * the planned next kader; and on every built page the sample-content notice in the banner, before <main>, and
 * no developer words in the visible text.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launchBrowser, openPage, VIEWPORTS } from './browser.ts';
import { pageTree, type HastNode } from './hast.ts';
import { allPages, readDist } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(path: string): Promise<Page> {
  const page = await openPage(browser, { viewport: VIEWPORTS.desktop });
  const response = await page.goto(`${baseUrl()}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** The four sector cells of a standard's row, as a screen reader reads them. */
async function sectorCells(page: Page, code: string): Promise<string[]> {
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader').filter({ hasText: new RegExp(`^${code}\\b`) }) });
  return (await row.getByRole('cell').allInnerTexts()).map((t) => t.replace(/[✓–?]/g, '').trim());
}

describe('the 2021 edition', () => {
  it('shows the 2021 domains per level, and which standard applies in which sector', async () => {
    const page = await open('/onderzoekskader/2021/');
    const headings = await page.getByRole('heading').allInnerTexts();
    expect(headings).toEqual(expect.arrayContaining(['School en opleiding', 'Bestuur', 'Onderwijsproces (OP)', 'Veiligheid en schoolklimaat (VS)', 'Onderwijsresultaten (OR)', 'Sturen, kwaliteitszorg en ambitie (SKA)', 'Borging en afsluiting (BA)', 'Besturing, kwaliteitszorg en ambitie (BKA)']));
    // The board level comes after the school level and holds only BKA.
    expect(headings.indexOf('Bestuur')).toBeGreaterThan(headings.indexOf('Sturen, kwaliteitszorg en ambitie (SKA)'));
    expect(await page.getByRole('columnheader').first().innerText()).toBe('Standaard');
    // Sector columns: po, (v)so, vo, mbo. "Geldt niet" only where a checked source settles it (BA1, with its
    // source in the row); a sector the source merely does not name is "nog niet nagekeken" (OP0 in (v)so, OR1 in mbo).
    expect(await sectorCells(page, 'BA1')).toEqual(['geldt niet volgens de bron', 'geldt niet volgens de bron', 'geldt niet volgens de bron', 'geldt']);
    expect(await sectorCells(page, 'OP0')).toEqual(['geldt', 'nog niet nagekeken', 'geldt', 'geldt']);
    expect(await sectorCells(page, 'OR1')).toEqual(['geldt', 'geldt', 'geldt', 'nog niet nagekeken']);
    expect(await page.getByRole('row').filter({ hasText: 'BA1' }).getByRole('link', { name: /^Bron voor de sectoren: / }).getAttribute('href')).toMatch(/^https:\/\//);
    // The 2017 structure is gone from the 2021 edition.
    const text = await page.locator('main').innerText();
    for (const old of ['SK1', 'SK2', 'KA1', 'KA2', 'KA3', 'OP4', 'OP8', 'Didactisch handelen', 'Pedagogisch klimaat']) expect(text).not.toMatch(new RegExp(`(^|[^\\w-])${old}\\b`));
    expect(text).toContain('OP3 Pedagogisch-didactisch handelen');
    expect(text).toContain('VS2 Schoolklimaat');
    // Yearly versions, each with a date.
    for (const v of ['2022', '2023', '2024', '2025']) expect(text).toContain(`Versie ${v}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('a standard page', () => {
  it('shows its source, its 2017 predecessor and the items linked to it', async () => {
    const page = await open('/onderzoekskader/2021/vs1/');
    const main = page.locator('main');
    const source = main.getByRole('link', { name: /^Bron: / }).first();
    expect(await source.getAttribute('href')).toMatch(/^https:\/\//);
    // In the framework's own words: what the standard asks, quoted with its source; the rest not yet checked.
    const wording = main.getByRole('region', { name: 'In de woorden van het kader' });
    expect(await wording.locator('blockquote').innerText()).toBe('De school zorgt voor een veilige omgeving voor leerlingen.');
    expect(await wording.getByRole('link', { name: /^Bron: / }).getAttribute('href')).toMatch(/^https:\/\//);
    expect(await wording.innerText()).toContain('Nog niet nagekeken');
    expect(await main.innerText()).toMatch(/nagekeken op \d+ \w+ 20\d\d/);
    const previous = main.getByRole('region', { name: /^Vorig kader/ });
    expect(await previous.getByRole('link').first().getAttribute('href')).toBe('/onderzoekskader/2017/sk1/');
    const linked = main.getByRole('region', { name: 'Wat laat deze standaard zien in de praktijk?' });
    expect(await linked.getByRole('link').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('tells OP0\'s history as dated steps, each with a source', async () => {
    const page = await open('/onderzoekskader/2021/op0/');
    const steps = page.getByRole('region', { name: 'Geschiedenis van deze standaard' }).getByRole('listitem');
    const texts = await steps.allInnerTexts();
    expect(texts.map((t) => t.split('\n')[0])).toEqual(['1 augustus 2023', '13 december 2023', '1 januari 2024', '1 augustus 2025']);
    for (let i = 0; i < texts.length; i++) expect(await steps.nth(i).getByRole('link', { name: /^Bron: / }).count()).toBe(1);
    // The 2025 step rests on a secondary source: the page says so in plain Dutch.
    expect(texts[3]).toContain('Nog niet nagekeken');
    await page.context().close();
  });

  it('on a 2017 standard, shows what it became in 2021', async () => {
    const page = await open('/onderzoekskader/2017/sk1/');
    const next = page.locator('main').getByRole('region', { name: /^Volgend kader/ });
    expect(await next.getByRole('link').first().getAttribute('href')).toBe('/onderzoekskader/2021/vs1/');
    await page.context().close();
  });
});

describe('other editions', () => {
  it('2017 keeps Financieel beheer (board level) and, for mbo, Examinering en diplomering', async () => {
    const page = await open('/onderzoekskader/2017/');
    const headings = await page.getByRole('heading').allInnerTexts();
    expect(headings).toEqual(expect.arrayContaining(['Financieel beheer (FB)', 'Examinering en diplomering (ED)', 'Schoolklimaat (SK)', 'Kwaliteitszorg en ambitie (KA)']));
    expect(await page.locator('main').innerText()).toContain('FB1 Continuïteit');
    await page.context().close();
  });

  it('lists the planned next kader, which has no standards yet', async () => {
    const index = await open('/onderzoekskader/');
    expect(await index.locator('main').innerText()).toMatch(/Nieuw onderzoekskader \(in ontwikkeling\): Verwachte start: augustus 2027/);
    await index.context().close();
    const page = await open('/onderzoekskader/2027/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Er zijn nog geen standaarden');
    expect(await page.getByRole('table').count()).toBe(0);
    await page.context().close();
  });
});

/** Text a reader sees: no scripts, styles or tags (attribute values are not shown). */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ');
}

describe('every page', () => {
  const pages = allPages();

  it('carries the sample-content notice first in the banner, before <main>', () => {
    expect(pages.length).toBeGreaterThan(50);
    const elements = (node: HastNode | undefined) => (node?.children ?? []).filter((c) => c.type === 'element');
    const missing = pages.filter((p) => {
      const html = readDist(`${p.slice(1)}index.html`);
      const body = elements(pageTree(html)).flatMap(elements).find((e) => e.tagName === 'body');
      const banner = elements(body).find((e) => e.tagName === 'header');
      const notice = html.indexOf('id="voorbeeldsite"');
      return elements(banner)[0]?.properties?.id !== 'voorbeeldsite' || notice > html.indexOf('<main');
    });
    expect(missing).toEqual([]);
  });

  it('shows no developer words such as verified, false, undefined or null', () => {
    const found = pages.flatMap((p) => {
      const words = visibleText(readDist(`${p.slice(1)}index.html`)).match(/\b(verified|sectorsVerified|false|true|undefined|null|NaN|\[object Object\])\b/g);
      return words ? [`${p}: ${[...new Set(words)].join(', ')}`] : [];
    });
    expect(found).toEqual([]);
  });

  it('the notice is read right after the skip link, as the start of the banner', async () => {
    const page = await openPage(browser, { viewport: VIEWPORTS.phone });
    await page.goto(`${baseUrl()}/onderzoekskader/2021/`);
    const order = await page.evaluate(() => {
      const skip = document.querySelector('.kp-skip');
      return skip?.nextElementSibling?.firstElementChild?.id;
    });
    expect(order).toBe('voorbeeldsite');
    expect(await page.getByRole('banner').locator('#voorbeeldsite').count()).toBe(1);
    expect(await page.locator('#voorbeeldsite').innerText()).toMatch(/Demonstratiesite: scholen, personen en bevindingen zijn verzonnen/);
    await page.context().close();
  });
});
