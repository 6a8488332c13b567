/**
 * How the browser tests open each route so its island shows what a reader sees: the search page
 * with results, a feedback page and a board page from a signed (demonstration) link. Every other
 * route is opened at its own address.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { demoBoardLink, demoSchoolLink } from './feedback.ts';
import type { RoutePage } from './route-pages.ts';

const ADDRESSES: Record<string, () => Promise<string>> = {
  'zoeken/index.astro': async () => '/zoeken/?q=lezen',
  'themaonderzoeken/[id]/terugkoppeling.astro': demoSchoolLink,
  'themaonderzoeken/[id]/bestuur.astro': demoBoardLink,
};

/** The address (path, query, fragment) to open a route page at. */
export function routeAddress(route: RoutePage): Promise<string> {
  return ADDRESSES[route.name]?.() ?? Promise.resolve(route.path);
}

/** Answers an externally hosted webinar recording locally (no internet here), so it can be framed. */
export async function answerExternalRecordings(context: BrowserContext): Promise<void> {
  await context.route('https://voorbeeld.example/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>opname</title><p>opname</p>' }));
}

/** Waits until the page's island has drawn what it shows first (results, a report), if it has one. */
export async function islandReady(page: Page): Promise<void> {
  const url = new URL(page.url());
  if (url.pathname === '/zoeken/') await page.locator('.kp-zoeken__result').first().waitFor({ timeout: 20_000 });
  if (/\/(terugkoppeling|bestuur)\/$/.test(url.pathname)) await page.locator('[data-authenticity=demo]').first().waitFor();
}
