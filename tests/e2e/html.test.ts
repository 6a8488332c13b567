/** Every built page is valid HTML (html-validate, recommended rules with a few documented exceptions). */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { allPages, readDist } from './site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes boolean attributes and void elements its own way; both are valid HTML.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Long Dutch words in prose are fine; inline styles come from Astro's scoped CSS hoisting.
    'long-title': 'off',
    'no-inline-style': 'off',
    // JSON-LD and Astro's island scripts are inline by design.
    'script-type': 'off',
    // React's server renderer writes camelCase attributes (autoComplete); HTML attribute names are case-insensitive.
    'attr-case': 'off',
  },
});

describe('HTML validation', () => {
  it('finds no errors on any page', async () => {
    const problems: string[] = [];
    for (const path of allPages()) {
      const report = await validator.validateString(readDist(`${path.slice(1)}index.html`), path);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(problems.slice(0, 30)).toEqual([]);
  }, 120_000);
});
