import type { ItemSummary } from './items.ts';
import { TagBits } from './tag-bits.ts';
import { dutchCollator, insertTop } from '../../core/top.ts';

/** Weights: a shared standard says more about relevance than a shared (broad) theme. */
const STANDARD_WEIGHT = 3;
const THEME_WEIGHT = 2;
const SECTOR_WEIGHT = 1;

const sharedCount = (x: readonly string[], y: readonly string[]) => new Set(x.filter((v) => y.includes(v))).size;

/** Shared standards, themes and (as tie-breaker only) sectors, weighted. The rule; the finder below computes the same faster. */
export function relatednessScore(a: ItemSummary, b: ItemSummary): number {
  return combine(sharedCount(a.standards, b.standards), sharedCount(a.themes, b.themes), sharedCount(a.sectors, b.sectors));
}

function combine(standards: number, themes: number, sectors: number): number {
  const topical = standards * STANDARD_WEIGHT + themes * THEME_WEIGHT;
  // Sectors only break ties between items that already share a theme or standard.
  return topical === 0 ? 0 : topical + sectors * SECTOR_WEIGHT;
}

export interface Scored {
  item: ItemSummary;
  score: number;
}

/** Higher score first, then newest, then title: the order of every "related" or "follow-up" list. */
export const byRelevance = (a: Scored, b: Scored) =>
  b.score - a.score || b.item.date.getTime() - a.item.date.getTime() || dutchCollator.compare(a.item.title, b.item.title);

/**
 * Up to `max` (6) related items, chosen by shared standards and themes, with sectors as tie-breaker
 * and newest first among equals. At most two of one type while other types are available, so a
 * reader sees a mix.
 *
 * Made once per site over all candidates, then asked once per page, so every page is one pass over
 * all items: the inner step must be cheap. Tags are bit sets; "newest, then title" is a rank fixed
 * up front, so score and rank fold into one number; and as the picking never takes more than `max`
 * of one type, only the best `max` numbers per type are kept while scanning.
 */
export function createRelatedFinder(candidates: readonly ItemSummary[]): (target: ItemSummary, max?: number) => ItemSummary[] {
  const n = candidates.length;
  const standards = new TagBits(candidates.map((c) => c.standards));
  const themes = new TagBits(candidates.map((c) => c.themes));
  const sectors = new TagBits(candidates.map((c) => c.sectors));
  // byRelevance without the score: rank 0 is the newest (then first by title).
  const order = candidates.map((_, i) => i).sort((a, b) => byRelevance({ item: candidates[a]!, score: 0 }, { item: candidates[b]!, score: 0 }));
  const rank = new Uint32Array(n);
  order.forEach((candidate, r) => (rank[candidate] = r));
  const types = [...new Set(candidates.map((c) => c.collection))];
  const typeOf = Uint8Array.from(candidates, (c) => types.indexOf(c.collection));
  const higherFirst = (a: number, b: number) => b - a;
  // Items come in several shapes (a podcast has fields a brochure lacks); reading their fields in
  // the hot loop is slow, so the loop only touches typed arrays and finds the target up front.
  const position = new Map(candidates.map((c, i) => [`${c.collection}/${c.id}`, i]));
  return (target, max = 6) => {
    const own = { standards: standards.encode(target.standards), themes: themes.encode(target.themes), sectors: sectors.encode(target.sectors) };
    const self = position.get(`${target.collection}/${target.id}`) ?? -1;
    const best = types.map((): number[] => []);
    for (let i = 0; i < n; i++) {
      if (i === self) continue;
      const score = combine(standards.shared(own.standards, i), themes.shared(own.themes, i), sectors.shared(own.sectors, i));
      // One number per candidate, larger is better: score first, then rank.
      if (score > 0) insertTop(best[typeOf[i]!]!, score * (n + 1) + (n - rank[i]!), max, higherFirst);
    }
    const ranked = best.flat().sort(higherFirst).map((key) => candidates[order[n - (key % (n + 1))]!]!);
    return pickMixed(ranked, max);
  };
}

/** For one page or a test; a build asks a finder made once (src/data/content.ts). */
export function relatedItems(target: ItemSummary, candidates: readonly ItemSummary[], max = 6): ItemSummary[] {
  return createRelatedFinder(candidates)(target, max);
}

/** At most two per type first, then fill up in order of relevance. */
function pickMixed(ranked: readonly ItemSummary[], max: number): ItemSummary[] {
  const picked: ItemSummary[] = [];
  const perType = new Map<string, number>();
  for (const item of ranked) {
    if (picked.length === max) break;
    if ((perType.get(item.collection) ?? 0) >= 2) continue;
    picked.push(item);
    perType.set(item.collection, (perType.get(item.collection) ?? 0) + 1);
  }
  for (const item of ranked) {
    if (picked.length >= max) break;
    if (!picked.includes(item)) picked.push(item);
  }
  return picked;
}
