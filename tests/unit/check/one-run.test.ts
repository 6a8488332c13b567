/**
 * One run of `npm run check` shows every independent problem of a file (issue 27): a wrong field no
 * longer hides a missing theme, a missing image or unsafe text until the next round, and a file whose
 * YAML cannot be read still has its text checked. Fixtures: tests/fixtures/one-run/<case>/, laid over
 * tests/fixtures/base like check-fixtures.test.ts.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/run.ts';
import { formatProblem } from '../../../src/lib/content/errors.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const NOW = new Date('2026-11-23T12:00:00Z');
const roots: string[] = [];
afterAll(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

async function linesOf(name: string): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), `kp-one-run-${name}-`));
  roots.push(root);
  cpSync(join(FIXTURES, 'base'), root, { recursive: true });
  cpSync(join(FIXTURES, 'one-run', name), root, { recursive: true });
  return (await checkContent({ root, now: NOW })).problems.map(formatProblem);
}

describe('every problem of a file in one run', () => {
  it('six mistakes in one file: two fields, a theme that does not exist, a missing photo, a script and a broken link', async () => {
    expect(await linesOf('six-mistakes')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:1  summary  verplicht veld ontbreekt",
        "content/practices/lezen-in-groep-5.md:3  sumary  onbekend veld "sumary"; bedoelt u "summary"?  (toegestaan: title, summary, image, draft, publishDate, updatedDate, changes, reviewBy, themes, standards, sectors, school, approach, outcomes, setbacks, quote, source, sourceNote, expertSchool)",
        "content/practices/lezen-in-groep-5.md:5  themes[0]  "basisvaardigheid" bestaat niet in themes; bedoelt u "basisvaardigheden"?  (toegestaan: basisvaardigheden)",
        "content/practices/lezen-in-groep-5.md:9  image.src  bestand /images/klas-groep-5.jpg bestaat niet; zet het in public/images/klas-groep-5.jpg",
        "content/practices/lezen-in-groep-5.md:24  source  "aanmelding": onbekende bron  (toegestaan: themaonderzoek, kwaliteitsonderzoek, bestuursonderzoek, aanmelding-school, expertschool)",
        "content/practices/lezen-in-groep-5.md:26  (tekst)  HTML-code (<script>) is niet toegestaan in de tekst; gebruik Markdown of een onderdeel  (toegestaan: <sup>, <sub>, <br>, <abbr> zonder eigenschappen, en <abbr title="...">)",
        "content/practices/lezen-in-groep-5.md:28  (tekst)  link naar /themas/lezen-bestaat-niet/ gaat naar een pagina die niet bestaat",
        "content/themes/basisvaardigheden.md:1  (thema)  waarschuwing: thema heeft nog geen items; koppel minstens één item of haal het thema weg",
      ]
    `);
  });

  it('a file whose YAML cannot be read still has its text checked', async () => {
    expect(await linesOf('yaml-error-and-unsafe-body')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:18  (yaml)  YAML-fout: er staat een dubbele punt in de tekst; zet de hele tekst tussen aanhalingstekens: "..."",
        "content/practices/lezen-in-groep-5.md:23  (tekst)  HTML-code (<iframe>) is niet toegestaan in de tekst; gebruik Markdown of een onderdeel  (toegestaan: <sup>, <sub>, <br>, <abbr> zonder eigenschappen, en <abbr title="...">)",
      ]
    `);
  });
});
