import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { audiencePages, AUDIENCES } from '../../../src/lib/catalog/audiences.ts';
import { emailSubscribeUrl, followPaths } from '../../../src/lib/catalog/follow.ts';
import { lastChanged, mailtoLink, newestChange } from '../../../src/lib/site/page-meta.ts';
import { byEditionAndDomain, forSectorPage, sectorPageOf, SECTOR_PAGES } from '../../../src/lib/framework/sector-pages.ts';
import { forVisit, kitChooserPath, kitLinks, kitPath, kitPick, kitQuestions, kitSectors, kitVersion, MAX_QUESTIONS, versionInForce } from '../../../src/lib/catalog/visit-kit.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('Laatst gewijzigd', () => {
  it('is the newest of publication, updatedDate and logged changes; the log lists only later changes, newest first', () => {
    const info = lastChanged(d('2025-03-01'), d('2025-05-01'), [
      { date: d('2025-04-01'), note: 'Cijfers bijgewerkt' },
      { date: d('2025-06-10'), note: 'Link naar brochure toegevoegd' },
      { date: d('2025-02-01'), note: 'Concept' },
    ]);
    expect(info.date).toEqual(d('2025-06-10'));
    expect(info.changedAfterPublication).toBe(true);
    expect(info.log.map((c) => c.note)).toEqual(['Link naar brochure toegevoegd', 'Cijfers bijgewerkt']);
    expect(lastChanged(d('2025-03-01'))).toEqual({ date: d('2025-03-01'), changedAfterPublication: false, log: [] });
  });

  it('dates a theme or standard page by the newest change among the items it lists', () => {
    expect(newestChange([{ date: d('2025-01-01') }, { date: d('2024-01-01'), updated: d('2025-09-01') }])).toEqual(d('2025-09-01'));
    expect(newestChange([])).toBeUndefined();
  });
});

describe('prepared e-mails', () => {
  it('percent-encodes subject and body so nothing in a title can add headers or recipients', () => {
    const link = mailtoLink({ to: 'a@b.nl', subject: 'Lezen & rekenen?', body: 'regel 1\nregel 2 &cc=x@y.nl' });
    expect(link).toBe('mailto:a@b.nl?subject=Lezen%20%26%20rekenen%3F&body=regel%201%0Aregel%202%20%26cc%3Dx%40y.nl');
    expect(new URL(link).searchParams.getAll('cc')).toEqual([]);
    expect(() => mailtoLink({ to: 'a@b.nl?cc=x@y.nl', subject: 's', body: 'b' })).toThrow(/ongeldig/);
  });
});

describe('follow paths', () => {
  it('keeps theme feeds where subscribers have them and puts the rest under /volgen/', () => {
    expect(followPaths('thema', 'basisvaardigheden')).toEqual({ rss: '/themas/basisvaardigheden/feed.xml', ics: '/volgen/thema/basisvaardigheden/agenda.ics' });
    expect(followPaths('standaard', '2021-op0').rss).toBe('/volgen/standaard/2021-op0/feed.xml');
    expect(() => followPaths('sector', '../etc')).toThrow(/ongeldige/);
  });

  it('offers e-mail only when a service is configured, with the feed address encoded', () => {
    expect(emailSubscribeUrl(null, 'https://x.nl/feed.xml')).toBeUndefined();
    expect(emailSubscribeUrl({ name: 'Dienst', subscribeUrl: 'https://dienst.example/?feed={feed}' }, 'https://x.nl/a b.xml')).toBe('https://dienst.example/?feed=https%3A%2F%2Fx.nl%2Fa%20b.xml');
    expect(() => emailSubscribeUrl({ name: 'Dienst', subscribeUrl: 'http://dienst.example/' }, 'https://x.nl/')).toThrow(/https/);
  });
});

describe('sector groups', () => {
  it('covers every sector once', () => {
    const all = SECTOR_PAGES.flatMap((g) => g.sectors);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(['ho', 'mbo', 'po', 'pro', 'sbo', 'so', 'vo', 'vso', 'vve']);
  });

  it('reads which standards apply from the standards content, not from code', () => {
    const standards = readdirSync('content/standards', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ file: f, ...(parseYaml(readFileSync(`content/standards/${f}`, 'utf8')) as { code: string; domain: string; sectors: string[] }) }));
    const so = forSectorPage(sectorPageOf('so-vso')!, standards, (s) => s.sectors);
    expect(so.length).toBe(standards.filter((s) => s.sectors.some((x) => x === 'so' || x === 'vso')).length);
    expect(forSectorPage(sectorPageOf('ho')!, standards, (s) => s.sectors).every((s) => s.sectors.includes('ho'))).toBe(true);
  });

  it('groups standards by edition, then domain, in the order given', () => {
    const grouped = byEditionAndDomain([
      { edition: '2021', domain: 'OP', code: 'OP1' },
      { edition: '2021', domain: 'SK', code: 'SK1' },
      { edition: '2021', domain: 'OP', code: 'OP2' },
      { edition: '2017', domain: 'OP', code: 'OP1' },
    ]);
    expect(grouped.map((e) => [e.edition, e.domains.map((x) => `${x.domain}:${x.standards.map((s) => s.code).join('+')}`)])).toEqual([
      ['2021', ['OP:OP1+OP2', 'SK:SK1']],
      ['2017', ['OP:OP1']],
    ]);
  });
});

