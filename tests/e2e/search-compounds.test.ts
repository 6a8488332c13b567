/**
 * Compounds over the whole sample site, in Chromium against the built index: searching the last
 * part of a compound ("cultuur") finds at least 90 % of the pages that hold the compound
 * ("kwaliteitscultuur") but not that part on its own, and pages that do hold the word itself
 * still come first. Compounds are the hand-split list in tests/fixtures/compounds/, not the
 * splitter's own output.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERMS_ANCHOR } from '../../src/lib/search/excerpt.ts';
import { KNOWN_SPLITS } from '../fixtures/compounds/splits.ts';
import { baseUrl, launchBrowser, openPage } from './browser.ts';

interface IndexedPage {
  url: string;
  /** Lower-case words of the page's own indexed text (without the added terms region). */
  words: string[];
}

// Pagefind's browser API, loaded into the page as a module (a dynamic import inside evaluate would be rewritten by Vitest).
interface PagefindApi {
  search: (q: string | null) => Promise<{ results: { data: () => Promise<never> }[] }>;
}

let browser: Browser;
let page: Page;
let pages: IndexedPage[];

/** Every page in the index with its indexed text, read through Pagefind's own API. */
async function indexedPages(p: Page): Promise<IndexedPage[]> {
  const raw = await p.evaluate(async () => {
    const pf = (window as unknown as { kpPagefind: PagefindApi }).kpPagefind;
    const res = await pf.search(null);
    return Promise.all(res.results.map(async (r) => {
      const d: { url: string; content: string; anchors: { id: string; location: number }[] } = await r.data();
      return { url: d.url, content: d.content, anchors: d.anchors };
    }));
  });
  return raw.map((d: { url: string; content: string; anchors: { id: string; location: number }[] }) => {
    const end = d.anchors.find((a) => a.id === TERMS_ANCHOR)?.location ?? Infinity;
    const own = d.content.split(/\s+/).slice(0, end).join(' ');
    return { url: d.url, words: own.toLowerCase().match(/[a-zà-ÿ]+/g) ?? [] };
  });
}

async function searchUrls(p: Page, query: string): Promise<string[]> {
  return p.evaluate(async (q) => {
    const pf = (window as unknown as { kpPagefind: PagefindApi }).kpPagefind;
    const res = await pf.search(q);
    return Promise.all(res.results.map(async (r) => ((await r.data()) as { url: string }).url));
  }, query);
}

/** Results of a query with where they matched, and where each page's added terms region starts. */
async function searchHits(p: Page, query: string): Promise<{ url: string; locations: number[]; termsAt: number }[]> {
  return p.evaluate(
    async ([q, anchor]) => {
      const pf = (window as unknown as { kpPagefind: PagefindApi }).kpPagefind;
      const res = await pf.search(q);
      return Promise.all(
        res.results.map(async (r) => {
          const d = (await r.data()) as { url: string; locations: number[]; anchors: { id: string; location: number }[] };
          return { url: d.url, locations: d.locations, termsAt: d.anchors.find((a) => a.id === anchor)?.location ?? Number.MAX_SAFE_INTEGER };
        }),
      );
    },
    [query, TERMS_ANCHOR] as const,
  );
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser);
  await page.goto(`${baseUrl()}/zoeken/`);
  // Loaded from the page's own origin: the site's CSP refuses an inline script tag.
  // (a string, so Vitest leaves the import() alone).
  await page.evaluate("import('/pagefind/pagefind.js').then((pf) => { window.kpPagefind = pf; })");
  pages = await indexedPages(page);
});
afterAll(() => browser?.close());

const compounds = KNOWN_SPLITS.filter((k) => k.expected).map((k) => ({ word: k.word, tail: k.expected!.at(-1)! }));
const holds = (words: string[], prefix: string) => words.some((w) => w.startsWith(prefix));

describe('compound parts over the whole sample site', () => {
  it('finds at least 90 % of the pages that hold a compound but not its last part', async () => {
    // (page, part) pairs: the page says "kwaliteitscultuur" (or a form of it) and no word starting with "cultuur".
    const cases = new Map<string, Set<string>>();
    for (const { word, tail } of compounds) {
      for (const p of pages) if (p.words.some((w) => w.startsWith(word)) && !holds(p.words, tail)) (cases.get(tail) ?? cases.set(tail, new Set()).get(tail)!).add(p.url);
    }
    let total = 0;
    const missed: string[] = [];
    for (const [tail, urls] of cases) {
      const found = new Set(await searchUrls(page, tail));
      for (const url of urls) {
        total++;
        if (!found.has(url)) missed.push(`${tail} → ${url}`);
      }
    }
    if (process.env.KP_RELEVANCE_REPORT) console.log(`compound pages found: ${total - missed.length} of ${total}; missed: ${missed.join(", ")}`);
    expect(total).toBeGreaterThanOrEqual(30);
    expect((total - missed.length) / total, `niet gevonden: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('ranks pages that match in their own text above pages found only through a compound part', async () => {
    // "Exact" is what Pagefind itself matches in the page text (its stemmer included: "beleid" also
    // finds "begeleiding"); a part-only hit has all its matches in the added terms region.
    const tails = [...new Set(compounds.map((c) => c.tail))];
    let pairs = 0;
    let inOrder = 0;
    const firstWrong: string[] = [];
    for (const tail of tails) {
      const hits = await searchHits(page, tail);
      const own = hits.map((h) => h.locations.some((l) => l < h.termsAt));
      if (!own.includes(true) || !own.includes(false)) continue;
      if (!own[0]) firstWrong.push(`${tail}: ${hits[0]!.url}`);
      own.forEach((isOwn, i) => {
        if (!isOwn) return;
        for (let j = 0; j < own.length; j++) {
          if (own[j]) continue;
          pairs++;
          if (j > i) inOrder++;
        }
      });
    }
    if (process.env.KP_RELEVANCE_REPORT) console.log(`own-text before part-only: ${inOrder} of ${pairs} pairs; part-only first: ${firstWrong.join(', ')}`);
    expect(pairs).toBeGreaterThanOrEqual(50);
    expect(firstWrong).toEqual([]);
    expect(inOrder / pairs).toBeGreaterThanOrEqual(0.95);
  });
});
