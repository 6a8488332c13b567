/** Crawls the built site from the home page: every internal link and image must resolve. */
import { LinkChecker } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { baseUrl } from './browser.ts';
import { allPages } from './site.ts';

describe('links', () => {
  it('has no broken internal links or missing images', async () => {
    const base = baseUrl();
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${base}/`,
      recurse: true,
      concurrency: 20,
      // On a loaded machine a local request can fail at the network level (status 0); retry those
      // a few times so only links that really do not resolve fail the test.
      retryErrors: true,
      retryErrorsCount: 3,
      retryErrorsJitter: 500,
      // Only our own site: external links are not fetched (no network here, and not ours to test).
      linksToSkip: async (link: string) => !link.startsWith(base),
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.status} ${l.url} (op ${l.parent})`);
    expect(broken).toEqual([]);
    const crawledPages = new Set(result.links.filter((l) => l.state === 'OK' && l.url.endsWith('/')).map((l) => new URL(l.url).pathname));
    // Every built page is reachable by links from the home page (nothing orphaned).
    const orphans = allPages().filter((p) => p !== '/404/' && !crawledPages.has(p));
    expect(orphans).toEqual([]);
  }, 180_000);
});
