/**
 * The search page's results as a reader who scrolls down sees them: the page shows the first few
 * results at once and the rest of the first page (ten) when the end of the list comes near the
 * screen (src/components/islands/search/Search.tsx), so ranking tests scroll there first.
 */
import type { Page } from 'playwright-core';

/** Opens /zoeken/?q=…, waits for the count, scrolls to the end of the list and waits for the first page of results. */
export async function searchFirstPage(page: Page, baseUrl: string, query: string): Promise<void> {
  await page.goto(`${baseUrl}/zoeken/?q=${encodeURIComponent(query)}`);
  const status = page.getByRole('status').filter({ hasText: /resultaat|resultaten/ });
  await status.waitFor();
  const total = Number(/^(\d+)/.exec(await status.innerText())?.[1] ?? 0);
  const more = page.getByRole('button', { name: 'Meer resultaten tonen' });
  if (await more.count()) await more.scrollIntoViewIfNeeded();
  await page.waitForFunction((n) => document.querySelectorAll('.kp-zoeken__results[data-query] .kp-zoeken__result').length >= n, Math.min(total, 10));
}
