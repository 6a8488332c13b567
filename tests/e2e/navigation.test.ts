/**
 * Navigation and landmarks (issue 29, point 5):
 * - axe-core's landmark rules (one main, banner and contentinfo at the top, every landmark with a
 *   name of its own, all content inside a landmark) pass on one page of every route pattern
 *   (where the notice about the demonstration sits is framework.test.ts's);
 * - the main menu reaches the audiences, the sectors, the themed investigations and the expert
 *   schools at 320 px (a disclosure that works without JavaScript) and at 1280 px (always open),
 *   and the audience and sector overviews it links to link every audience and sector page.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIENCES } from '../../src/schemas/audience.ts';
import { SECTOR_PAGES } from '../../src/lib/framework/sector-pages.ts';
import { baseUrl, launchBrowser } from './browser.ts';
import { routePages } from './route-pages.ts';
import { islandReady, routeAddress } from './route-states.ts';
import { allPages } from './site.ts';

const LANDMARK_RULES = axe
  .getRules()
  .map((r) => r.ruleId)
  .filter((id) => id.startsWith('landmark-') || id === 'region');
const WIDTHS = { '320 px': { width: 320, height: 640 }, '1280 px': { width: 1280, height: 900 } } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(width: keyof typeof WIDTHS, path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: WIDTHS[width], javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}${path}`);
  return page;
}

it('checks the landmark rules axe-core has, unique names and regions among them', () => {
  expect(LANDMARK_RULES).toEqual(expect.arrayContaining(['landmark-unique', 'region', 'landmark-one-main', 'landmark-no-duplicate-banner']));
});

// At 1280 px, where the whole menu shows: landmarks do not change with the width.
describe('landmarks', () => {
  it.each(routePages().map((r) => [r.name, r] as const))('%s: every landmark unique and named, all content inside one', async (_name, route) => {
    const page = await open('1280 px', await routeAddress(route));
    await islandReady(page);
    const results = await new AxeBuilder({ page }).withRules(LANDMARK_RULES).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(violations).toEqual([]);
    // The rules ran on this page (an empty result from rules that did not apply proves nothing).
    expect(results.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['landmark-one-main', 'landmark-unique', 'region']));
    await page.context().close();
  });
});

/** The sections the main menu must reach on every width. */
const SECTIONS = { audiences: '/voor-wie/', sectors: '/sectoren/', investigations: '/themaonderzoeken/', 'expert schools': '/expertscholen/', supervision: '/toezicht/' };

describe('the main menu', () => {
  const menuLinks = (page: Page) =>
    page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link')
      .evaluateAll((links) => links.filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')));

  it('at 320 px, without JavaScript: folded, leaves the site name and the search button in view, and opens with the keyboard', async () => {
    const page = await open('320 px', '/onderzoekskader/2021/', false);
    expect(await menuLinks(page), 'dicht').toEqual([]);
    // The toggle never covers the site name, and the search button is whole on the screen.
    const brand = (await page.locator('.kp-header__brand').boundingBox())!;
    const toggle = (await page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('summary').boundingBox())!;
    expect(brand.x + brand.width, 'naam van de site naast de menuknop').toBeLessThanOrEqual(toggle.x);
    const button = (await page.getByRole('search', { name: 'Zoeken op de hele site' }).getByRole('button', { name: 'Zoeken' }).boundingBox())!;
    expect(button.x + button.width).toBeLessThanOrEqual(320);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await menuLinks(page)).toEqual(expect.arrayContaining(Object.values(SECTIONS)));
    await page.context().close();
  });

  it('at 1280 px: every section in view without opening anything', async () => {
    const page = await open('1280 px', '/onderzoekskader/2021/');
    expect(await menuLinks(page)).toEqual(expect.arrayContaining(Object.values(SECTIONS)));
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('summary').isVisible()).toBe(false);
    await page.context().close();
  });

  it.each([320, 375, 800, 1280])('at %s px, opened: no label runs out of its link or into another', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/`);
    await page.evaluate(() => document.querySelector<HTMLDetailsElement>('.kp-menu')!.setAttribute('open', ''));
    const clashes = await page.getByRole('navigation', { name: 'Hoofdmenu' }).evaluate((nav) => {
      const links = [...nav.querySelectorAll('a')].map((a) => {
        const text = document.createRange();
        text.selectNodeContents(a);
        return { label: a.textContent!.trim(), box: a.getBoundingClientRect(), text: text.getBoundingClientRect() };
      });
      const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      return [
        ...links.filter((l) => l.text.right > l.box.right + 1 || l.text.left < l.box.left - 1).map((l) => `${l.label} loopt uit zijn link`),
        ...links.flatMap((a, i) => links.slice(i + 1).filter((b) => overlap(a.box, b.box) || overlap(a.text, b.text)).map((b) => `${a.label} overlapt ${b.label}`)),
      ];
    });
    expect(clashes).toEqual([]);
    await context.close();
  });

  it('marks the section a reader is in', async () => {
    const page = await open('1280 px', '/voor-wie/ouders/');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.locator('a[aria-current]').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]))).toEqual([['/voor-wie/', 'true']]);
    await page.goto(`${baseUrl()}/voor-wie/`);
    expect(await nav.locator('a[aria-current]').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]))).toEqual([['/voor-wie/', 'page']]);
    await page.context().close();
  });

  it.each([
    ['audiences', SECTIONS.audiences, AUDIENCES.map((a) => `/voor-wie/${a}/`)],
    ['sectors', SECTIONS.sectors, SECTOR_PAGES.map((g) => `/sectoren/${g.slug}/`)],
  ])('leads to every page of the %s: its overview links each one', async (_what, overview, pages) => {
    const page = await open('1280 px', overview);
    const linked = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(linked).toEqual(expect.arrayContaining(pages.filter((p) => allPages().includes(p))));
    await page.context().close();
  });
});
