/**
 * The best few of many without sorting them all. Pages pick "3 to 6 related items" or "the 3 best
 * follow-ups" from every item on the site; sorting thousands of matches per page made the build
 * quadratic (see BENCHMARKS.md). Keeping a short sorted list is linear in the number of items.
 */

/** Inserts `item` into `best` (sorted by `compare`, best first) and keeps at most `max` entries. Equal items keep arrival order, as a stable sort would. */
export function insertTop<T>(best: T[], item: T, max: number, compare: (a: T, b: T) => number): void {
  if (max <= 0) return;
  if (best.length === max && compare(item, best[max - 1]!) >= 0) return;
  let at = best.length;
  while (at > 0 && compare(item, best[at - 1]!) < 0) at--;
  best.splice(at, 0, item);
  if (best.length > max) best.pop();
}

/** The first `max` of `items` in the order of `compare`: the same as a stable sort and slice, in O(items × max). */
export function topN<T>(items: Iterable<T>, max: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  for (const item of items) insertTop(best, item, max, compare);
  return best;
}

/** Dutch title order, with one collator for the whole build (String#localeCompare builds one per call). */
export const dutchCollator = new Intl.Collator('nl');
