import type { ItemSummary } from './items.ts';
import { dutchCollator } from '../../core/top.ts';

/** Static filter pages for a listing: one per value that at least one item has. */
export type FacetKind = 'thema' | 'sector' | 'standaard';

export interface FacetValue {
  kind: FacetKind;
  /** URL segment, e.g. "basisvaardigheden", "po", "2021-op0". */
  value: string;
  count: number;
}

const fieldOf = (kind: FacetKind, item: ItemSummary): string[] =>
  kind === 'thema' ? item.themes : kind === 'sector' ? item.sectors : item.standards.map(standardSlug);

/** "2021/op0" → "2021-op0" (a standard id as one URL segment). */
export function standardSlug(standardId: string): string {
  return standardId.replace('/', '-');
}

export function facetValues(items: readonly ItemSummary[], kind: FacetKind): FacetValue[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const v of new Set(fieldOf(kind, item))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ kind, value, count })).sort((a, b) => dutchCollator.compare(a.value, b.value));
}

export function filterItems(items: readonly ItemSummary[], kind: FacetKind, value: string): ItemSummary[] {
  return items.filter((i) => fieldOf(kind, i).includes(value));
}
