/**
 * npm run feedback-links: a CSV of schools and scores becomes personal links and QR codes, and with
 * board columns one link per board holding only its own schools; every bad row is reported by its
 * line number and then nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { readBoardFragment, readFeedbackFragment, type Signer } from '../../../src/lib/feedback/code.ts';
import { buildFeedbackLinks, defuseCell, formatRowError, linksCsv } from '../../../src/lib/feedback/links.ts';
import { testPrivateKey } from '../../../src/lib/feedback/signing/test-key.ts';
import { trustedKeys } from '../../../src/lib/feedback/signing/trusted-keys.ts';
import { INVESTIGATION_FRONTMATTER, investigation } from './fixtures-investigation.ts';

const HEADER = 'brin,school,groep,leestijd,leesplezier,aanbod';
const GOOD = `${HEADER}\n12AB,OBS De Vlieger,sw-laag,2.4,3.1,2.8\n34CD01,"Kindcentrum De Boog, locatie Oost",sw-hoog,3,-,1.5\n`;

const TEST_SIGNER: Signer = { keyId: 'test', privateKey: testPrivateKey() };
const TODAY = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
const build = (csv: string, site = 'https://kennisplatform.test.example') => buildFeedbackLinks(csv, investigation, TEST_SIGNER, TODAY, site);
const errors = async (csv: string) => (await build(csv)).errors.map(formatRowError);

describe('feedback links from a CSV', () => {
  it('makes a link per school that decodes to that school’s scores', async () => {
    const { rows, errors } = await build(GOOD, 'https://kennisplatform.test.example/');
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.line, r.brin, r.school, r.group])).toEqual([
      [2, '12AB', 'OBS De Vlieger', 'sw-laag'],
      [3, '34CD01', 'Kindcentrum De Boog, locatie Oost', 'sw-hoog'],
    ]);
    expect(rows[0]!.url).toMatch(/^https:\/\/kennisplatform\.test\.example\/themaonderzoeken\/leesonderwijs-2025\/terugkoppeling\/#v3\.test\./);
    const decoded = await readFeedbackFragment(new URL(rows[1]!.url).hash, investigation, trustedKeys(), TODAY);
    expect(decoded).toEqual({ ok: true, value: { kind: 'school', investigation: 'leesonderwijs-2025', group: 'sw-hoog', school: 'Kindcentrum De Boog, locatie Oost', scores: [3, null, 1.5], keyId: 'test', signedOn: TODAY, keyValidFrom: '2000-01-01', demo: true } });
  });

  it('makes one link per board, with its own schools only, when the CSV names boards', async () => {
    const csv = `${HEADER},bestuursnummer,bestuursnaam\n12AB,OBS De Vlieger,sw-laag,2.4,3.1,2.8,41234,Stichting Noord\n34CD,De Boog,sw-hoog,3,-,1.5,41235,Stichting Zuid\n56EF,De Linde,sw-hoog,2,2,2,41234,Stichting Noord\n78GH,De Eik,sw-laag,3,3,3,,\n`;
    const { rows, boards, errors } = await build(csv);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.board?.number)).toEqual(['41234', '41235', '41234', undefined]);
    expect(boards.map((b) => [b.number, b.name, b.schools.map((s) => s.brin)])).toEqual([
      ['41234', 'Stichting Noord', ['12AB', '56EF']],
      ['41235', 'Stichting Zuid', ['34CD']],
    ]);
    expect(boards[0]!.url).toMatch(/^https:\/\/kennisplatform\.test\.example\/themaonderzoeken\/leesonderwijs-2025\/bestuur\/#v3\.test\./);
    const decoded = await readBoardFragment(new URL(boards[0]!.url).hash, investigation, trustedKeys(), TODAY);
    expect(decoded).toMatchObject({ ok: true, value: { kind: 'board', board: { number: '41234', name: 'Stichting Noord' }, schools: [{ brin: '12AB', school: 'OBS De Vlieger', group: 'sw-laag', scores: [2.4, 3.1, 2.8] }, { brin: '56EF', school: 'De Linde', group: 'sw-hoog', scores: [2, 2, 2] }] } });
    // Without board columns: no board links, and the school links are the same kind as ever.
    expect((await build(GOOD)).boards).toEqual([]);
  });

  it('never puts another board’s school in a board’s link, whatever the CSV (property)', async () => {
    const row = fc.record({ board: fc.constantFrom('41234', '41235', '41236', ''), score: fc.integer({ min: 10, max: 40 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (raw) => {
        const csv = `${HEADER},bestuursnummer,bestuursnaam\n${raw.map((r, i) => `${String(10 + i)}AB,School ${i},sw-laag,${r.score / 10},3,3,${r.board},${r.board ? `Bestuur ${r.board}` : ''}`).join('\n')}\n`;
        const { boards, errors } = await build(csv);
        expect(errors).toEqual([]);
        for (const b of boards) {
          const decoded = await readBoardFragment(new URL(b.url).hash, investigation, trustedKeys(), TODAY);
          if (!decoded.ok) throw new Error(decoded.error);
          const own = raw.flatMap((r, i) => (r.board === b.number ? [`${String(10 + i)}AB`] : []));
          expect(decoded.value.schools.map((s) => s.brin)).toEqual(own);
        }
        expect(boards.map((b) => b.number).sort()).toEqual([...new Set(raw.map((r) => r.board).filter(Boolean))].sort());
      }),
      { numRuns: 40 },
    );
  });

  it('reports a bad board number, a missing board name, one number with two names, and half the board columns', async () => {
    const head = `${HEADER},bestuursnummer,bestuursnaam`;
    expect(await errors(`${head}\n12AB,A,sw-laag,3,3,3,4123,Noord\n34CD,B,sw-laag,3,3,3,41234,\n56EF,C,sw-laag,3,3,3,41235,Zuid\n78GH,D,sw-laag,3,3,3,41235,Zuid BV\n`)).toEqual([
      'regel 2: bestuursnummer “4123” klopt niet: het nummer van het bevoegd gezag heeft vijf cijfers, zoals 41234 (laat bestuursnummer en bestuursnaam allebei leeg voor een school zonder bestuurslink)',
      'regel 3: bestuursnaam ontbreekt of is langer dan 150 tekens',
      'regel 5: bestuur 41235 heet op regel 4 “Zuid”; schrijf bij hetzelfde bestuursnummer overal dezelfde naam',
    ]);
    expect(await errors(`${HEADER},bestuursnummer\n12AB,A,sw-laag,3,3,3,41234\n`)).toEqual([
      `regel 1: kolom(men) ontbreken: bestuursnaam. De kopregel moet zijn: ${HEADER},bestuursnummer,bestuursnaam`,
    ]);
  });

  it('reads a semicolon file with decimal commas, as Dutch Excel writes it', async () => {
    const csv = '\uFEFFBRIN;School;Groep;leestijd;leesplezier;aanbod\r\n12ab;OBS De Vlieger;sw-laag;2,4;3,1;2\r\n';
    const { rows, errors } = await build(csv);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ brin: '12AB', scores: [2.4, 3.1, 2] });
  });

  it('reports every bad row by its line number, and makes no links at all', async () => {
    const csv = [
      HEADER,
      '12AB,OBS De Vlieger,sw-laag,2.4,3.1,2.8',
      '1234,Basisschool Zonder Brin,sw-laag,2,2,2',
      '',
      '56EF,De Regenboog,sw-midden,2,2,2',
      '78GH,Het Anker,sw-hoog,5,twee,0',
      '12AB,OBS De Vlieger dubbel,sw-laag,2,2,2',
      '90IJ,,sw-laag,-,,-',
      '11KL,Te kort,sw-laag,2',
    ].join('\n');
    const { rows } = await build(csv);
    expect(rows).toEqual([]);
    expect(await errors(csv)).toEqual([
      'regel 3: BRIN “1234” klopt niet: twee cijfers en twee letters, zoals 12AB (eventueel met twee cijfers voor de vestiging, zoals 12AB01)',
      'regel 5: groep “sw-midden” bestaat niet in dit onderzoek; kies uit: sw-laag, sw-hoog',
      'regel 6: leestijd: “5” is geen score van 1 tot en met 4; leesplezier: “twee” is geen score van 1 tot en met 4; aanbod: “0” is geen score van 1 tot en met 4',
      'regel 7: BRIN 12AB staat ook op regel 2',
      'regel 8: schoolnaam ontbreekt of is langer dan 150 tekens; geen enkele score ingevuld',
      'regel 9: 4 velden, maar de kopregel heeft er 6',
    ]);
  });

  it('reports a wrong header on line 1', async () => {
    expect(await errors('brin,school,groep,leestijd,leesplezier,plezier\n12AB,X,sw-laag,2,2,2\n')).toEqual([
      'regel 1: kolom(men) ontbreken: aanbod. De kopregel moet zijn: brin,school,groep,leestijd,leesplezier,aanbod',
      'regel 1: onbekende kolom(men): plezier. De kopregel moet zijn: brin,school,groep,leestijd,leesplezier,aanbod',
    ]);
    expect(await errors('')).toEqual(['regel 1: het bestand is leeg']);
    expect(await errors(`${HEADER}\n`)).toEqual(['regel 1: onder de kopregel staan geen scholen']);
  });

  it('defuses cells a spreadsheet would read as a formula, and quotes what needs quoting', () => {
    for (const bad of ['=HYPERLINK("http://x")', '+31 6', '-2+3', '@SUM(A1)', '\tTab', '\rCR']) expect(defuseCell(bad)).toBe(`'${bad}`);
    expect(defuseCell('OBS De Vlieger')).toBe('OBS De Vlieger');
    const csv = linksCsv([{ brin: '12AB', school: '=1+2", "x', group: '-g', url: 'https://x/#v2.a.b.c', qr: 'qr/12AB.svg' }]);
    expect(parse(csv)).toEqual([
      ['brin', 'school', 'groep', 'link', 'qr'],
      ['12AB', `'=1+2", "x`, "'-g", 'https://x/#v2.a.b.c', 'qr/12AB.svg'],
    ]);
  });

  it('reports a broken CSV with its line', async () => {
    const [error] = await errors(`${HEADER}\n12AB,"OBS De Vlieger,sw-laag,2,2,2\n`);
    expect(error).toMatch(/^regel \d+: dit is geen geldig CSV-bestand/);
  });
});

// Each test starts Node several times; on a busy 2-core machine that takes seconds.
describe('npm run feedback-links', { timeout: 60_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), 'kp-links-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'content/investigations'), { recursive: true });
  writeFileSync(join(root, 'content/investigations/leesonderwijs-2025.md'), `---\n${stringify(INVESTIGATION_FRONTMATTER)}---\n\nTekst.\n`);
  const NODE = resolve(import.meta.dirname, '../../../node_modules/.bin/node');
  const SCRIPT = resolve(import.meta.dirname, '../../../scripts/feedback/links.ts');
  const { KP_SITE: _ignored, ...env } = process.env;
  const run = (...args: string[]) => spawnSync(NODE, [SCRIPT, ...args, '--root', root], { encoding: 'utf8', cwd: root, env });

  it('writes links.csv and one QR code (SVG) per school', () => {
    const csv = join(root, 'leesonderwijs-2025-voorbeeldscores.csv');
    writeFileSync(csv, GOOD);
    const out = join(root, 'uit');
    mkdirSync(join(out, 'qr'), { recursive: true });
    writeFileSync(join(out, 'qr', '99ZZ.svg'), '<svg/>'); // from an earlier run
    const r = run(csv, '--out', out, '--testsleutel');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^2 persoonlijke links en QR-codes voor "Themaonderzoek leesonderwijs 2025" geschreven naar /);
    expect(r.stdout).toContain('Adres van de links: https://kennisplatform.example');
    expect(r.stdout).toContain('TESTSLEUTEL');
    expect(existsSync(join(out, 'qr', '99ZZ.svg')), 'oude QR-code opgeruimd').toBe(false);
    const lines = readFileSync(join(out, 'links.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('brin,school,groep,link,qr');
    expect(lines[2]).toMatch(/^34CD01,"Kindcentrum De Boog, locatie Oost",sw-hoog,https:\/\/kennisplatform\.example\/themaonderzoeken\/leesonderwijs-2025\/terugkoppeling\/#v3\.test\.[^,]+,qr\/34CD01\.svg$/);
    expect(existsSync(join(out, 'besturen.csv')), 'geen besturen in de CSV').toBe(false);
  });

  it('with board columns and --geldig-tot: writes besturen.csv and a QR code per board, each link only its own schools, all with the end date', async () => {
    const csv = join(root, 'leesonderwijs-2025-besturen.csv');
    writeFileSync(csv, `${HEADER},bestuursnummer,bestuursnaam\n12AB,OBS De Vlieger,sw-laag,2.4,3.1,2.8,41234,Stichting Noord\n34CD,De Boog,sw-hoog,3,-,1.5,41235,"Stichting Zuid, regio West"\n56EF,De Linde,sw-hoog,2,2,2,41234,Stichting Noord\n78GH,De Eik,sw-laag,3,3,3,,\n`);
    const out = join(root, 'uit-besturen');
    const r = run(csv, '--out', out, '--testsleutel', '--geldig-tot', '2099-12-31');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2 links voor besturen (besturen.csv): elke link toont alleen de eigen scholen van dat bestuur.');
    expect(r.stdout).toContain('Geldig tot en met 2099-12-31.');
    const schools = parse(readFileSync(join(out, 'links.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(schools.map((s) => [s.brin, s.bestuursnummer])).toEqual([['12AB', '41234'], ['34CD', '41235'], ['56EF', '41234'], ['78GH', '']]);
    const boards = parse(readFileSync(join(out, 'besturen.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(boards.map((b) => [b.bestuursnummer, b.bestuursnaam, b.scholen, b.qr])).toEqual([
      ['41234', 'Stichting Noord', '12AB 56EF', 'qr/bestuur-41234.svg'],
      ['41235', 'Stichting Zuid, regio West', '34CD', 'qr/bestuur-41235.svg'],
    ]);
    expect(readFileSync(join(out, 'qr/bestuur-41234.svg'), 'utf8')).toMatch(/^<svg role="img" aria-label="QR-code met de link naar de terugkoppeling voor Stichting Noord"/);
    for (const b of boards) {
      const decoded = await readBoardFragment(new URL(b.link!).hash, investigation, trustedKeys(), TODAY);
      if (!decoded.ok) throw new Error(decoded.error);
      expect(decoded.value.schools.map((s) => s.brin).join(' ')).toBe(b.scholen);
      expect(decoded.value.validUntil).toBe('2099-12-31');
    }
    const school = await readFeedbackFragment(new URL(schools[0]!.link!).hash, investigation, trustedKeys(), TODAY);
    expect(school).toMatchObject({ ok: true, value: { validUntil: '2099-12-31' } });
    // A day in the past is refused before anything is written.
    const past = run(csv, '--out', join(root, 'uit-verlopen'), '--testsleutel', '--geldig-tot', '2020-01-01');
    expect(past.status).toBe(1);
    expect(past.stderr).toMatch(/^--geldig-tot 2020-01-01: schrijf de laatste dag dat de links werken als JJJJ-MM-DD, vandaag \(\d{4}-\d{2}-\d{2}\) of later\.$/m);
    expect(existsSync(join(root, 'uit-verlopen'))).toBe(false);
    const svg = readFileSync(join(out, 'qr/12AB.svg'), 'utf8');
    expect(svg).toMatch(/^<svg role="img" aria-label="QR-code met de persoonlijke link naar de terugkoppeling voor OBS De Vlieger" xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<path');
  });

  it('exits 1 with the bad rows by line number, and writes nothing', () => {
    const csv = join(root, 'fout.csv');
    writeFileSync(csv, `${HEADER}\n12AB,OBS De Vlieger,sw-laag,2.4,3.1,2.8\n34CD,De Boog,sw-onbekend,3,3,3\n`);
    const out = join(root, 'uit-fout');
    const r = run(csv, '--onderzoek', 'leesonderwijs-2025', '--out', out, '--testsleutel');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${csv}: regel 3: groep “sw-onbekend” bestaat niet in dit onderzoek; kies uit: sw-laag, sw-hoog`);
    expect(r.stderr).toContain(`1 regel met een fout in ${csv}.`);
    expect(existsSync(out)).toBe(false);
  });

  it.each(['public/media/terugkoppeling', 'dist/links', 'link-naar-public/x'])('refuses to write school data into the published site (--out %s)', (folder) => {
    mkdirSync(join(root, 'public'), { recursive: true });
    if (!existsSync(join(root, 'link-naar-public'))) symlinkSync(join(root, 'public'), join(root, 'link-naar-public'));
    const csv = join(root, 'leesonderwijs-2025-voorbeeldscores.csv');
    writeFileSync(csv, GOOD);
    const r = run(csv, '--out', join(root, folder), '--testsleutel');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/die map komt op de openbare site \((public|dist)\/\)\. Kies een map buiten/);
    expect(existsSync(join(root, folder, 'links.csv'))).toBe(false);
  });

  it('refuses --out that is a file, in Dutch and without a stack trace', () => {
    const csv = join(root, 'leesonderwijs-2025-voorbeeldscores.csv');
    writeFileSync(csv, GOOD);
    const file = join(root, 'bestaand-bestand.txt');
    writeFileSync(file, 'niet overschrijven');
    const r = run(csv, '--out', file, '--testsleutel');
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`--out ${file} is een bestand, geen map. Noem een map; die mag nog niet bestaan.`);
    expect(readFileSync(file, 'utf8')).toBe('niet overschrijven');
  });

  it('says which investigation it needs when the file name does not tell', () => {
    const csv = join(root, 'scores.csv');
    writeFileSync(csv, GOOD);
    const r = run(csv);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Noem het met --onderzoek <id>\. Bestaande themaonderzoeken: leesonderwijs-2025/);
  });

  it('writes formula-like school names so a spreadsheet shows them as text', () => {
    const csv = join(root, 'leesonderwijs-2025-formules.csv');
    writeFileSync(csv, `${HEADER}\n12AB,"=HYPERLINK(""http://evil.example"";""klik"")",sw-laag,2,2,2\n34CD,+31 Basisschool,sw-laag,3,3,3\n56EF,@Kindcentrum,sw-laag,3,3,3\n78GH,-De Brug,sw-laag,3,3,3\n`);
    const out = join(root, 'uit-formules');
    expect(run(csv, '--out', out, '--testsleutel').status).toBe(0);
    const cells = parse(readFileSync(join(out, 'links.csv'), 'utf8')) as string[][];
    const schools = cells.slice(1).map((r) => r[1]!);
    expect(schools).toEqual(['\'=HYPERLINK("http://evil.example";"klik")', "'+31 Basisschool", "'@Kindcentrum", "'-De Brug"]);
    for (const cell of cells.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('signs with a private key file, and refuses to run without a key', async () => {
    const csv = join(root, 'leesonderwijs-2025-sleutel.csv');
    writeFileSync(csv, GOOD);
    const keyDir = mkdtempSync(join(tmpdir(), 'kp-sleutel-'));
    const keys = spawnSync(NODE, [resolve(import.meta.dirname, '../../../scripts/feedback/keys.ts'), '--id', '2026-1', '--map', keyDir], { encoding: 'utf8', env });
    expect(keys.stderr).toBe('');
    expect(keys.stdout).toContain('"id": "2026-1"');
    expect(keys.stdout).not.toContain('"d"');
    const keyFile = join(keyDir, 'terugkoppeling-sleutel-2026-1.json');
    // Real letters need the real address: without --site, or with the example address, nothing is made.
    const noSite = run(csv, '--out', join(root, 'uit-echt'), '--sleutel', keyFile);
    expect(noSite.status).toBe(1);
    expect(noSite.stderr).toMatch(/Noem het webadres van het kennisplatform met --site <adres>/);
    const exampleSite = run(csv, '--out', join(root, 'uit-echt'), '--sleutel', keyFile, '--site', 'https://kennisplatform.example');
    expect(exampleSite.status).toBe(1);
    expect(exampleSite.stderr).toMatch(/is het voorbeeldadres, geen echt adres/);
    expect(existsSync(join(root, 'uit-echt'))).toBe(false);
    const r = run(csv, '--out', join(root, 'uit-echt'), '--sleutel', keyFile, '--site', 'https://kennisplatform.test.example');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Adres van de links: https://kennisplatform.test.example');
    expect(r.stdout).toContain('Ondertekend met sleutel 2026-1.');
    expect(readFileSync(join(root, 'uit-echt', 'links.csv'), 'utf8')).toContain('#v3.2026-1.');
    const none = run(csv, '--out', join(root, 'uit-geen'));
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/Elke link wordt ondertekend/);
    // A key is never made inside the repository.
    const inside = spawnSync(NODE, [resolve(import.meta.dirname, '../../../scripts/feedback/keys.ts'), '--id', '2026-2', '--map', resolve(import.meta.dirname, 'sleutels')], { encoding: 'utf8', env });
    expect(inside.status).toBe(1);
    expect(inside.stderr).toMatch(/ligt in de repository/);
    rmSync(keyDir, { recursive: true, force: true });
  });

  it('never takes the host silently from KP_SITE, and says which host it used', () => {
    const csv = join(root, 'leesonderwijs-2025-host.csv');
    writeFileSync(csv, GOOD);
    const withEnv = spawnSync(NODE, [SCRIPT, csv, '--testsleutel', '--out', join(root, 'uit-env'), '--root', root], { encoding: 'utf8', cwd: root, env: { ...env, KP_SITE: 'https://nep.example' } });
    expect(withEnv.status).toBe(1);
    expect(withEnv.stderr).toMatch(/KP_SITE \(https:\/\/nep\.example\) geldt alleen voor de bouw van de site\. Noem het adres van de links met --site/);
    const site = run(csv, '--testsleutel', '--out', join(root, 'uit-site'), '--site', 'https://test.example');
    expect(site.stdout).toContain('Adres van de links: https://test.example');
  });
});
