/**
 * Bad input gets one readable Dutch line per problem: file, line, field, value and what is allowed.
 * Each case copies the valid base fixture and breaks one thing.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/run.ts';
import { formatProblem } from '../../../src/lib/content/errors.ts';

const BASE = join(import.meta.dirname, '../../fixtures/base');
const PRACTICE = 'content/practices/lezen-in-groep-5.md';
const roots: string[] = [];

/** A copy of the base fixture with `edit` applied to one file's text. */
function fixture(file: string, edit: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'kp-check-'));
  roots.push(root);
  cpSync(BASE, root, { recursive: true });
  writeFileSync(join(root, file), edit(readFileSync(join(root, file), 'utf8')));
  return root;
}

const errorsOf = async (root: string) =>
  (await checkContent({ root, now: new Date('2026-11-23') })).problems.filter((p) => p.severity === 'error').map(formatProblem);

afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

describe('content check', () => {
  it('accepts the valid base fixture', async () => {
    expect(await errorsOf(BASE)).toEqual([]);
  });

  it('names a wrong enum value and lists what is allowed', async () => {
    const root = fixture(PRACTICE, (t) => t.replace('  sector: po', '  sector: basisschool'));
    expect(await errorsOf(root)).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:12  school.sector  "basisschool": onbekende sector  (toegestaan: vve, po, sbo, so, vso, vo, pro, mbo, ho)",
      ]
    `);
  });

  it('names a missing required field', async () => {
    const root = fixture(PRACTICE, (t) => t.replace(/^approach:.*\n/m, ''));
    expect(await errorsOf(root)).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:1  approach  verplicht veld ontbreekt",
      ]
    `);
  });

  it('names an unknown reference and suggests existing ids', async () => {
    const root = fixture(PRACTICE, (t) => t.replace('themes: [basisvaardigheden]', 'themes: [basisvaardigheid]'));
    expect(await errorsOf(root)).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:5  themes[0]  "basisvaardigheid" bestaat niet in themes; bedoelt u "basisvaardigheden"?  (toegestaan: basisvaardigheden)",
      ]
    `);
  });

  it('catches an end date before the start date', async () => {
    const root = fixture('content/frameworks/2021.yaml', (t) => t.replace('validUntil: 2027-07-31', 'validUntil: 2020-07-31'));
    expect(await errorsOf(root)).toMatchInlineSnapshot(`
      [
        "content/frameworks/2021.yaml:5  validUntil  "2020-07-31": validUntil ligt vóór de begindatum",
      ]
    `);
  });

  it('requires alt text on an image', async () => {
    const root = fixture(PRACTICE, (t) => t.replace('source: themaonderzoek', 'source: themaonderzoek\nimage:\n  src: /images/klas.jpg'));
    expect(await errorsOf(root)).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:22  image.alt  verplicht veld ontbreekt: beschrijf wat op de afbeelding staat (alt-tekst)",
      ]
    `);
  });

  it('catches a misspelled field name instead of silently dropping it', async () => {
    const root = fixture(PRACTICE, (t) => t.replace('outcomes:', 'outcomess:'));
    expect(await errorsOf(root)).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:1  outcomes  verplicht veld ontbreekt",
        "content/practices/lezen-in-groep-5.md:19  outcomess  onbekend veld "outcomess"; bedoelt u "outcomes"?  (toegestaan: title, summary, image, draft, publishDate, updatedDate, changes, reviewBy, themes, standards, sectors, school, approach, outcomes, setbacks, quote, source, sourceNote, expertSchool)",
      ]
    `);
  });

  it('reports YAML syntax errors with their line', async () => {
    const root = fixture(PRACTICE, (t) => t.replace('title: Elke dag', 'title: "Elke dag'));
    expect((await errorsOf(root))[0]).toMatch(/^content\/practices\/lezen-in-groep-5\.md:\d+  \(yaml\)  YAML-fout/);
  });

  it('finds a broken internal link in a body', async () => {
    const root = fixture(PRACTICE, (t) => t.replace('Testtekst.', 'Zie [het thema lezen](/themas/lezen/).'));
    expect(await errorsOf(root)).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:23  (tekst)  link naar /themas/lezen/ gaat naar een pagina die niet bestaat",
      ]
    `);
  });
});
