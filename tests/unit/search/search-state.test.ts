import { describe, expect, it } from 'vitest';
import { momentLabel, pagefindFilters, searchParamsFromState, stateFromSearchParams, toggleFilter, transcriptMoment } from '../../../src/lib/search/state.ts';

describe('search state in the URL', () => {
  it('round-trips query and filters', () => {
    const params = new URLSearchParams('q=pesten&thema=Sociale+veiligheid&type=Podcasts&type=Brochures');
    const state = stateFromSearchParams(params);
    expect(state).toEqual({ query: 'pesten', filters: { type: ['Brochures', 'Podcasts'], thema: ['Sociale veiligheid'] } });
    expect(searchParamsFromState(state).toString()).toBe('q=pesten&type=Brochures&type=Podcasts&thema=Sociale+veiligheid');
  });
  it('ignores unknown parameters and trims the query', () => {
    expect(stateFromSearchParams(new URLSearchParams('q=++lezen+&utm_source=x'))).toEqual({ query: 'lezen', filters: {} });
  });
  it('toggles a filter on and off', () => {
    const on = toggleFilter({ query: '', filters: {} }, 'sector', 'Voortgezet onderwijs');
    expect(on.filters).toEqual({ sector: ['Voortgezet onderwijs'] });
    expect(toggleFilter(on, 'sector', 'Voortgezet onderwijs').filters).toEqual({});
  });
  it('ORs values within a facet and ANDs facets for Pagefind', () => {
    expect(pagefindFilters({ query: 'x', filters: { type: ['A', 'B'], jaar: ['2026'] } })).toEqual({ type: { any: ['A', 'B'] }, jaar: { any: ['2026'] } });
  });
});

describe('transcript moments', () => {
  const anchors = [
    { id: 'transcript', location: 100 },
    { id: 't-0m00s', location: 105 },
    { id: 't-0m12s', location: 130 },
    { id: 't-1m15s', location: 180 },
  ];
  it('links a hit to the timestamp at or before it', () => {
    expect(transcriptMoment([150], anchors)).toBe('t-0m12s');
    expect(transcriptMoment([20, 181], anchors)).toBe('t-1m15s');
  });
  it('returns nothing for hits before the transcript or pages without one', () => {
    expect(transcriptMoment([20], anchors)).toBeUndefined();
    expect(transcriptMoment([20], [{ id: 'intro', location: 0 }])).toBeUndefined();
  });
  it('labels a moment', () => {
    expect(momentLabel('t-1m15s')).toBe('1:15');
  });
});
