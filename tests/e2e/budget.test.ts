/**
 * Performance budget on the built sample site (fails when exceeded):
 * - content pages ship no JavaScript (only search, the school tools and media pages may);
 * - CSS per page under 30 kB compressed; HTML + CSS per content page under 50 kB compressed.
 */
import { describe, expect, it } from 'vitest';
import { pageWeight as weigh } from '../../src/lib/site/page-weight.ts';
import { allPages, mayHaveScript, readDist } from './site.ts';

const CSS_BUDGET = 30_000;
const PAGE_BUDGET = 50_000;

const pageWeight = (path: string) => weigh(readDist(`${path.slice(1)}index.html`), (href) => readDist(href.slice(1)));

describe('performance budget', () => {
  const pages = allPages();

  it('builds a realistic number of pages', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('ships no JavaScript on content pages', () => {
    const offenders = pages.filter((p) => !mayHaveScript(p) && pageWeight(p).scripts > 0);
    expect(offenders).toEqual([]);
  });

  it(`keeps CSS under ${CSS_BUDGET / 1000} kB and HTML+CSS under ${PAGE_BUDGET / 1000} kB compressed on every page`, () => {
    const over = pages
      .map((p) => ({ p, ...pageWeight(p) }))
      .filter((w) => w.css > CSS_BUDGET || w.html + w.css > PAGE_BUDGET)
      .map((w) => `${w.p}: html ${w.html} B, css ${w.css} B`);
    expect(over).toEqual([]);
  });
});
