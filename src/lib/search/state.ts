/**
 * Search state lives in the URL (?q=pesten&thema=Sociale+veiligheid&type=Podcasts) so a result
 * set can be shared, survives reload and works with the back button. Pure functions, no DOM.
 */
import { plural, t } from '../../i18n/t.ts';

export const FACETS = ['type', 'thema', 'sector', 'standaard', 'jaar'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchState {
  query: string;
  filters: Partial<Record<Facet, string[]>>;
}

export function stateFromSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length) filters[facet] = [...new Set(values)].sort();
  }
  return { query: (params.get('q') ?? '').trim().slice(0, 200), filters };
}

export function searchParamsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const facet of FACETS) for (const v of state.filters[facet] ?? []) params.append(facet, v);
  return params;
}

export function toggleFilter(state: SearchState, facet: Facet, value: string): SearchState {
  const current = state.filters[facet] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value].sort();
  const filters = { ...state.filters };
  if (next.length) filters[facet] = next;
  else delete filters[facet];
  return { ...state, filters };
}

/** Pagefind filter object: values within a facet are OR-ed (any), facets are AND-ed. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(state.filters).map(([facet, values]) => [facet, { any: values ?? [] }]));
}

export interface AnchorLike {
  id: string;
  location: number;
}

const TIME_ANCHOR = /^t-\d+m\d{2}s$/;

/**
 * For a hit inside a podcast or webinar transcript: the id of the timestamp anchor at or before the
 * first matching word, so the result can link to that moment (#t-1m15s). Undefined when the match
 * is not inside a transcript.
 */
export function transcriptMoment(locations: readonly number[], anchors: readonly AnchorLike[]): string | undefined {
  const times = anchors.filter((a) => TIME_ANCHOR.test(a.id)).sort((a, b) => a.location - b.location);
  if (!times.length) return undefined;
  const hit = [...locations].sort((a, b) => a - b).find((loc) => loc >= times[0]!.location);
  if (hit === undefined) return undefined;
  return times.filter((a) => a.location <= hit).at(-1)?.id;
}

/** "t-1m15s" → "1:15" for the result label. */
export function momentLabel(anchorId: string): string {
  const m = /^t-(\d+)m(\d{2})s$/.exec(anchorId);
  return m ? `${m[1]}:${m[2]}` : anchorId;
}

/**
 * How long the search page waits for its index, or for one search, before it says that search does
 * not work now and offers the overview pages (a slow or broken network). A load that fails says so
 * at once; one that arrives later still shows its results.
 */
export const SEARCH_TIMEOUT_MS = 5000;

export interface SearchProgress {
  /** The index did not load (failed, or not within SEARCH_TIMEOUT_MS), or the last search failed. */
  unavailable: boolean;
  /** A search for the current query and filters has not finished yet. */
  pending: boolean;
  query: string;
  total: number;
  /** The corrected spelling the results are for, if any. */
  corrected?: string;
}

/** The status line read out to the reader. That search does not work goes first: never "Zoeken…" forever. */
export function searchStatus(p: SearchProgress): string {
  if (p.unavailable) return t('search.error');
  if (p.pending) return t('search.loading');
  if (!p.query) return t('search.empty');
  if (p.total === 0) return t('search.none', { q: p.query });
  return plural('search.results', p.total, { q: p.corrected ?? p.query });
}
