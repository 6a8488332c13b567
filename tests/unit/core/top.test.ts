import { describe, expect, it } from 'vitest';
import { insertTop, topN } from '../../../src/core/top.ts';

/** Deterministic pseudo-random integers, so a failure can be reproduced. */
function numbers(count: number, seed: number, range: number): number[] {
  let s = seed;
  return Array.from({ length: count }, () => ((s = (s * 1664525 + 1013904223) % 2 ** 32) % range));
}

describe('topN', () => {
  it('equals a stable sort followed by slice, ties included', () => {
    for (const seed of [1, 2, 3, 42]) {
      // Objects with many equal keys: the arrival order of equals must survive, as in Array#sort.
      const items = numbers(300, seed, 20).map((key, i) => ({ key, i }));
      const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
      for (const max of [0, 1, 6, 50, 400]) expect(topN(items, max, byKey)).toEqual([...items].sort(byKey).slice(0, max));
    }
  });

  it('keeps the list short while inserting', () => {
    const best: number[] = [];
    for (const n of [5, 3, 9, 1, 7, 3]) insertTop(best, n, 3, (a, b) => a - b);
    expect(best).toEqual([1, 3, 3]);
  });
});
