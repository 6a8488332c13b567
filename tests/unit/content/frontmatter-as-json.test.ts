/**
 * What the MDX compiler gets instead of the file (src/integrations/one-reader.ts): our reader's
 * fields as JSON on the lines the frontmatter had, the body untouched. The reader @astrojs/mdx uses
 * for frontmatter (js-yaml, through Astro's own splitter) must then read exactly our data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The frontmatter reader of @astrojs/mdx and astro (not a dependency of ours: imported to prove it agrees).
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { frontmatterAsJson } from '../../../src/lib/content/frontmatter-as-json.ts';
import { parseContentSource } from '../../../src/lib/content/source.ts';

const PRACTICE = readFileSync(join(import.meta.dirname, '../../fixtures/base/content/practices/lezen-in-groep-5.md'), 'utf8');

describe('MDX frontmatter from our reader', () => {
  it.each([
    ['the base practice', PRACTICE],
    ['a date that does not exist (js-yaml would roll it over to March)', PRACTICE.replace('publishDate: 2026-03-01', 'publishDate: 2026-02-30')],
    ['a byte-order mark and Windows line ends', `\uFEFF${PRACTICE.replace(/\n/g, '\r\n')}`],
    ['a body that starts with a rule (---)', PRACTICE.replace('Testtekst.\n', '---\n\nNa de lijn.\n---\n')],
    ['escapes and quotes', PRACTICE.replace(/^title: .*$/m, 'title: "Elke dag \\u00e9\\t\\" lezen: \'samen\'"')],
  ])('%s: the same data, the same body, on the same lines', (_, text) => {
    const ours = parseContentSource(text, false);
    const result = frontmatterAsJson(text);
    if (!('code' in result)) throw new Error(result.error.message);
    const theirs = parseFrontmatter(result.code, { frontmatter: 'empty-with-spaces' });
    expect(theirs.frontmatter).toEqual(ours.data);
    expect(result.code.split('\n').length).toBe(text.replace(/^\uFEFF/, '').split('\n').length);
    expect(result.code.endsWith(ours.body)).toBe(true);
    // Astro blanks the frontmatter for the compiler; what is left is our body, on its own line numbers.
    expect(theirs.content.trimStart()).toBe(ours.body.trimStart());
  });

  it('a file our reader refuses is not handed over', () => {
    const result = frontmatterAsJson(PRACTICE.replace('source: themaonderzoek', 'source: !include bron.yaml'));
    expect(result).toEqual({ error: expect.objectContaining({ line: 21, field: 'source' }) });
  });
});
