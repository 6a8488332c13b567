/** Cache keys must depend on values only: same data in any order gives the same key, any change a different one. */
import { describe, expect, it } from 'vitest';
import { digest, stableJson } from '../../../src/lib/site/cache-key.ts';

describe('stableJson', () => {
  it('sorts object keys at every depth, so assembly order does not matter', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe('{"a":{"c":[3,{"e":5,"f":4}],"d":2},"b":1}');
  });

  it('writes dates as ISO text, Maps and Sets sorted, and drops undefined fields', () => {
    const date = new Date('2026-11-30T02:00:00Z');
    expect(stableJson({ date, gone: undefined })).toBe('{"date":"2026-11-30T02:00:00.000Z"}');
    expect(stableJson(new Map([['b', 1], ['a', 2]]))).toBe(stableJson(new Map([['a', 2], ['b', 1]])));
    expect(stableJson(new Set(['x', 'y']))).toBe(stableJson(new Set(['y', 'x'])));
    expect(stableJson({ d: new Date('invalid') })).toBe('{"d":"Invalid Date"}');
  });
});

describe('digest', () => {
  const item = { title: 'Pesten aanpakken', date: new Date('2025-03-01T00:00:00Z'), themes: ['sociale-veiligheid'] };

  it('is the same for equal data and 32 hex characters long', () => {
    expect(digest(item, 'x')).toMatch(/^[0-9a-f]{32}$/);
    expect(digest({ ...item }, 'x')).toBe(digest(item, 'x'));
  });

  it('changes with any field, any list order and the order of its parts', () => {
    const base = digest(item, 'x');
    expect(digest({ ...item, title: 'Pesten aanpakken!' }, 'x')).not.toBe(base);
    expect(digest({ ...item, date: new Date('2025-03-02T00:00:00Z') }, 'x')).not.toBe(base);
    expect(digest({ ...item, themes: ['sociale-veiligheid', 'burgerschap'] }, 'x')).not.toBe(base);
    expect(digest('x', item)).not.toBe(base);
    expect(digest(['a', 'b'])).not.toBe(digest(['b', 'a']));
  });

  it('does not confuse values that print alike', () => {
    expect(digest('1')).not.toBe(digest(1));
    expect(digest(['a,b'])).not.toBe(digest(['a', 'b']));
    expect(digest(null)).not.toBe(digest('null'));
  });
});
