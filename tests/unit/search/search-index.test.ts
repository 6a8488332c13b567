import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/run.ts';
import { formatProblem } from '../../../src/lib/content/errors.ts';
import { lexiconFromWords } from '../../../src/lib/search/compounds/lexicon.ts';
import { excerptHtml, hasAddedTerms, ownLocations, TERMS_ANCHOR } from '../../../src/lib/search/excerpt.ts';
import { htmlForIndex, kindTerms, partTerms, synonymTerms, WEIGHTS, wordsOf } from '../../../src/lib/search/index-terms.ts';
import { indexInput } from '../../../src/lib/search/index-input.ts';
import { searchTermsSchema } from '../../../src/schemas/search-terms.ts';
import { bestScore, preferCorrection } from '../../../src/lib/search/spelling.ts';

const page = (body: string) =>
  indexInput(
    `<html lang="nl"><body><header><article class="kp-card">kaart</article></header><article data-pagefind-body data-pagefind-meta="type:Podcast"><h1>Titel</h1>${body}<article class="nested">binnen</article></article><footer><article>voet</article></footer></body></html>`,
  )!;

describe('htmlForIndex', () => {
  it('adds the terms region at the end of the body, each group with its weight, escaped', () => {
    const out = htmlForIndex(page('<p>x</p>'), { kind: ['podcast'], synonyms: [], parts: ['cultuur', '<script>'] });
    expect(out).toContain(`<div id="${TERMS_ANCHOR}"><p data-pagefind-weight="${WEIGHTS.kind}">podcast</p><p data-pagefind-weight="${WEIGHTS.parts}">cultuur &lt;script&gt;</p></div></article></body>`);
    expect(out).not.toContain('data-pagefind-weight="1"');
  });
  it('ends term labels with a colon so excerpts read "Plaats: Amersfoort."', () => {
    const out = htmlForIndex(page('<dl><div><dt class="a">Plaats</dt><dd>Amersfoort</dd></div><div><dt>Regio:</dt><dd>Midden</dd></div></dl>'), { kind: [], synonyms: [], parts: [] });
    expect(out).toContain('<dt class="a">Plaats: </dt><dd>Amersfoort</dd></div><div><dt>Regio:</dt>');
  });
});

describe('terms a page gets', () => {
  const terms = searchTermsSchema().parse({
    synoniemen: [['vso', 'voortgezet speciaal onderwijs'], ['mr', 'medezeggenschapsraad']],
    verwijzingen: [{ zoekterm: 'pesten', vindt: ['sociale veiligheid'] }],
  });
  it('adds the other words of a synonym group, both ways, as whole words only', () => {
    expect(synonymTerms('Een school voor voortgezet speciaal onderwijs.', terms)).toEqual(['vso']);
    expect(synonymTerms('Op de vso-school', terms)).toEqual(['voortgezet speciaal onderwijs']);
    expect(synonymTerms('De mr besluit', terms)).toEqual(['medezeggenschapsraad']);
    expect(synonymTerms('De mraad en het vsonderwijs', terms)).toEqual([]);
    // Punctuation and line breaks between the words of a phrase do not hide it.
    expect(synonymTerms('In het (voortgezet)\nspeciaal onderwijs', terms)).toEqual(['vso']);
    expect(synonymTerms('Voortgezet speciaal onderwijsbeleid', terms)).toEqual([]);
  });
  it('applies a one-way reference only from target to search term', () => {
    expect(synonymTerms('Werken aan sociale veiligheid', terms)).toEqual(['pesten']);
    expect(synonymTerms('Samen tegen pesten', terms)).toEqual([]);
  });
  it('gives the type name in both numbers and the codes of linked standards', () => {
    const input = indexInput(
      '<html><body><article data-pagefind-body data-pagefind-meta="type:Goed voorbeeld"><span data-pagefind-filter="standaard:OP0 Basisvaardigheden"></span><span data-pagefind-filter="standaard:SK1 Veiligheid"></span><span data-pagefind-filter="thema:AB1 Geen standaard"></span></article></body></html>',
    )!;
    expect(kindTerms(input, { 'Goed voorbeeld': ['Goed voorbeeld', 'Goede voorbeelden'] })).toEqual(['goed voorbeeld', 'goede voorbeelden', 'op0', 'sk1']);
  });
  it('adds compound parts the page does not already hold', () => {
    const lexicon = lexiconFromWords(['kwaliteit', 'cultuur', 'lees', 'aanbod']);
    expect(partTerms(wordsOf('De kwaliteitscultuur en het leesaanbod; aanbod genoeg.'), lexicon)).toEqual(['cultuur', 'kwaliteit', 'lees']);
  });
});

