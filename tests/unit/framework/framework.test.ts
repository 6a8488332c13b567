/**
 * The onderzoekskader backbone: crosswalk between editions, levels and sector columns, and the
 * content checks that keep editions, agenda and items honest. Check cases are folders under
 * tests/fixtures/framework-checks/<case>/, laid over tests/fixtures/base like check-fixtures.test.ts;
 * each breaks one thing and must give exactly one Dutch line naming file, line and field.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/run.ts';
import { formatProblem } from '../../../src/lib/content/errors.ts';
import { formatMonth } from '../../../src/core/format.ts';
import { KADER_COLUMNS, currentEdition, domainsByLevel, editionInForce, frameworkPhase, kaderColumnStatus, sectorStatus } from '../../../src/lib/framework/structure.ts';
import { predecessorsOf, successorsOf, sortStandards } from '../../../src/lib/framework/standards.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const CASES = join(FIXTURES, 'framework-checks');
const NOW = new Date('2026-11-23T12:00:00Z');
const roots: string[] = [];
const tested = new Set<string>();

async function linesOf(name: string): Promise<string[]> {
  tested.add(name);
  const root = mkdtempSync(join(tmpdir(), `kp-framework-${name}-`));
  roots.push(root);
  cpSync(join(FIXTURES, 'base'), root, { recursive: true });
  cpSync(join(CASES, name), root, { recursive: true });
  const { problems } = await checkContent({ root, now: NOW });
  return problems.map(formatProblem);
}
afterAll(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

describe('crosswalk between editions', () => {
  const all = [
    { id: '2017/sk1', edition: '2017', code: 'SK1', successors: ['2021/vs1'] },
    { id: '2017/ka1', edition: '2017', code: 'KA1', successors: ['2021/ska1', '2021/ska3'] },
    { id: '2017/or3', edition: '2017', code: 'OR3', successors: [] },
    { id: '2021/vs1', edition: '2021', code: 'VS1' },
    { id: '2021/ska1', edition: '2021', code: 'SKA1' },
    { id: '2021/ska3', edition: '2021', code: 'SKA3' },
    { id: '2021/op0', edition: '2021', code: 'OP0' },
  ];
  const byId = (id: string) => all.find((s) => s.id === id)!;

  it('finds what an old standard became, and what a new one came from', () => {
    expect(successorsOf(byId('2017/sk1'), all)?.map((s) => s.id)).toEqual(['2021/vs1']);
    expect(successorsOf(byId('2017/ka1'), all)?.map((s) => s.id)).toEqual(['2021/ska1', '2021/ska3']);
    expect(predecessorsOf(byId('2021/ska3'), all).map((s) => s.id)).toEqual(['2017/ka1']);
  });

  it('tells "disappeared" ([]) apart from "not mapped yet" (undefined) and "new" (no predecessor)', () => {
    expect(successorsOf(byId('2017/or3'), all)).toEqual([]);
    expect(successorsOf(byId('2021/vs1'), all)).toBeUndefined();
    expect(predecessorsOf(byId('2021/op0'), all)).toEqual([]);
  });

  it('sorts by order, then code', () => {
    expect(sortStandards([{ order: 20, code: 'OP1' }, { order: 10, code: 'OP0' }, { order: 20, code: 'OP0' }])).toEqual([{ order: 10, code: 'OP0' }, { order: 20, code: 'OP0' }, { order: 20, code: 'OP1' }]);
  });
});

describe('structure of an edition', () => {
  const domains = [
    { code: 'BKA', name: 'Besturing, kwaliteitszorg en ambitie', level: 'bestuur' as const },
    { code: 'OP', name: 'Onderwijsproces', level: 'school' as const },
    { code: 'BA', name: 'Borging en afsluiting', level: 'school' as const },
  ];
  const standards = [
    { id: 'op0', domain: 'OP', sectors: ['po', 'vo', 'mbo'] },
    { id: 'ba1', domain: 'BA', sectors: ['mbo'] },
    { id: 'bka1', domain: 'BKA', sectors: ['po', 'sbo', 'so', 'vso', 'vo', 'pro', 'mbo'] },
  ];

  it('groups domains per level, school first, each with its own standards', () => {
    const levels = domainsByLevel(domains, standards);
    expect(levels.map((l) => [l.level, l.domains.map((d) => [d.domain.code, d.standards.map((s) => s.id)])])).toEqual([
      ['school', [['OP', ['op0']], ['BA', ['ba1']]]],
      ['bestuur', [['BKA', ['bka1']]]],
    ]);
  });

  it('maps the site sectors onto the four kader columns (sbo with po, pro with vo, so and vso together)', () => {
    expect(KADER_COLUMNS.map((g) => g.key)).toEqual(['po', 'so', 'vo', 'mbo']);
    const checked = { sectorsVerified: true, verified: true, source: { url: 'https://bron.example/' } };
    expect(kaderColumnStatus({ ...checked, sectors: ['sbo'] }, 'po')).toBe('geldt');
    expect(kaderColumnStatus({ ...checked, sectors: ['vso'] }, 'so')).toBe('geldt');
    expect(kaderColumnStatus({ ...checked, sectors: ['pro'] }, 'vo')).toBe('geldt');
    expect(kaderColumnStatus({ ...checked, sectors: ['mbo'] }, 'vo')).toBe('geldt-niet');
    expect(kaderColumnStatus({ ...checked, sectors: ['ho'] }, 'ho')).toBe('geldt-niet');
  });

  it('says "geldt niet" only with a checked source and a complete sector list, else "nog niet nagekeken"', () => {
    const base = { sectors: ['po', 'vo'], sectorsVerified: true, verified: true, source: { url: 'https://bron.example/' } };
    expect(sectorStatus(base, ['so', 'vso'])).toBe('geldt-niet');
    expect(sectorStatus({ ...base, sectorsVerified: false }, ['so', 'vso'])).toBe('niet-nagekeken');
    expect(sectorStatus({ ...base, verified: false }, ['so', 'vso'])).toBe('niet-nagekeken');
    expect(sectorStatus({ ...base, source: undefined }, ['so', 'vso'])).toBe('niet-nagekeken');
    expect(sectorStatus({ ...base, sectorsVerified: false }, ['vo'])).toBe('geldt');
  });

  it('calls an edition planned, in force or replaced', () => {
    const day = (s: string) => new Date(`${s}T00:00:00Z`);
    expect(frameworkPhase({ status: 'in-ontwikkeling', validFrom: day('2027-08-01') }, NOW)).toBe('gepland');
    expect(frameworkPhase({ status: 'vastgesteld', validFrom: day('2021-08-01') }, NOW)).toBe('geldig');
    expect(frameworkPhase({ status: 'vastgesteld', validFrom: day('2017-08-01'), validUntil: day('2021-07-31') }, NOW)).toBe('vervallen');
    // Adopted but not started yet still counts as planned.
    expect(frameworkPhase({ status: 'vastgesteld', validFrom: day('2027-08-01') }, NOW)).toBe('gepland');
  });

  it('gives a planned start only to the month, as the sources do', () => {
    expect(formatMonth(new Date('2027-08-01T00:00:00Z'))).toBe('augustus 2027');
  });
});

describe('content checks', () => {
  it('agenda-valid: an agenda entry that agrees with its item gives no problem', async () => {
    expect(await linesOf('agenda-valid')).toEqual([]);
  });

  it('verified-without-source: refuses verified: true without a source', async () => {
    expect(await linesOf('verified-without-source')).toMatchInlineSnapshot(`
      [
        "content/standards/2021/op0.yaml:9  verified  verified: true zonder bron: voeg source toe (url, quote of section, checkedOn), of zet verified: false",
      ]
    `);
  });

  it('unknown-domain: a standard must sit in one of its edition\'s domains', async () => {
    expect(await linesOf('unknown-domain')).toMatchInlineSnapshot(`
      [
        "content/standards/2021/op0.yaml:3  domain  "OX" is geen kwaliteitsgebied van het Onderzoekskader 2021  (toegestaan: OP, VS)",
      ]
    `);
  });

  it('superseded-standard: a 2017 code on a 2021 item suggests its successor', async () => {
    expect(await linesOf('superseded-standard')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:6  standards[1]  "2017/sk1" hoort bij het Onderzoekskader 2017, maar dit item valt onder het Onderzoekskader 2021: bedoelt u 2021/vs1?",
      ]
    `);
  });

  it('superseded-disappeared: a 2017 standard without successor says so', async () => {
    expect(await linesOf('superseded-disappeared')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:6  standards[0]  "2017/or3" hoort bij het Onderzoekskader 2017, maar dit item valt onder het Onderzoekskader 2021: deze standaard bestaat niet meer in het Onderzoekskader 2021; kies een standaard uit dat kader",
      ]
    `);
  });

  it('agenda-wrong-year: a "verschenen" entry links an item of another year', async () => {
    expect(await linesOf('agenda-wrong-year')).toMatchInlineSnapshot(`
      [
        "content/agenda/2025.yaml:16  priorities[0].planned[0].item  "lezen-in-groep-5" verscheen op 2026-03-01, niet in 2025; koppel het item aan de agenda van 2026 of kies een ander item",
      ]
    `);
  });

  it('agenda-wrong-quarter: a "verschenen" entry names another quarter than the item', async () => {
    expect(await linesOf('agenda-wrong-quarter')).toMatchInlineSnapshot(`
      [
        "content/agenda/2026.yaml:14  priorities[0].planned[0].quarter  kwartaal 2, maar "lezen-in-groep-5" verscheen op 2026-03-01 (kwartaal 1); zet quarter: 1",
      ]
    `);
  });

  it('agenda-status-follows-item: a linked, published item makes the entry "verschenen", whatever status says', async () => {
    expect(await linesOf('agenda-status-follows-item')).toEqual([]);
  });

  it('agenda-quarter-past: an entry without an item whose quarter is over is pointed out (a warning); linked or still to come is not', async () => {
    expect(await linesOf('agenda-quarter-past')).toMatchInlineSnapshot(`
      [
        "content/agenda/2026.yaml:15  priorities[0].planned[1].quarter  waarschuwing: "Een brochure over lezen die er nog niet is" stond gepland voor kwartaal 2 van 2026, en dat is voorbij; koppel het verschenen item (item), of zet een later kwartaal of haal het weg",
      ]
    `);
  });

  it('webinar-announced-after-start: the announcement must come before the start', async () => {
    expect(await linesOf('webinar-announced-after-start')).toMatchInlineSnapshot(`
      [
        "content/webinars/lezen-in-de-klas.md:4  publishDate  "2026-12-20": de aankondiging verschijnt pas na de start van het webinar (2026-12-10 15:30); zet publishDate vóór de start",
      ]
    `);
  });

  it('the real content passes every framework check', async () => {
    const { problems } = await checkContent({ root: join(import.meta.dirname, '../../..'), now: NOW });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('every case folder has a test above', () => {
    expect(readdirSync(CASES).filter((n) => !tested.has(n))).toEqual([]);
  });
});

describe('the edition in force (one rule for pages, checks and brochure PDFs)', () => {
  const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const editions = [
    { id: '2017', status: 'vastgesteld', validFrom: d('2017-08-01'), validUntil: d('2021-07-31') },
    { id: '2021', status: 'vastgesteld', validFrom: d('2021-08-01') },
    // A planned edition whose start date has passed is still not in force (the brochure PDF script's copy picked it).
    { id: '2027', status: 'in-ontwikkeling', validFrom: d('2026-08-01') },
  ];
  it('is the adopted edition whose dates cover the day', () => {
    expect(editionInForce(editions, d('2020-03-01'))?.id).toBe('2017');
    expect(editionInForce(editions, d('2021-08-01'))?.id).toBe('2021');
  });
  it('never is a planned edition, even after its planned start', () => {
    expect(editionInForce(editions, d('2026-12-06'))?.id).toBe('2021');
  });
  it('before any edition there is none in force, and "current" falls back to the newest adopted one', () => {
    expect(editionInForce(editions, d('2010-01-01'))).toBeUndefined();
    expect(currentEdition(editions, d('2010-01-01'))?.id).toBe('2021');
  });
});