describe('visit kit', () => {
  const guide = (standard: string, n: number) => ({ title: 'G', url: '/g/', sections: [{ standard, questions: Array.from({ length: n }, (_, i) => ({ text: `${standard} vraag ${i}` })) }] });
  it('takes the questions about its own standards first and stops at the limit that fits one page', () => {
    const q = kitQuestions([guide('2021/op1', 4), guide('2021/op0', 4)], ['2021/op0']);
    expect(q).toHaveLength(MAX_QUESTIONS);
    expect(q.slice(0, 4).every((x) => x.startsWith('2021/op0'))).toBe(true);
  });

  it('links brochure, guide and examples, and the page itself when one is missing', () => {
    const page = { role: 'page', title: 'Thema', path: '/themas/x/' } as const;
    const brochure = { role: 'brochure', title: 'B', path: '/brochures/b/' } as const;
    expect(kitLinks({ brochure, page }).map((l) => l.role)).toEqual(['brochure', 'page']);
    expect(kitLinks({ brochure, guide: { ...brochure, role: 'guide' }, examples: { ...brochure, role: 'examples' }, page }).map((l) => l.role)).toEqual(['brochure', 'guide', 'examples']);
  });

  it('makes one kit per sector group the subject applies to, sbo with po and pro with vo', () => {
    expect(kitSectors(['po', 'sbo', 'vo']).map((g) => g.slug)).toEqual(['po', 'vo']);
    expect(kitSectors(['sbo', 'pro']).map((g) => g.slug)).toEqual(['po', 'vo']);
    expect(kitSectors(['vso']).map((g) => g.slug)).toEqual(['so-vso']);
    expect(kitSectors([])).toEqual([]);
  });

  it('keeps for a visit only material for its sector group or for every sector', () => {
    const po = kitSectors(['po'])[0]!;
    const items = [
      { id: 'po-guide', sectors: ['po'] },
      { id: 'vo-guide', sectors: ['vo'] },
      { id: 'sbo-brochure', sectors: ['sbo'] },
      { id: 'for-all', sectors: [] },
    ];
    expect(forVisit(items, po).map((i) => i.id)).toEqual(['po-guide', 'sbo-brochure', 'for-all']);
  });

  it('picks the item mainly about the subject, else the first of its type', () => {
    const items = [
      { collection: 'brochures', id: 'newest', main: false },
      { collection: 'reflection-guides', id: 'guide', main: true },
      { collection: 'brochures', id: 'about-it', main: true },
    ];
    expect(kitPick(items, 'brochures', (i) => i.main)?.id).toBe('about-it');
    expect(kitPick(items, 'brochures', () => false)?.id).toBe('newest');
    expect(kitPick(items, 'practices', () => true)).toBeUndefined();
  });

  it('dates a kit by the newest change of what it holds, never before the framework version it follows', () => {
    const since = new Date('2025-08-01');
    expect(kitVersion([], since)).toEqual(since);
    expect(kitVersion([{ date: new Date('2024-03-01') }], since)).toEqual(since);
    expect(kitVersion([{ date: new Date('2026-01-05'), updated: new Date('2026-02-01'), changes: [{ date: new Date('2026-09-15'), note: 'Nieuwe vraag' }] }], since)).toEqual(new Date('2026-09-15'));
  });

  it('names the yearly version of the framework in force on a day', () => {
    const versions = [{ version: '2022', validFrom: new Date('2022-08-01') }, { version: '2025', validFrom: new Date('2025-08-01') }, { version: '2023', validFrom: new Date('2023-08-01') }];
    expect(versionInForce(versions, new Date('2025-07-31'))).toBe('2023');
    expect(versionInForce(versions, new Date('2026-12-06'))).toBe('2025');
    expect(versionInForce(versions, new Date('2021-09-01'))).toBeUndefined();
    expect(kitPath('thema', 'basisvaardigheden', 'po')).toBe(`${kitChooserPath('thema', 'basisvaardigheden')}po/`);
  });
});

describe('audience pages', () => {
  const good = { title: 'Voor ouders', summary: 'Wat de inspectie voor ouders doet en waar u terechtkunt met een zorg.', sources: [{ label: 'Meldpunt inspectie', url: 'https://www.onderwijsinspectie.nl/onderwerpen/meldpunt-inspectie' }] };
  const all = Object.fromEntries(AUDIENCES.map((a) => [`/content/pages/voor-wie/${a}.md`, { frontmatter: good, rest: a }]));

  it('accepts one page per audience with cited sources, and a site without the folder', () => {
    expect([...audiencePages(all).keys()]).toEqual([...AUDIENCES]);
    expect(audiencePages({}).size).toBe(0);
  });

  it('names the file and field when a page is wrong or missing', () => {
    expect(() => audiencePages({ ...all, '/content/pages/voor-wie/ouders.md': { frontmatter: { ...good, sources: [] }, rest: 'x' } })).toThrow('/content/pages/voor-wie/ouders.md: sources: noem minstens één openbare bron');
    expect(() => audiencePages({ '/content/pages/voor-wie/ouders.md': { frontmatter: good, rest: 'x' } })).toThrow('pagina ontbreekt voor leerlingen-en-studenten');
    expect(() => audiencePages({ ...all, '/content/pages/voor-wie/docenten.md': { frontmatter: good, rest: 'x' } })).toThrow('onbekende doelgroep "docenten"');
  });

  it('the real audience pages are valid', () => {
    const files = readdirSync('content/pages/voor-wie').map((f) => {
      const text = readFileSync(`content/pages/voor-wie/${f}`, 'utf8');
      return [`/content/pages/voor-wie/${f}`, { frontmatter: parseYaml(text.split('---')[1]!), rest: f }] as const;
    });
    expect(audiencePages(Object.fromEntries(files)).size).toBe(AUDIENCES.length);
  });
});
