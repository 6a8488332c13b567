import { describe, expect, it } from 'vitest';
import { ndcgAt, successAt, summarise, titleKey } from '../../../src/lib/search/relevance.ts';

const judged = { 'Sociale veiligheid': 3, 'SK1 Veiligheid': 2, 'Veilig op school': 1 };

describe('titleKey', () => {
  it('ignores case, punctuation and a leading standard code', () => {
    expect(titleKey('VS1 Veiligheid')).toBe(titleKey('SK1 veiligheid'));
    expect(titleKey('Burgerschap: democratie oefenen op school')).toBe('burgerschap democratie oefenen op school');
    expect(titleKey('Basisvaardigheden')).not.toBe(titleKey('Basisvaardigheden in de klas'));
  });
});

describe('ndcgAt', () => {
  it('is 1 for the ideal order and less for a worse one', () => {
    expect(ndcgAt(['Sociale veiligheid', 'VS1 Veiligheid', 'Veilig op school'], judged)).toBeCloseTo(1);
    const swapped = ndcgAt(['Veilig op school', 'VS1 Veiligheid', 'Sociale veiligheid'], judged);
    expect(swapped).toBeLessThan(1);
    expect(swapped).toBeGreaterThan(0);
  });

  it('computes the textbook value', () => {
    // DCG = (2^1-1)/log2(2) + (2^3-1)/log2(3) = 1 + 4.4165; IDCG = 7 + 3/log2(3) + 1/2 = 9.3928
    expect(ndcgAt(['Veilig op school', 'Sociale veiligheid'], judged)).toBeCloseTo(5.4165 / 9.3928, 3);
  });

  it('is 0 when nothing relevant is found, and counts a title shown twice once', () => {
    expect(ndcgAt(['Iets anders'], judged)).toBe(0);
    expect(ndcgAt([], judged)).toBe(0);
    expect(ndcgAt(['Sociale veiligheid', 'Sociale veiligheid'], { 'Sociale veiligheid': 3 })).toBeCloseTo(1);
    expect(ndcgAt(['SK1 Veiligheid', 'VS1 Veiligheid'], { 'Veiligheid': 2, 'Klimaat': 2 })).toBeLessThan(1);
  });

  it('looks only at the first k results', () => {
    expect(ndcgAt(['a', 'b', 'c', 'd', 'e', 'Sociale veiligheid'], { 'Sociale veiligheid': 3 })).toBe(0);
  });
});

describe('successAt', () => {
  it('needs a page with the highest grade in the top 3', () => {
    expect(successAt(['x', 'y', 'Sociale veiligheid'], judged)).toBe(1);
    expect(successAt(['SK1 Veiligheid', 'Veilig op school', 'x', 'Sociale veiligheid'], judged)).toBe(0);
  });
});

describe('summarise', () => {
  it('averages over the queries', () => {
    const s = summarise([
      { ranked: ['Sociale veiligheid'], judgements: { 'Sociale veiligheid': 3 } },
      { ranked: ['x'], judgements: { 'Sociale veiligheid': 3 } },
    ]);
    expect(s).toEqual({ queries: 2, ndcg5: 0.5, success3: 0.5 });
  });
});
