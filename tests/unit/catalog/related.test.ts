import { describe, expect, it } from 'vitest';
import type { ItemSummary } from '../../../src/lib/catalog/items.ts';
import { relatedItems, relatednessScore } from '../../../src/lib/catalog/related.ts';

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

describe('relatedItems at scale', () => {
  /** The rule written the slow, obvious way: score all, sort all, then pick. */
  function reference(target: ItemSummary, candidates: ItemSummary[], max = 6): string[] {
    const scored = candidates
      .filter((c) => c !== target)
      .map((c) => ({ c, s: relatednessScore(target, c) }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s || b.c.date.getTime() - a.c.date.getTime() || a.c.title.localeCompare(b.c.title, 'nl'))
      .map((x) => x.c);
    const picked: ItemSummary[] = [];
    for (const c of scored) if (picked.length < max && picked.filter((p) => p.collection === c.collection).length < 2) picked.push(c);
    for (const c of scored) if (picked.length < max && !picked.includes(c)) picked.push(c);
    return picked.map((p) => p.id);
  }

  it('picks exactly what scoring and sorting every candidate would pick', () => {
    const types = ['practices', 'brochures', 'podcasts', 'webinars'] as const;
    const pool = Array.from({ length: 400 }, (_, i) =>
      item({
        collection: types[i % 4]!,
        themes: [['lezen', 'rekenen', 'burgerschap'][i % 3]!],
        // More than 32 distinct standards, so the bit sets span several words.
        standards: i % 5 === 0 ? ['2021/op0', `2021/x${i % 45}`] : [`2021/x${i % 45}`],
        sectors: i % 2 ? ['po'] : ['vo'],
        // Many equal dates, so the title tie-break matters too.
        date: new Date(2026, 0, 1 + (i % 7)),
      }),
    );
    for (const target of pool.slice(0, 40)) expect(relatedItems(target, pool).map((i) => i.id)).toEqual(reference(target, pool));
  });
});
