/**
 * "Zo werkt het toezicht": on a phone, a reader gets from the home page to how supervision works
 * for their sector in one tap, and to what a judgement means in a second; every sector has its page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTOR_PAGES } from '../../src/lib/framework/sector-pages.ts';
import { baseUrl, launchBrowser, openPage, VIEWPORTS } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('supervision from the home page on a phone', () => {
  it('has a link per sector in the home page section', async () => {
    const page = await openPage(browser, { viewport: VIEWPORTS.phone });
    await page.goto(`${baseUrl()}/`);
    expect(await page.locator('nav[aria-labelledby="toezicht"] ul').first().locator('a').count()).toBe(SECTOR_PAGES.length);
    await page.context().close();
  });

  it.each(SECTOR_PAGES.map((g) => g.slug))('%s: tap 1 reaches the sector’s supervision page, tap 2 what a judgement means', async (slug) => {
    const page = await openPage(browser, { viewport: VIEWPORTS.phone });
    await page.goto(`${baseUrl()}/`);
    const links = page.locator('nav[aria-labelledby="toezicht"] ul').first().locator('a');
    const index = SECTOR_PAGES.findIndex((g) => g.slug === slug);
    await links.nth(index).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toMatch(/^\/toezicht\/[a-z0-9-]+\/$/);
    expect(await page.locator('h1').innerText()).toMatch(/toezicht/i);
    // The sector page on the site links back to the same supervision page.
    await page.getByRole('link', { name: 'Wat betekent een oordeel?' }).first().click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe('/toezicht/oordelen/');
    expect(await page.locator('h1').innerText()).toMatch(/Voldoende, Onvoldoende en Zeer zwak/);
    await page.context().close();
  });

  it('every sector page links to its supervision page', async () => {
    const page = await openPage(browser, { viewport: VIEWPORTS.phone });
    for (const g of SECTOR_PAGES) {
      await page.goto(`${baseUrl()}/sectoren/${g.slug}/`);
      const href = await page.getByRole('link', { name: 'Zo werkt het toezicht in deze sector' }).getAttribute('href');
      expect(href, g.slug).toMatch(/^\/toezicht\//);
    }
    await page.context().close();
  });

  it('parents and pupils find how to read a report and what a judgement means for a child on their own pages', async () => {
    const page = await openPage(browser, { viewport: VIEWPORTS.phone });
    for (const audience of ['ouders', 'leerlingen-en-studenten']) {
      await page.goto(`${baseUrl()}/voor-wie/${audience}/`);
      expect(await page.getByRole('link', { name: 'Een inspectierapport lezen' }).count(), audience).toBe(1);
      expect(await page.getByRole('link', { name: 'Wat betekent het oordeel voor uw kind?' }).count(), audience).toBe(1);
    }
    await page.context().close();
  });
});