describe('searchTermsSchema', () => {
  it('rejects a group of one word and odd characters, in Dutch', () => {
    const r = searchTermsSchema().safeParse({ synoniemen: [['vso']], verwijzingen: [{ zoekterm: '<b>', vindt: [] }] });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toContain('een groep synoniemen heeft minstens 2 woorden');
    expect(messages).toContain('gebruik alleen letters, cijfers, spaties, apostrof en koppelteken');
    expect(messages).toContain('noem minstens 1 woord bij "vindt"');
  });
});

describe('npm run check on content/search-terms/', () => {
  it('names file, line, field and what to write instead, in Dutch', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kp-search-terms-'));
    try {
      mkdirSync(join(root, 'content/search-terms'), { recursive: true });
      writeFileSync(join(root, 'content/search-terms/synoniemen.yaml'), 'synoniemen:\n  - [vso]\n  - [mr, "<b>"]\nverwijzingen:\n  - zoekterm: pesten\n    vind: [x]\n');
      const { problems } = await checkContent({ root });
      expect(problems.map(formatProblem)).toEqual([
        'content/search-terms/synoniemen.yaml:2  synoniemen[0]  ["vso"]: een groep synoniemen heeft minstens 2 woorden',
        'content/search-terms/synoniemen.yaml:3  synoniemen[1][1]  "<b>": gebruik alleen letters, cijfers, spaties, apostrof en koppelteken',
        'content/search-terms/synoniemen.yaml:5  verwijzingen[0].vindt  verplicht veld ontbreekt',
        'content/search-terms/synoniemen.yaml:6  verwijzingen[0].vind  onbekend veld "vind"; bedoelt u "vindt"?  (toegestaan: zoekterm, vindt)',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('excerptHtml', () => {
  const base = { excerpt: 'een <mark>cultuur</mark>', content: 'Titel. De school werkt & leert. cultuur kwaliteit', meta: { title: 'Titel' }, anchors: [{ id: TERMS_ANCHOR, location: 6 }] };
  it("keeps Pagefind's excerpt for a page without added words", () => {
    expect(excerptHtml({ ...base, anchors: [], locations: [3, 6] })).toBe('een <mark>cultuur</mark>');
  });
  it('marks own matches and never shows the added words', () => {
    expect(excerptHtml({ ...base, locations: [3, 6] })).toBe('Titel. De school <mark>werkt</mark> &amp; leert.');
  });
  it('shows the opening words, escaped, when only the added terms matched', () => {
    expect(excerptHtml({ ...base, locations: [6] })).toBe('De school werkt &amp; leert.');
  });
  it('tells own matches from matches in the added words', () => {
    expect(ownLocations({ ...base, locations: [3, 6, 7] })).toEqual([3]);
    expect(ownLocations({ anchors: [], locations: [3, 60] })).toEqual([3, 60]);
    expect(hasAddedTerms(base)).toBe(true);
    expect(hasAddedTerms({ anchors: [{ id: 't-1m00s', location: 3 }] })).toBe(false);
  });
  it('centres on the densest run of own matches in a long page', () => {
    const content = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const out = excerptHtml({ excerpt: '', content, meta: {}, anchors: [{ id: TERMS_ANCHOR, location: 100 }], locations: [5, 60, 62, 64] }, 10);
    expect(out).toBe('… w57 w58 w59 <mark>w60</mark> w61 <mark>w62</mark> w63 <mark>w64</mark> w65 w66 …');
  });
});

describe('preferCorrection', () => {
  it('takes the corrected query when the typed one found nothing or clearly less', () => {
    expect(preferCorrection(0, 3)).toBe(true);
    expect(preferCorrection(1, 5)).toBe(true);
    expect(preferCorrection(4, 5)).toBe(false);
    expect(preferCorrection(4, 0)).toBe(false);
    expect(bestScore([{ score: 2 }, { score: 7 }])).toBe(7);
    expect(bestScore([])).toBe(0);
  });
});
