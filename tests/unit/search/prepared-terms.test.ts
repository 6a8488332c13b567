/** Each page's added search terms, worked out once per page content (scripts/search/prepared-terms.ts). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { preparedTerms } from '../../../scripts/search/prepared-terms.ts';

const dir = mkdtempSync(join(tmpdir(), 'kp-termen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const terms = (word: string) => ({ kind: ['podcast'], synonyms: [], parts: [word] });

describe('prepared search terms', () => {
  it('works out a page once per run and per content, reuses it in the next run, and drops pages no longer there', () => {
    const file = join(dir, 'termen.json');
    let made = 0;
    const make = (word: string) => () => (made++, terms(word));
    const first = preparedTerms(file, 'ctx');
    expect(first.get('<p>lezen</p>', make('lezen'))).toEqual(terms('lezen'));
    expect(first.get('<p>lezen</p>', make('anders'))).toEqual(terms('lezen'));
    first.get('<p>weg</p>', make('weg'));
    expect(first.save()).toEqual({ reused: 0, made: 2 });

    const second = preparedTerms(file, 'ctx');
    expect(second.get('<p>lezen</p>', make('anders'))).toEqual(terms('lezen'));
    expect(second.get('<p>nieuw</p>', make('nieuw'))).toEqual(terms('nieuw'));
    expect(second.save()).toEqual({ reused: 1, made: 1 });
    expect(made).toBe(3);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).pages)).toHaveLength(2);
  });

  it('works everything out again when what the terms depend on changed (word list, synonyms, code)', () => {
    const file = join(dir, 'ander.json');
    preparedTerms(file, 'oud').get('<p>lezen</p>', () => terms('lezen'));
    const old = preparedTerms(file, 'oud');
    old.get('<p>lezen</p>', () => terms('lezen'));
    old.save();
    const changed = preparedTerms(file, 'nieuw');
    expect(changed.get('<p>lezen</p>', () => terms('lezing'))).toEqual(terms('lezing'));
    expect(changed.save()).toEqual({ reused: 0, made: 1 });
  });
});
