import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAnd, listOr, plural, t } from '../../../src/i18n/t.ts';

describe('i18n', () => {
  it('fills placeholders', () => {
    expect(t('pagination.page', { n: 3 })).toBe('Pagina 3');
  });

  it('throws on a missing placeholder, so a broken string cannot reach a page', () => {
    expect(() => t('pagination.page')).toThrow('geen waarde voor {n}');
  });

  it('picks Dutch plural forms', () => {
    expect(plural('check.errors', 1)).toBe('1 fout');
    expect(plural('check.errors', 0)).toBe('0 fouten');
    expect(plural('check.errors', 2)).toBe('2 fouten');
    expect(plural('check.warnings', 1)).toBe('1 waarschuwing');
  });

  it('formats lists the Dutch way', () => {
    expect(listAnd(['a', 'b', 'c'])).toBe('a, b en c');
    expect(listOr(['po', 'vo'])).toBe('po of vo');
  });

  it('npm run check output has no "(en)" plural shortcuts', () => {
    const check = readFileSync(join(import.meta.dirname, '../../../scripts/content/check.ts'), 'utf8');
    expect(check).not.toMatch(/[a-z]\(en\)/);
    const nl = JSON.parse(readFileSync(join(import.meta.dirname, '../../../src/i18n/nl.json'), 'utf8')) as Record<string, string>;
    expect(Object.entries(nl).filter(([k, v]) => k.startsWith('check.') && /\w\((en|s)\)/.test(v))).toEqual([]);
  });
});
