/**
 * The facts the after-build steps read from a built file (src/lib/site/built-file-facts.ts) say what
 * reading the text itself said: whether an image in dist/_astro/ is named (as `text.includes`),
 * the media paths (mediaReferences) and the page's first CSP (headPolicies).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtFileFacts, judgeableAsset, namesAsset } from '../../../src/lib/site/built-file-facts.ts';
import { headPolicies } from '../../../src/lib/site/csp-meta.ts';
import { mediaReferences } from '../../../src/lib/media/media-references.ts';

const NAMES = ['foto.Bx1_a.webp', 'foto.Bx1_a.webp.jpg', 'foto.jpg', 'a.png', 'BaseLayout.9gRUD4X5.css'];
const fragment = fc.oneof(
  fc.constantFrom('/_astro/', '/_astro//_astro/', '"', "'", ' ', ',', ';', '(', ')', '<', '>', '\n', 'srcset="', ' 2x, ', 'url(', '?v=1', '#x', 'https://example.org'),
  fc.constantFrom(...NAMES),
  fc.string({ maxLength: 6 }),
);

describe('built file facts', () => {
  it('an image is named exactly when the text contains /_astro/ and its name', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), fc.constantFrom(...NAMES), (parts, image) => {
        const text = parts.join('');
        expect(judgeableAsset(image)).toBe(true);
        expect(namesAsset(builtFileFacts(text, false), image)).toBe(text.includes(`/_astro/${image}`));
      }),
      { numRuns: 3000 },
    );
  });

  it('a name with a character that ends a name is left to the text itself', () => {
    expect(judgeableAsset('foto met spatie.png')).toBe(false);
    expect(judgeableAsset("o'neill.png")).toBe(false);
  });

  it('media paths and the first CSP are those of the readers they replace', () => {
    const page = '<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src \'none\'"><meta http-equiv="Content-Security-Policy" content="x"></head><body><a href="/media/a%20b.mp3">a</a><img src="https://kennisplatform.example/images/x.png"></body></html>';
    const facts = builtFileFacts(page, true);
    expect(facts.csp).toBe(headPolicies(page, { firstCspOnly: true }).csp[0]);
    expect(facts.media).toEqual([...mediaReferences(page)]);
    expect(builtFileFacts(page, false).csp).toBeUndefined();
  });
});
