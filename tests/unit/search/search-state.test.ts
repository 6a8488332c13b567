import { describe, expect, it } from 'vitest';
import { momentLabel, pagefindFilters, searchParamsFromState, searchStatus, stateFromSearchParams, toggleFilter, transcriptMoment } from '../../../src/lib/search/state.ts';
import { overviewLinks } from '../../../src/lib/site/overviews.ts';

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

describe('the status line', () => {
  it('says that search does not work, also while a search is still waiting for the index', () => {
    const unavailable = 'Zoeken werkt nu niet. Probeer het later nog eens. U kunt wel bladeren in de overzichten hieronder.';
    expect(searchStatus({ unavailable: true, pending: true, query: 'lezen', total: 0 })).toBe(unavailable);
    expect(searchStatus({ unavailable: true, pending: false, query: '', total: 0 })).toBe(unavailable);
    expect(searchStatus({ unavailable: false, pending: true, query: 'lezen', total: 0 })).toBe('Zoeken…');
  });
  it('counts results, for the corrected spelling when that was used', () => {
    expect(searchStatus({ unavailable: false, pending: false, query: '', total: 0 })).toBe('Typ een zoekwoord om te beginnen.');
    expect(searchStatus({ unavailable: false, pending: false, query: 'pestne', total: 0 })).toMatch(/^Geen resultaten voor “pestne”/);
    expect(searchStatus({ unavailable: false, pending: false, query: 'pestne', total: 3, corrected: 'pesten' })).toBe('3 resultaten voor “pesten”');
    expect(searchStatus({ unavailable: false, pending: false, query: 'pesten', total: 1 })).toBe('1 resultaat voor “pesten”');
  });
  it('offers every overview page once, themes first', () => {
    const links = overviewLinks();
    expect(links[0]).toEqual({ label: "Thema's", href: '/themas/' });
    expect(new Set(links.map((l) => l.href)).size).toBe(links.length);
    expect(links.map((l) => l.href)).toEqual(expect.arrayContaining(['/brochures/', '/goede-voorbeelden/', '/reflectiewijzers/', '/onderzoekskader/', '/kennisagenda/']));
  });
});
