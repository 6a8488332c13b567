/** npm run check refuses an investigation with the same indicator id twice, naming both lines. */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { LoadedEntry } from '../../../src/lib/check/context.ts';
import { problemCollector } from '../../../src/lib/check/run.ts';
import { parseContentSource } from '../../../src/lib/content/source.ts';
import { CONTENT_CHECKS } from '../../../src/lib/check/registry.ts';
import { uniqueIndicators } from '../../../src/lib/check/unique-indicators.ts';
import { INVESTIGATION_FRONTMATTER } from '../feedback/fixtures-investigation.ts';

function run(frontmatter: typeof INVESTIGATION_FRONTMATTER) {
  const text = `---\n${stringify(frontmatter)}---\n\nTekst.\n`;
  const source = parseContentSource(text, false);
  const entry: LoadedEntry = { collection: 'investigations', id: 'x', file: 'content/investigations/x.md', data: frontmatter as unknown as Record<string, unknown>, source, text };
  const { problems, add, warn } = problemCollector();
  void uniqueIndicators({ root: '.', now: new Date(), entries: [entry], index: new Map(), add, warn });
  return { problems, lines: text.split('\n') };
}

describe('unique indicator ids', () => {
  it('is registered', () => {
    expect(CONTENT_CHECKS).toContain(uniqueIndicators);
  });

  it('accepts distinct ids', () => {
    expect(run(INVESTIGATION_FRONTMATTER).problems).toEqual([]);
  });

  it('names the duplicate, its line and the first one', () => {
    const [a, b, c] = INVESTIGATION_FRONTMATTER.indicators;
    const { problems, lines } = run({ ...INVESTIGATION_FRONTMATTER, indicators: [a!, b!, { ...c!, id: 'leestijd' }] });
    expect(problems).toHaveLength(1);
    const p = problems[0]!;
    expect(p).toMatchObject({ file: 'content/investigations/x.md', field: 'indicators.2.id' });
    expect(p.message).toMatch(/^indicator-id "leestijd" staat er al \(indicator 1, regel \d+\); geef elke indicator een eigen id$/);
    expect(lines[p.line - 1]).toMatch(/id: leestijd/);
  });
});
