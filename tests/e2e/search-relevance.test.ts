/**
 * The relevance table (search-relevance.ts) run through the search page in Chromium against the
 * built site: mean nDCG@5 and success@3 must not fall below the level recorded in the README.
 * KP_RELEVANCE_REPORT=1 prints the figures per kind of query (for the README table).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarise } from '../../src/lib/search/relevance.ts';
import { baseUrl, launchBrowser, openPage } from './browser.ts';
import { RELEVANCE_QUERIES } from './search-relevance.ts';
import { searchFirstPage } from './search-results.ts';

/**
 * Recorded with the compound-aware index on the rewritten sample content (README, "Search quality");
 * raise when search gets better, never lower it to make a change pass.
 */
const RECORDED = { ndcg5: 0.89, success3: 0.94 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function rankedTitles(page: Page, query: string): Promise<string[]> {
  await searchFirstPage(page, baseUrl(), query);
  return page.locator('.kp-zoeken__result h3 a').allInnerTexts();
}

describe('search relevance table', () => {
  it('has at least 60 queries of every kind', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(RELEVANCE_QUERIES.map((q) => q.kind)).size).toBe(7);
  });

  it('keeps nDCG@5 and success@3 at or above the recorded level', { timeout: 240_000 }, async () => {
    const page = await openPage(browser);
    const runs = [];
    for (const q of RELEVANCE_QUERIES) runs.push({ ...q, ranked: (await rankedTitles(page, q.query)).slice(0, 5) });
    await page.context().close();
    const total = summarise(runs);
    if (process.env.KP_RELEVANCE_REPORT) {
      const kinds = [...new Set(runs.map((r) => r.kind))];
      for (const kind of [...kinds, 'alle']) {
        const s = summarise(runs.filter((r) => kind === 'alle' || r.kind === kind));
        console.log(`| ${kind} | ${s.queries} | ${s.ndcg5.toFixed(3)} | ${s.success3.toFixed(3)} |`);
      }
      for (const r of runs) if (summarise([r]).success3 < 1) console.log(`miss: ${r.query} → ${r.ranked.slice(0, 3).join(' | ')}`);
    }
    expect(total.ndcg5).toBeGreaterThanOrEqual(RECORDED.ndcg5);
    expect(total.success3).toBeGreaterThanOrEqual(RECORDED.success3);
  });
});
