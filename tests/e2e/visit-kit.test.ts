/**
 * The inspector's visit kit (issue 29): chosen per sector of the visit, it holds only material for
 * that sector; it prints on the A4 it promises with its version date and framework version; the
 * print button prints; the core message is written for the conversation; and the kits of the 2017
 * framework come after the current ones, marked as replaced.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import { SECTOR_PAGES } from '../../src/lib/framework/sector-pages.ts';
import { siteAddress } from '../../src/lib/site/site-address.ts';
import { baseUrl, launchBrowser, openPage, VIEWPORTS } from './browser.ts';
import { pageTree, type HastNode } from './hast.ts';
import { DIST, readDist } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const dirs = (dir: string) => (existsSync(join(DIST, dir)) ? readdirSync(join(DIST, dir)).filter((n) => existsSync(join(DIST, dir, n, 'index.html'))) : []);
const choosers = ['thema', 'standaard'].flatMap((kind) => dirs(`bezoekkit/${kind}`).map((value) => `/bezoekkit/${kind}/${value}/`));
const kits = choosers.flatMap((c) => dirs(c.slice(1)).map((sector) => `${c}${sector}/`));
const sectorOf = (kit: string) => SECTOR_PAGES.find((g) => g.slug === kit.split('/').at(-2))!;

/** Every element of a built page, read with a real HTML parser. */
function elements(html: string): HastNode[] {
  const out: HastNode[] = [];
  const walk = (n: HastNode) => {
    if (n.type === 'element') out.push(n);
    n.children?.forEach(walk);
  };
  walk(pageTree(html));
  return out;
}
const text = (n: HastNode): string => (n.type === 'text' ? n.value ?? '' : (n.children ?? []).map(text).join(''));
const hrefs = (html: string) => elements(html).flatMap((e) => (e.tagName === 'a' && typeof e.properties?.href === 'string' ? [e.properties.href] : []));

/** The sectors an item page names (its hidden search filters), as sector codes. */
function itemSectors(path: string): string[] {
  const labels = Object.fromEntries(Object.entries(nl).filter(([k]) => /^sector\.[a-z]+$/.test(k)).map(([k, v]) => [v, k.slice('sector.'.length)]));
  return elements(readDist(`${path}index.html`)).flatMap((e) => {
    const filter = e.properties?.dataPagefindFilter;
    return typeof filter === 'string' && filter.startsWith('sector:') ? [labels[filter.slice('sector:'.length)]!] : [];
  });
}

describe('a kit per sector of the visit', () => {
  it('has a sector choice for every theme and standard, and a kit behind every choice', () => {
    expect(choosers.filter((c) => c.includes('/thema/')).length).toBe(dirs('themas').length);
    expect(kits.length).toBeGreaterThan(100);
    for (const chooser of choosers) {
      const own = hrefs(readDist(`${chooser}index.html`)).filter((h) => h.startsWith(chooser) && h !== chooser);
      expect(own.sort(), chooser).toEqual(dirs(chooser.slice(1)).map((s) => `${chooser}${s}/`).sort());
    }
  });

  it('gives a po visit the po reflection guide and a vo visit the vo one, never the other', () => {
    const guides = (kit: string) => hrefs(readDist(`${kit}index.html`)).filter((h) => /^\/reflectiewijzers\/[^/]+\/$/.test(h));
    expect(guides('/bezoekkit/thema/basisvaardigheden/po/')).toContain('/reflectiewijzers/basisvaardigheden-doelen-en-aanbod-po/');
    expect(guides('/bezoekkit/thema/basisvaardigheden/vo/')).not.toContain('/reflectiewijzers/basisvaardigheden-doelen-en-aanbod-po/');
    expect(guides('/bezoekkit/thema/sociale-veiligheid/vo/')).toContain('/reflectiewijzers/sociale-veiligheid-en-klimaat-vo/');
    expect(guides('/bezoekkit/thema/sociale-veiligheid/po/')).toEqual([]);
  });

  it('links, in every kit, only brochures and reflection guides for its sector or for every sector', () => {
    const offSector = kits.flatMap((kit) =>
      hrefs(readDist(`${kit}index.html`))
        .filter((h) => /^\/(brochures|reflectiewijzers)\/[^/]+\/$/.test(h))
        .filter((h) => {
          const sectors = itemSectors(h);
          return sectors.length > 0 && !sectors.some((s) => (sectorOf(kit).sectors as readonly string[]).includes(s));
        })
        .map((h) => `${kit} → ${h}`),
    );
    expect(offSector).toEqual([]);
  });

  it('states the core message for the conversation, not addressed to the school', () => {
    const addressed = kits.filter((kit) => {
      const kern = elements(readDist(`${kit}index.html`)).find((e) => e.tagName === 'section' && String(e.properties?.ariaLabelledBy) === 'kern');
      const message = text(kern?.children?.find((c) => c.tagName === 'p') ?? { type: 'root' });
      return !message || /(?<![\p{L}])(u|uw|je)(?![\p{L}])/iu.test(message);
    });
    expect(addressed).toEqual([]);
  });
});

