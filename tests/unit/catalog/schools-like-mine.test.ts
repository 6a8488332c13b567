import { describe, expect, it } from 'vitest';
import { closestSchools, countsFor, filterSchools, queryFromState, similarity, sizeBand, stateFromQuery, wegingBand, type SchoolFacts } from '../../../src/lib/catalog/schools-like-mine.ts';
import { schoolLine } from '../../../src/lib/catalog/school-line.ts';

const school = (id: string, over: Partial<SchoolFacts> = {}): SchoolFacts => ({ id, themes: ['basisvaardigheden'], sector: 'po', type: 'basisschool', region: 'west', pupils: 265, schoolweging: 35.4, ...over });
const schools = [
  school('zeester'),
  school('emmen', { region: 'noord', pupils: 235, schoolweging: 33 }),
  school('ruinen', { region: 'noord', pupils: 70, schoolweging: 29, themes: ['samenwerking-met-ouders'] }),
  school('tilburg', { sector: 'vo', type: 'vmbo', region: 'zuid', pupils: 1100, schoolweging: undefined, themes: ['sociale-veiligheid'] }),
];

describe('bands', () => {
  it('puts pupil counts and schoolweging in the bands at their edges', () => {
    expect([199, 200, 499, 500, 999, 1000].map(sizeBand)).toEqual(['tot-200', '200-499', '200-499', '500-999', '500-999', '1000-plus']);
    expect([20, 25.9, 26, 28.9, 29, 31.9, 32, 34.9, 35, 40, undefined].map(wegingBand)).toEqual(['tot-26', 'tot-26', '26-29', '26-29', '29-32', '29-32', '32-35', '32-35', '35-plus', '35-plus', undefined]);
  });
});

describe('combined filters', () => {
  it('AND-s every chosen filter', () => {
    expect(filterSchools(schools, { sector: 'po', regio: 'noord' }).map((s) => s.id)).toEqual(['emmen', 'ruinen']);
    expect(filterSchools(schools, { sector: 'po', regio: 'noord', schoolweging: '32-35' }).map((s) => s.id)).toEqual(['emmen']);
    expect(filterSchools(schools, {}).length).toBe(4);
  });

  it('counts each value as if it replaced the current choice of that filter', () => {
    const counts = countsFor(schools, { sector: 'po', regio: 'noord' }, 'regio');
    expect(Object.fromEntries(counts)).toEqual({ west: 1, noord: 2 });
    expect(countsFor(schools, { regio: 'noord' }, 'sector').get('vo')).toBeUndefined();
  });
});

describe('closest schools', () => {
  it('scores by weighted share of filters met, with half for a neighbouring band', () => {
    expect(similarity(schools[0]!, { sector: 'po', grootte: '200-499' })).toBe(1);
    expect(similarity(schools[0]!, { sector: 'vo' })).toBe(0);
    // weging 29 is one band from 32-35: half of its weight; two bands away counts nothing.
    expect(similarity(schools[2]!, { schoolweging: '32-35' })).toBe(0.5);
    expect(similarity(schools[2]!, { schoolweging: '35-plus' })).toBe(0);
  });

  it('answers a combination nobody has with the best partial matches, never with unrelated schools', () => {
    const state = { sector: 'po', regio: 'zuid', grootte: '1000-plus' } as const;
    expect(filterSchools(schools, state)).toEqual([]);
    const closest = closestSchools(schools, state).map((s) => s.id);
    // Sector (weight 3 of 5) beats region plus size (2 of 5): the three po schools, in listing order.
    expect(closest).toEqual(['zeester', 'emmen', 'ruinen']);
    expect(closestSchools(schools, { regio: 'zuid', grootte: '1000-plus', thema: 'basisvaardigheden' }).map((s) => s.id)[0]).toBe('zeester');
    expect(closestSchools(schools, { sector: 'ho' })).toEqual([]);
  });
});

describe('URL state', () => {
  const known = { sector: ['po', 'vo'], regio: ['noord', 'zuid', 'west'] };
  it('round-trips known filters in a fixed order and drops unknown keys and values', () => {
    const state = stateFromQuery(new URLSearchParams('regio=noord&sector=po&x=1&thema=<script>'), known);
    expect(state).toEqual({ sector: 'po', regio: 'noord' });
    expect(queryFromState(state)).toBe('?sector=po&regio=noord');
    expect(queryFromState({})).toBe('');
    expect(stateFromQuery(new URLSearchParams('sector=javascript:alert(1)'), known)).toEqual({});
  });
});

describe('school line on cards', () => {
  it('says sector, place, pupils and the schoolweging band', () => {
    expect(schoolLine({ sector: 'po', place: 'Rotterdam', pupils: 1265, schoolweging: 35.4 })).toBe('Primair onderwijs · Rotterdam · 1.265 leerlingen · schoolweging 35 of hoger');
    expect(schoolLine({ sector: 'mbo', place: 'Zwolle', pupils: 4000 })).toBe('Middelbaar beroepsonderwijs · Zwolle · 4.000 studenten');
    expect(schoolLine({ sector: 'ho', place: 'Leeuwarden', pupils: 8600 })).toBe('Hoger onderwijs · Leeuwarden · 8.600 studenten');
    expect(schoolLine({ sector: 'vve', place: 'Alkmaar', pupils: 48 })).toBe('Voorschoolse educatie · Alkmaar · 48 kinderen');
  });
});
