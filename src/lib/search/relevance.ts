/**
 * Relevance measures for the search quality table (tests/e2e/search-relevance.ts): nDCG@k and
 * success@k over graded judgements. Pure; the browser test feeds it the ranked result titles.
 */

/** Grades of the pages a query should find: 3 the page meant, 2 very useful, 1 related. Keys are titles. */
export type Judgements = Readonly<Record<string, number>>;

/**
 * Titles compared without case, punctuation and a leading standard code, so the table survives
 * renamed slugs and recoded standards ("SK1 Veiligheid" and "VS1 Veiligheid" are both "veiligheid").
 */
export function titleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/^[a-z]{1,4}\d{1,2}\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function gradesOf(ranked: readonly string[], judgements: Judgements): number[] {
  const grades = new Map(Object.entries(judgements).map(([t, g]) => [titleKey(t), g]));
  return ranked.map((t) => grades.get(titleKey(t)) ?? 0);
}

const dcg = (grades: readonly number[]) => grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);

/** Normalised discounted cumulative gain of the first k results (1 = ideal order, 0 = nothing relevant). */
export function ndcgAt(ranked: readonly string[], judgements: Judgements, k = 5): number {
  const ideal = dcg(Object.values(judgements).filter((g) => g > 0).sort((a, b) => b - a).slice(0, k));
  if (ideal === 0) return 0;
  // A title shown twice (two editions of a standard) counts once: the first time.
  const seen = new Set<string>();
  const unique = ranked.filter((t) => !seen.has(titleKey(t)) && seen.add(titleKey(t)));
  return dcg(gradesOf(unique.slice(0, k), judgements)) / ideal;
}

/** 1 when a page with the query's highest grade is among the first k results, else 0. */
export function successAt(ranked: readonly string[], judgements: Judgements, k = 3): number {
  const best = Math.max(0, ...Object.values(judgements));
  if (best === 0) return 0;
  return gradesOf(ranked.slice(0, k), judgements).some((g) => g === best) ? 1 : 0;
}

export interface RelevanceSummary {
  queries: number;
  ndcg5: number;
  success3: number;
}

/** Mean nDCG@5 and success@3 over a table of ranked results. */
export function summarise(runs: readonly { ranked: readonly string[]; judgements: Judgements }[]): RelevanceSummary {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return {
    queries: runs.length,
    ndcg5: mean(runs.map((r) => ndcgAt(r.ranked, r.judgements, 5))),
    success3: mean(runs.map((r) => successAt(r.ranked, r.judgements, 3))),
  };
}
