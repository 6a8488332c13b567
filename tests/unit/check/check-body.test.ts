/**
 * Bodies of Markdown and MDX files: what the component and link checks must accept, and the
 * less common mistakes (the common ones each have a fixture in tests/fixtures/broken/).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/run.ts';
import { formatProblem } from '../../../src/lib/content/errors.ts';

const BASE = join(import.meta.dirname, '../../fixtures/base');
const PRACTICE = readFileSync(join(BASE, 'content/practices/lezen-in-groep-5.md'), 'utf8');
const roots: string[] = [];
afterAll(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** Problems for a second practice, voorbeeld.mdx (or .md), whose body is `body` (starting on line 23). */
async function bodyProblems(body: string, ext = 'mdx'): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'kp-body-'));
  roots.push(root);
  cpSync(BASE, root, { recursive: true });
  mkdirSync(join(root, 'public/images'), { recursive: true });
  // A real PNG: the checker reads a file's bytes, not only its name.
  cpSync(join(import.meta.dirname, '../../fixtures/public-files/real/klein.png'), join(root, 'public/images/klas.png'));
  writeFileSync(join(root, `content/practices/voorbeeld.${ext}`), PRACTICE.replace('Testtekst.\n', body));
  const { problems } = await checkContent({ root, now: new Date('2026-11-23') });
  return problems.map(formatProblem).map((l) => l.replace(/^content\/practices\/voorbeeld\.mdx?:/, ''));
}

describe('accepted', () => {
  it('every component with valid props, a tag over several lines, and nesting', async () => {
    const body = [
      '<Callout type="let-op" title="Let op">',
      'Tekst met <Standaard code="OP0" /> en <Standaard code="OP0" editie="2021" />.',
      '',
      '<Quote name="Fatima" role="leraar">',
      'Binnen een kader.',
      '</Quote>',
      '</Callout>',
      '',
      '<Figure',
      '  src="/images/klas.png"',
      '  alt="Leerlingen lezen samen in de klas"',
      '  caption="De leeshoek"',
      '/>',
      '',
      '<ZoDoenWijHet school="OBS De Testtuin">',
      'Zo gaat het bij ons.',
      '</ZoDoenWijHet>',
      '',
      '![Leerlingen lezen samen](/images/klas.png) en <abbr title="primair onderwijs">po</abbr>.',
      '',
    ].join('\n');
    expect(await bodyProblems(body)).toEqual([]);
  });

  it('components inside code are examples, not components', async () => {
    const body = ['Schrijf `<Calout>` niet zo.', '', '```mdx', '<Onbekend code="XX9">', '[link](/bestaat/niet/)', '```', '', '{/* <Kapot> */}', ''].join('\n');
    expect(await bodyProblems(body)).toEqual([]);
  });
});

describe('refused', () => {
  it('a component written in lower case', async () => {
    expect(await bodyProblems('<callout>\nTekst.\n</callout>\n')).toEqual([
      '23  (tekst)  schrijf <Callout> met een hoofdletter; <callout> is geen onderdeel',
    ]);
  });

  // An MDX syntax error stops the parser (as it stops the build): one problem per round for these.
  it('a closing tag that closes the wrong component', async () => {
    expect(await bodyProblems('<Callout>\nTekst.\n</Quote>\n</Callout>\n')).toEqual([
      '25  (tekst)  </Quote> sluit niets af: er staat geen <Quote> voor (nog open: <Callout> van regel 23)',
    ]);
  });

  it('a closing tag without an opening tag', async () => {
    expect(await bodyProblems('<Callout>\nTekst.\n</Callout>\n\n</Callout>\n')).toEqual(['27  (tekst)  </Callout> sluit niets af: er staat geen <Callout> voor']);
  });

  it('an unknown prop and a missing required prop', async () => {
    expect(await bodyProblems('<Quote naam="Fatima">\nTekst.\n</Quote>\n')).toEqual([
      '23  (tekst)  <Quote> kent de eigenschap naam niet (typefout?)  (toegestaan: name, role)',
      '23  (tekst)  <Quote> mist name="..."',
    ]);
  });

  it('a Figure that is not self-closing', async () => {
    expect(await bodyProblems('<Figure src="/images/klas.png" alt="Leerlingen lezen samen">\n')).toEqual(['23  (tekst)  <Figure ...> moet eindigen met />']);
  });

  it('a Figure with a short alt text and a missing image', async () => {
    expect(await bodyProblems('<Figure src="/images/foto.jpg" alt="foto" />\n')).toEqual([
      '23  (tekst)  bestand /images/foto.jpg bestaat niet; zet het in public/images/foto.jpg',
      '23  (tekst)  <Figure> alt-tekst is te kort: beschrijf wat op de afbeelding staat',
    ]);
  });

  it('a standard from an edition that does not exist', async () => {
    expect(await bodyProblems('<Standaard code="OP0" editie="2019" />\n')).toEqual([
      '23  (tekst)  <Standaard editie="2019">: dit onderzoekskader bestaat niet  (toegestaan: 2021)',
    ]);
  });

  it('a link to a file in public/ that is not there', async () => {
    expect(await bodyProblems('Download [de brochure als pdf](/downloads/lezen.pdf).\n', 'md')).toEqual([
      '23  (tekst)  bestand /downloads/lezen.pdf bestaat niet; zet het in public/downloads/lezen.pdf',
    ]);
  });
});
