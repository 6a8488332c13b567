import type { ItemSummary } from './items.ts';

/** Weights: a shared standard says more about relevance than a shared (broad) theme. */
const STANDARD_WEIGHT = 3;
const THEME_WEIGHT = 2;
const SECTOR_WEIGHT = 1;

const sharedCount = (x: readonly string[], y: readonly string[]) => x.filter((v) => y.includes(v)).length;

export function relatednessScore(a: ItemSummary, b: ItemSummary): number {
  const topical = sharedCount(a.standards, b.standards) * STANDARD_WEIGHT + sharedCount(a.themes, b.themes) * THEME_WEIGHT;
  // Sectors only break ties between items that already share a theme or standard.
  return topical === 0 ? 0 : topical + sharedCount(a.sectors, b.sectors) * SECTOR_WEIGHT;
}

/**
 * Up to `max` (6) related items, chosen by shared standards and themes, with sectors as tie-breaker
 * and newest first among equals. At most two of one type while other types are available, so a
 * reader sees a mix. Linear in the number of candidates plus a sort of the matches.
 */
export function relatedItems(target: ItemSummary, candidates: readonly ItemSummary[], max = 6): ItemSummary[] {
  const scored = candidates
    .filter((item) => !(item.collection === target.collection && item.id === target.id))
    .map((item) => ({ item, score: relatednessScore(target, item) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || b.item.date.getTime() - a.item.date.getTime() || a.item.title.localeCompare(b.item.title, 'nl'));
  const picked: ItemSummary[] = [];
  const perType = new Map<string, number>();
  for (const { item } of scored) {
    if (picked.length === max) break;
    if ((perType.get(item.collection) ?? 0) >= 2) continue;
    picked.push(item);
    perType.set(item.collection, (perType.get(item.collection) ?? 0) + 1);
  }
  for (const { item } of scored) {
    if (picked.length >= max) break;
    if (!picked.includes(item)) picked.push(item);
  }
  return picked;
}
