import { describe, expect, it } from 'vitest';
import { agendaProgress, currentAgendaYear, plannedStatus, quarterEnd } from '../../../src/lib/catalog/agenda.ts';
import { facetValues, filterItems } from '../../../src/lib/catalog/facets.ts';
import type { ItemSummary } from '../../../src/lib/catalog/items.ts';
import { groupCuesByChapter } from '../../../src/lib/media/transcript.ts';
import { uuidv5, PODCAST_GUID_NAMESPACE } from '../../../src/core/uuid.ts';
import { isVisible } from '../../../src/lib/content/visibility.ts';
import { splitByTime } from '../../../src/lib/catalog/webinars.ts';

const base: ItemSummary = { collection: 'brochures', id: 'a', url: '/brochures/a/', title: 'A', summary: '', date: new Date(), themes: ['t1'], standards: ['2021/op0'], sectors: ['po', 'vo'], draft: false };

describe('visibility', () => {
  const now = new Date('2026-06-01');
  it('hides drafts and future items in production, shows them in preview', () => {
    expect(isVisible({ draft: true }, { now, preview: false })).toBe(false);
    expect(isVisible({ publishDate: new Date('2026-07-01') }, { now, preview: false })).toBe(false);
    expect(isVisible({ publishDate: new Date('2026-05-01') }, { now, preview: false })).toBe(true);
    expect(isVisible({ draft: true, publishDate: new Date('2027-01-01') }, { now, preview: true })).toBe(true);
  });
});

describe('facets', () => {
  it('counts values and filters by standard slug', () => {
    const b = { ...base, id: 'b', sectors: ['po'], standards: [] };
    expect(facetValues([base, b], 'sector')).toEqual([{ kind: 'sector', value: 'po', count: 2 }, { kind: 'sector', value: 'vo', count: 1 }]);
    expect(filterItems([base, b], 'standaard', '2021-op0').map((i) => i.id)).toEqual(['a']);
  });
});

describe('agenda', () => {
  it('computes progress and the current year', () => {
    // The status follows the item: linked is verschenen, whatever a file still says.
    expect(agendaProgress([{ quarter: 1, item: { id: 'x' } }, { quarter: 2 }])).toEqual({ done: 1, total: 2, percent: 50 });
    expect(plannedStatus({ quarter: 2, status: 'gepland', item: { id: 'x' } } as never)).toBe('verschenen');
    expect(plannedStatus({ quarter: 2 })).toBe('gepland');
    expect(quarterEnd(2026, 1).toISOString()).toBe('2026-03-31T23:59:59.999Z');
    expect(quarterEnd(2026, 4).toISOString()).toBe('2026-12-31T23:59:59.999Z');
    expect(currentAgendaYear([2025, 2026], new Date('2026-11-23'))).toBe(2026);
    expect(currentAgendaYear([2025, 2026], new Date('2027-03-01'))).toBe(2026);
  });
});

describe('webinars', () => {
  it('splits at the build time: a webinar still running counts as upcoming', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const running = { start: new Date('2026-11-23T11:30:00Z'), durationMinutes: 60 };
    const past = { start: new Date('2026-10-01T12:00:00Z'), durationMinutes: 60 };
    const split = splitByTime([past, running], now);
    expect(split.upcoming).toEqual([running]);
    expect(split.past).toEqual([past]);
  });
});

describe('transcript chapters', () => {
  it('groups cues under the chapter they start in', () => {
    const cues = [0, 10, 40, 70].map((start) => ({ start, end: start + 5, text: `c${start}` }));
    const groups = groupCuesByChapter(cues, [{ start: 0, title: 'Begin' }, { start: 40, title: 'Midden' }]);
    expect(groups.map((g) => [g.title, g.cues.length])).toEqual([['Begin', 2], ['Midden', 2]]);
  });
});

describe('uuidv5', () => {
  it('matches the example in the Podcasting 2.0 namespace documentation', () => {
    expect(uuidv5('mp3s.nashownotes.com/pc20rss.xml', PODCAST_GUID_NAMESPACE)).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810');
  });
});