describe('kit on paper', () => {
  it.each(kits)('%s prints on A4 in the number of pages it claims, with its version and date', async (path) => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl()}${path}`);
    const claimed = Number(await page.locator('[data-pages]').getAttribute('data-pages'));
    expect(claimed).toBeGreaterThan(0);
    // QR codes only when the site's own address is configured (KP_SITE); a neutral build says why there are none.
    if (siteAddress(process.env).configured) expect(await page.locator('.kp-kit__qr svg').count()).toBeGreaterThan(0);
    else {
      expect(await page.locator('.kp-kit__qr').count()).toBe(0);
      expect(await page.locator('#scan + .kp-kit__note').innerText()).toContain('nog geen QR-codes');
    }
    await page.emulateMedia({ media: 'print' });
    const stamp = page.locator('.kp-kit__stamp');
    expect(await stamp.isVisible(), 'versie en datum op papier').toBe(true);
    expect(await stamp.innerText()).toMatch(/^Versie van \d{1,2} [a-z]+ \d{4} · Onderzoekskader \d{4}(, versie \d{4})? · /);
    expect(await page.locator('.kp-kit__stamp time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.getByRole('button', { name: 'Druk deze kit af' }).isVisible(), 'de knop niet op papier').toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(claimed);
    await page.context().close();
  });

  it('prints with the button, and puts the day of printing on the paper', async () => {
    const page = await openPage(browser, { viewport: VIEWPORTS.phone });
    // The browser's print dialog cannot be driven headless: count the calls instead.
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.goto(`${baseUrl()}/bezoekkit/thema/basisvaardigheden/po/`);
    const button = page.getByRole('button', { name: 'Druk deze kit af' });
    const box = (await button.boundingBox())!;
    expect(box.y + box.height, 'knop in het eerste scherm').toBeLessThanOrEqual(VIEWPORTS.phone.height);
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const printedOn = page.locator('[data-kp-printed-on] time');
    expect(await printedOn.getAttribute('datetime')).toBe(await page.evaluate(() => new Date().toISOString().slice(0, 10)));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-kp-printed-on]').innerText()).toMatch(/^Afgedrukt op \d{1,2} [a-z]+ \d{4}$/);
    await page.context().close();
  });

  it('without JavaScript shows no dead button but says how to print', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/bezoekkit/thema/basisvaardigheden/po/`);
    expect(await page.getByRole('button', { name: 'Druk deze kit af' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Zo drukt u af' }).isVisible()).toBe(true);
    expect(await page.locator('[data-kp-printed-on]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('current edition first', () => {
  it('lists the kits of the framework in force before, and apart from, those of 2017', async () => {
    const page = await openPage(browser, { viewport: VIEWPORTS.desktop });
    await page.goto(`${baseUrl()}/voor-wie/inspecteurs/`);
    const headings = await page.locator('h2').allInnerTexts();
    const current = headings.findIndex((h) => h.startsWith('Bezoekkits per standaard van het onderzoekskader 2021'));
    const older = headings.findIndex((h) => h.startsWith('Oudere kits: onderzoekskader 2017'));
    expect(current).toBeGreaterThan(-1);
    expect(older).toBeGreaterThan(current);
    const section = (name: string) => page.getByRole('region', { name });
    const links = (name: string) => section(name).locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const currentLinks = await links(headings[current]!);
    expect(currentLinks.length).toBeGreaterThan(10);
    expect(currentLinks.filter((h) => h.includes('/2017-'))).toEqual([]);
    const olderLinks = await links(headings[older]!);
    expect(olderLinks.length).toBeGreaterThan(10);
    expect(olderLinks.every((h) => h.includes('/2017-'))).toBe(true);
    expect(await section(headings[older]!).innerText()).toContain('geldt sinds 1 augustus 2021 niet meer');
    await page.context().close();
  });

  it('marks a 2017 kit as replaced, on screen and on paper, and points to the kit that replaces it', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl()}/bezoekkit/standaard/2017-sk1/po/`);
    await page.emulateMedia({ media: 'print' });
    const note = page.getByRole('note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain('Dit onderzoekskader geldt sinds 1 augustus 2021 niet meer.');
    expect(await note.getByRole('link').getAttribute('href')).toBe('/bezoekkit/standaard/2021-vs1/');
    expect(await page.locator('.kp-kit__stamp').innerText()).toContain('Onderzoekskader 2017');
    await page.context().close();
  });
});
