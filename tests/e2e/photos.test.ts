/**
 * Photos as editors have them: a 3.9 MB phone photo in the sample content (public/images/) reaches
 * readers as small WebP copies in several widths with a JPEG fallback, and the original is not
 * published. Every <img> on every page carries width and height (no layout shift).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToHast } from 'satteri';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, VIEWPORTS } from './browser.ts';
import { allPages, DIST, readDist } from './site.ts';

const PAGE = '/goede-voorbeelden/doorlopende-leerlijn-rekenen/';
const ORIGINAL = 'public/images/lokaal-met-rekentafel.jpg';

// Pages read with a real HTML parser (Sätteri's, as in no-script-urls.test.ts).
type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[] };
function elements(node: Node, name: string, out: Node[] = []): Node[] {
  if (node.type === 'element' && node.tagName === name) out.push(node);
  for (const child of node.children ?? []) elements(child, name, out);
  return out;
}
const attr = (n: Node, name: string): string | undefined => {
  const v = n.properties?.[name];
  return v === undefined || v === null ? undefined : Array.isArray(v) ? v.join(', ') : String(v);
};
const parse = (html: string) => htmlToHast(html) as unknown as Node;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('photos', () => {
  it('the sample photo is a phone original of several megabytes', () => {
    expect(statSync(ORIGINAL).size).toBeGreaterThan(3_000_000);
  });

  it('reaches the page as WebP in three widths with a JPEG fallback, width, height and sizes', () => {
    const doc = parse(readDist(`${PAGE.slice(1)}index.html`));
    const [picture] = elements(doc, 'picture');
    expect(picture).toBeDefined();
    const source = elements(picture!, 'source')[0]!;
    expect(attr(source, 'type')).toBe('image/webp');
    expect(attr(source, 'srcSet')?.split(',').map((c) => c.trim().split(' ')[1])).toEqual(['480w', '880w', '1320w']);
    expect(attr(source, 'sizes')).toBeTruthy();
    const img = elements(picture!, 'img')[0]!;
    expect(attr(img, 'src')).toMatch(/^\/_astro\/.+\.jpg$/);
    expect(Number(attr(img, 'width'))).toBeGreaterThan(0);
    expect(Number(attr(img, 'height'))).toBeGreaterThan(0);
    expect(attr(img, 'alt')!.length).toBeGreaterThan(5);
  });

  it('a phone loads one small copy, not the original', async () => {
    const page = await openPage(browser, { viewport: VIEWPORTS.phone, deviceScaleFactor: 2 });
    const images: { url: string; bytes: number }[] = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'image') images.push({ url: r.url(), bytes: (await r.body().catch(() => Buffer.alloc(0))).length });
    });
    await page.goto(`${baseUrl()}${PAGE}`);
    await page.locator('picture img').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector('picture img') as HTMLImageElement | null)?.complete === true);
    const photo = images.filter((i) => i.url.includes('lokaal-met-rekentafel'));
    expect(photo).toHaveLength(1);
    expect(photo[0]!.url).toMatch(/\.webp$/);
    expect(photo[0]!.bytes).toBeLessThan(100_000);
    await page.context().close();
  });

  it('publishes no original: not in dist/images/, not in dist/_astro/', () => {
    expect(existsSync(join(DIST, 'images/lokaal-met-rekentafel.jpg'))).toBe(false);
    const copies = readdirSync(join(DIST, '_astro')).filter((f) => f.startsWith('lokaal-met-rekentafel.'));
    expect(copies.length).toBeGreaterThanOrEqual(6);
    // The resized copies are small; the 3.9 MB original is not among them.
    expect(copies.filter((f) => statSync(join(DIST, '_astro', f)).size > 300_000)).toEqual([]);
  });

  it('every <img> on every page has a width and a height', () => {
    const missing: string[] = [];
    for (const path of allPages()) {
      for (const img of elements(parse(readDist(`${path.slice(1)}index.html`)), 'img')) {
        if (!attr(img, 'width') || !attr(img, 'height')) missing.push(`${path} ${attr(img, 'src')}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
