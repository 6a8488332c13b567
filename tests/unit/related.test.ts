import { describe, expect, it } from 'vitest';
import type { ItemSummary } from '../../src/lib/items.ts';
import { relatedItems, relatednessScore } from '../../src/lib/related.ts';

let n = 0;
function item(partial: Partial<ItemSummary>): ItemSummary {
  n += 1;
  return { collection: 'practices', id: `i${n}`, url: `/x/i${n}/`, title: `Item ${n}`, summary: '', date: new Date(2026, 0, n), themes: [], standards: [], sectors: [], draft: false, ...partial };
}

describe('relatedItems', () => {
  const target = item({ themes: ['lezen'], standards: ['2021/op0'], sectors: ['po'] });
  it('ranks a shared standard above a shared theme', () => {
    const byTheme = item({ themes: ['lezen'] });
    const byStandard = item({ standards: ['2021/op0'] });
    expect(relatedItems(target, [byTheme, byStandard]).map((i) => i.id)).toEqual([byStandard.id, byTheme.id]);
  });
  it('ignores items that share only a sector, and the item itself', () => {
    const sectorOnly = item({ sectors: ['po'] });
    expect(relatedItems(target, [target, sectorOnly])).toEqual([]);
    expect(relatednessScore(target, sectorOnly)).toBe(0);
  });
  it('returns at most six, mixing types (max two per type while others are available)', () => {
    const practices = Array.from({ length: 8 }, () => item({ themes: ['lezen'], standards: ['2021/op0'] }));
    const brochure = item({ collection: 'brochures', themes: ['lezen'] });
    const result = relatedItems(target, [...practices, brochure]);
    expect(result).toHaveLength(6);
    expect(result.slice(0, 3).map((i) => i.collection)).toEqual(['practices', 'practices', 'brochures']);
  });
  it('breaks ties by newest first', () => {
    const older = item({ themes: ['lezen'], date: new Date(2024, 0, 1) });
    const newer = item({ themes: ['lezen'], date: new Date(2026, 5, 1) });
    expect(relatedItems(target, [older, newer])[0]?.id).toBe(newer.id);
  });
});
