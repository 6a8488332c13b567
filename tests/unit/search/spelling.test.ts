import { describe, expect, it } from 'vitest';
import { correctQuery, correctWord, editDistance, vocabulary, wordsToCorrect } from '../../../src/lib/search/spelling.ts';

const vocab = vocabulary(['Pesten aanpakken met de hele school', 'Begrijpend lezen in groep 5', 'Burgerschap en democratie', 'Rekenvaardigheid']);

describe('typo correction', () => {
  it('builds a lower-case vocabulary of longer words', () => {
    expect(vocab).toContain('pesten');
    expect(vocab).toContain('rekenvaardigheid');
    expect(vocab).not.toContain('de');
  });
  it('measures edits, counting a swap of neighbours as one', () => {
    expect(editDistance('pesten', 'pestne')).toBe(1);
    expect(editDistance('lezen', 'leezn')).toBe(1);
    expect(editDistance('lezen', 'lzn')).toBe(2);
    expect(editDistance('kort', 'heel lang woord', 2)).toBe(3);
  });
  it('corrects misspelled words and leaves correct and unknown ones', () => {
    expect(correctWord('pestne', vocab)).toBe('pesten');
    expect(correctWord('burgerschp', vocab)).toBe('burgerschap');
    expect(correctWord('lezen', vocab)).toBe('lezen');
    expect(correctWord('xylofoon', vocab)).toBe('xylofoon');
  });
  it('never replaces a word the caller knows as Dutch', () => {
    const withLijn = vocabulary(['Eén lijn in de aanpak', 'Samen tegen pesten']);
    expect(correctWord('mijn', withLijn)).toBe('lijn');
    const isDutch = (w: string) => ['mijn', 'kind', 'wordt', 'gepest'].includes(w);
    expect(correctWord('Mijn', withLijn, isDutch)).toBe('Mijn');
    expect(correctQuery('mijn kind wordt gepest', withLijn, isDutch)).toBeUndefined();
    expect(correctQuery('mijn kind pestne', withLijn, isDutch)).toBe('mijn kind pesten');
    expect(wordsToCorrect('Mijn kind pestne mijn', withLijn)).toEqual(['mijn', 'pestne']);
  });
  it('corrects a whole query or says nothing changed', () => {
    expect(correctQuery('begrijpnd lezen', vocab)).toBe('begrijpend lezen');
    expect(correctQuery('pesten', vocab)).toBeUndefined();
  });
});
