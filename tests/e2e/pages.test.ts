/**
 * Every page type at 375 px and 1280 px in Chromium: one h1, landmarks, no sideways scrolling,
 * no third-party requests, no JavaScript on content pages, and zero axe-core violations.
 * Screenshots go to tests/screenshots/ to be looked at.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launchBrowser, openPage, trackExternalRequests, VIEWPORTS } from './browser.ts';
import { mayHaveScript, pageTypes } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('tests/screenshots', { recursive: true });
});
afterAll(() => browser?.close());

describe.each(Object.entries(VIEWPORTS))('at %s width', (viewportName, viewport) => {
  it.each(Object.entries(pageTypes()))('%s (%s) is accessible and well-formed', async (name, path) => {
    const page = await openPage(browser, { viewport });
    const external = trackExternalRequests(page);
    const response = await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(name === 'not-found' ? 404 : 200);
    if (path.startsWith('/zoeken/')) await page.getByRole('status').filter({ hasText: /resultaat|resultaten/ }).waitFor();

    expect(await page.locator('h1').count(), 'precies één h1').toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    for (const role of ['banner', 'main', 'contentinfo', 'navigation'] as const) {
      expect(await page.getByRole(role).count(), `landmark ${role}`).toBeGreaterThan(0);
    }
    // WCAG 1.4.10 Reflow: nothing wider than the viewport.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontaal scrollen').toBeLessThanOrEqual(0);

    const scripts = await page.locator('script:not([type="application/ld+json"])').count();
    if (!mayHaveScript(path)) expect(scripts, 'geen JavaScript op inhoudspagina').toBe(0);

    expect(await axeViolations(page)).toEqual([]);
    expect(external, 'verzoeken naar derden').toEqual([]);
    await page.screenshot({ path: `tests/screenshots/${name}-${viewportName}.png`, fullPage: viewportName === 'phone' ? false : true });
    await page.context().close();
  });
});

describe('keyboard', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const page = await openPage(browser, { viewport: VIEWPORTS.desktop });
    await page.goto(`${baseUrl()}/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('Ga direct naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.context().close();
  });
});
