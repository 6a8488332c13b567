/**
 * "Scholen zoals de mijne": combined filters on the good-practice listing (theme, sector, school
 * type, region, size band, schoolweging band), counts per value, URL state, and, when nothing
 * matches, the closest examples by a simple similarity. Pure: used by the island, the JSON
 * endpoint and the cards.
 */

export interface SchoolFacts {
  id: string;
  themes: string[];
  sector: string;
  /** One of the school types of src/schemas/school.ts ("basisschool", "vmbo", "cluster-4"). */
  type: string;
  /** A CBS landsdeel: noord, oost, west or zuid (they do not overlap). */
  region: string;
  pupils: number;
  schoolweging?: number | undefined;
}

/** Pupil counts in bands a school leader recognises; mbo colleges fall in the last band. */
export const SIZE_BANDS = [
  { id: 'tot-200', max: 199 },
  { id: '200-499', max: 499 },
  { id: '500-999', max: 999 },
  { id: '1000-plus', max: Infinity },
] as const;

/**
 * Schoolweging bands (po). The CBS computes a school's weging from its pupils' home situation
 * (parents' education, country of origin, the mother's years in the Netherlands, debt
 * restructuring) on a scale of roughly 20 to 40; the Inspectorate uses it when it judges a primary
 * school's results. Most schools are near 30; a higher weging means more pupils with an expected
 * disadvantage. Five bands of three points around 30, so a school leader finds "schools like mine"
 * on both sides of the middle. The bands are this site's, not an official classification.
 * Sources: https://www.onderwijsinspectie.nl/trends-en-ontwikkelingen/onderwijsdata/schoolweging-po
 * and https://www.onderwijsinspectie.nl/onderwerpen/onderwijsresultaten-primair-onderwijs/vraag-en-antwoord/waar-vind-ik-de-schoolweging
 */
export const WEGING_BANDS = [
  { id: 'tot-26', max: 25.999 },
  { id: '26-29', max: 28.999 },
  { id: '29-32', max: 31.999 },
  { id: '32-35', max: 34.999 },
  { id: '35-plus', max: Infinity },
] as const;

export const FILTER_KEYS = ['thema', 'sector', 'soort', 'regio', 'grootte', 'schoolweging'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterState = Partial<Record<FilterKey, string>>;

export function sizeBand(pupils: number): string {
  return SIZE_BANDS.find((b) => pupils <= b.max)!.id;
}

export function wegingBand(weging: number | undefined): string | undefined {
  return weging === undefined ? undefined : WEGING_BANDS.find((b) => weging <= b.max)!.id;
}

/** The values a school has for each filter key (a school can have several themes). */
export function valuesOf(school: SchoolFacts, key: FilterKey): string[] {
  switch (key) {
    case 'thema': return school.themes;
    case 'sector': return [school.sector];
    case 'soort': return [school.type];
    case 'regio': return [school.region];
    case 'grootte': return [sizeBand(school.pupils)];
    case 'schoolweging': { const band = wegingBand(school.schoolweging); return band ? [band] : []; }
  }
}

export function matches(school: SchoolFacts, state: FilterState): boolean {
  return FILTER_KEYS.every((key) => state[key] === undefined || valuesOf(school, key).includes(state[key]!));
}

export function filterSchools<T extends SchoolFacts>(schools: readonly T[], state: FilterState): T[] {
  return schools.filter((s) => matches(s, state));
}

/**
 * How many schools each value of `key` would give together with the other chosen filters
 * (the usual faceted count: choosing that value replaces the current one for this key).
 */
export function countsFor(schools: readonly SchoolFacts[], state: FilterState, key: FilterKey): Map<string, number> {
  const others: FilterState = { ...state };
  delete others[key];
  const counts = new Map<string, number>();
  for (const s of filterSchools(schools, others)) for (const v of new Set(valuesOf(s, key))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Weights: what a teacher means by "like mine". Theme and sector matter most, a band next to yours counts half. */
const WEIGHTS: Record<FilterKey, number> = { thema: 4, sector: 3, soort: 2, schoolweging: 2, grootte: 1, regio: 1 };
const ORDERED: Partial<Record<FilterKey, readonly string[]>> = {
  grootte: SIZE_BANDS.map((b) => b.id),
  schoolweging: WEGING_BANDS.map((b) => b.id),
};

/** 0..1: the share of the chosen filters (by weight) that a school meets; neighbouring bands count half. */
export function similarity(school: SchoolFacts, state: FilterState): number {
  let total = 0;
  let score = 0;
  for (const key of FILTER_KEYS) {
    const wanted = state[key];
    if (wanted === undefined) continue;
    total += WEIGHTS[key];
    const have = valuesOf(school, key);
    if (have.includes(wanted)) score += WEIGHTS[key];
    else {
      const order = ORDERED[key];
      if (order && have.some((v) => Math.abs(order.indexOf(v) - order.indexOf(wanted)) === 1)) score += WEIGHTS[key] / 2;
    }
  }
  return total === 0 ? 0 : score / total;
}

/** The closest schools when none match every filter: best first, ties in the given order, none with nothing in common. */
export function closestSchools<T extends SchoolFacts>(schools: readonly T[], state: FilterState, limit = 3): T[] {
  return schools
    .map((s, index) => ({ s, index, score: similarity(s, state) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((x) => x.s);
}

/** Reads the filters from a URL query, keeping only known keys with a value that exists. */
export function stateFromQuery(query: URLSearchParams, known: Partial<Record<FilterKey, readonly string[]>>): FilterState {
  const state: FilterState = {};
  for (const key of FILTER_KEYS) {
    const v = query.get(key);
    if (v !== null && known[key]?.includes(v)) state[key] = v;
  }
  return state;
}

/** "?thema=basisvaardigheden&sector=po" (fixed key order, so equal states give equal URLs), or "". */
export function queryFromState(state: FilterState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (state[key] !== undefined) params.set(key, state[key]!);
  const s = params.toString();
  return s ? `?${s}` : '';
}
