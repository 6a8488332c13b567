/**
 * WCAG 1.4.10 Reflow: no page scrolls sideways at 320, 360 or 375 px, nor on a 1280 px screen at
 * 400 % zoom (320 CSS px at device scale 4). One built page of every route pattern (route-pages.ts),
 * islands at work (search results, a feedback and a board report, the self-evaluation's tabs), and
 * again with every fold opened (the menu, filter panels, disclosures). Nothing visible may stick
 * out on the right; a table may scroll inside its own region, when the keyboard can reach that
 * region and it has a name. Screenshots at 320 px go to tests/screenshots/reflow-*.png.
 * Editors write titles, names and web addresses of any length: at 320 px each page is checked again
 * with a long unbroken address added to every text they write.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser } from './browser.ts';
import { routePages } from './route-pages.ts';
import { mayHaveScript } from './site.ts';
import { answerExternalRecordings, islandReady, routeAddress } from './route-states.ts';

export const REFLOW_WIDTHS: Record<string, BrowserContextOptions> = {
  '320 px': { viewport: { width: 320, height: 640 } },
  '360 px': { viewport: { width: 360, height: 740 } },
  '375 px': { viewport: { width: 375, height: 812 } },
  '1280 px at 400 %': { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 },
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('tests/screenshots', { recursive: true });
});
afterAll(() => browser?.close());

/** What sticks out on the right of the viewport, and scrolling regions a keyboard or screen reader cannot use. */
function reflowProblems(page: Page, state: string): Promise<string[]> {
  return page.evaluate((state) => {
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) => {
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} «${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}»`;
    };
    const clips = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width) problems.push(`${state}: de pagina is ${document.documentElement.scrollWidth} px breed bij ${width} px`);
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= width + 0.5) continue;
      // Inside a region that scrolls or clips on its own, within the page: judged as a region below.
      let holder = el.parentElement;
      while (holder && holder !== document.body && !clips(holder)) holder = holder.parentElement;
      if (holder && holder !== document.body && holder.getBoundingClientRect().right <= width + 0.5) continue;
      problems.push(`${state}: ${describe(el)} steekt ${Math.round(box.right - width)} px uit`);
    }
    for (const el of document.body.querySelectorAll('*')) {
      const overflow = getComputedStyle(el).overflowX;
      if ((overflow !== 'auto' && overflow !== 'scroll') || el.scrollWidth <= el.clientWidth + 1 || !el.checkVisibility()) continue;
      const named = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
      if ((el as HTMLElement).tabIndex < 0 || !named) problems.push(`${state}: ${describe(el)} schuift zijwaarts maar is ${named ? 'niet met het toetsenbord te bereiken' : 'naamloos'}`);
    }
    return problems;
  }, state);
}

/** Opens every fold a reader can open: <details> (the phone menu, filter panels) and collapsed disclosure buttons. */
async function openEveryFold(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const buttons = await page.locator('button[aria-expanded="false"]:visible').all();
  for (const button of buttons) await button.click();
  if (buttons.length) await page.waitForLoadState('networkidle');
}

/** Route-specific work beyond the first screen: answer a question and visit each tab, load an external recording. */
async function eachState(page: Page, check: (state: string) => Promise<void>): Promise<void> {
  const radio = page.locator('main input[type=radio]:visible').first();
  if (await radio.count()) await radio.check();
  for (const tab of await page.getByRole('tab').all()) {
    await tab.click();
    await check(`tab ${(await tab.innerText()).trim()}`);
  }
  const recording = page.getByRole('button', { name: /Laad de opname/ });
  if (await recording.count()) {
    await recording.click();
    await page.locator('iframe.kp-external-frame').waitFor();
    await check('opname geladen');
  }
}

describe.each(Object.entries(REFLOW_WIDTHS))('at %s', (widthName, options) => {
  it.each(routePages().map((r) => [r.name, r] as const))('%s reflows without sideways scrolling', async (_name, route) => {
    const context = await browser.newContext(options);
    await answerExternalRecordings(context);
    const page = await context.newPage();
    const address = await routeAddress(route);
    // Content pages have no script: 'load' is all there is to wait for.
    await page.goto(`${baseUrl()}${address}`, { waitUntil: mayHaveScript(route.path) ? 'networkidle' : 'load' });
    await islandReady(page);
    const problems: string[] = [];
    const check = async (state: string) => {
      problems.push(...(await reflowProblems(page, `${route.path} ${state}`)));
    };
    await check('geladen');
    if (widthName === '320 px') await page.screenshot({ path: `tests/screenshots/reflow-${route.name.replace(/[^a-z0-9]+/gi, '-')}-320.png` });
    await openEveryFold(page);
    await check('alles opengeklapt');
    await eachState(page, check);
    await context.close();
    expect(problems).toEqual([]);
  });
});

/** A web address an editor might paste: 90 characters without a space. */
const LONG_ADDRESS = 'https://www.onderwijsinspectie.nl/documenten/rapporten/2025/01/15/een-heel-lang-adres-zonder-spaties';

describe('a long web address in every text an editor writes, at 320 px', () => {
  it.each(routePages().map((r) => [r.name, r] as const))('%s still reflows', async (_name, route) => {
    const context = await browser.newContext(REFLOW_WIDTHS['320 px']);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${await routeAddress(route)}`, { waitUntil: mayHaveScript(route.path) ? 'networkidle' : 'load' });
    await islandReady(page);
    await openEveryFold(page);
    // Headings, paragraphs, list items, links, descriptions, cells and quotes of the main content;
    // not the site's own short words (buttons, form labels, column headings, marks such as ✓).
    const added = await page.evaluate((address) => {
      const texts = [...document.querySelectorAll('main :is(h1, h2, h3, h4, p, li, a, dd, td, th[scope=row], figcaption, blockquote, strong, em, span)')].filter(
        (el) => el.children.length === 0 && el.textContent!.trim() && !el.closest('button, label, summary, thead, .kp-visually-hidden, [aria-hidden=true]'),
      );
      for (const el of texts) el.textContent = `${el.textContent} ${address}`;
      return texts.length;
    }, LONG_ADDRESS);
    expect(added).toBeGreaterThan(0);
    const problems = await reflowProblems(page, `${route.path} met lang adres`);
    await context.close();
    expect(problems).toEqual([]);
  });
});
