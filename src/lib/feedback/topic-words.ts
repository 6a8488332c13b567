/**
 * The words a short text is about, in base forms, so an item's title and summary can be matched to
 * an indicator's label: "Meer leestijd en kennisrijke teksten" holds lees, tijd, leestijd, tekst …
 * and so matches "Leestijd" and "Rijk tekstaanbod". Compounds are split with the search index's
 * splitter and Dutch word list (src/lib/search/compounds/); plurals and verb forms are reduced
 * with its tailForms plus Dutch final devoicing (lezen → lees, geven → geef). Pure: the caller
 * gives the lexicon.
 */
import type { Lexicon } from '../search/compounds/lexicon.ts';
import { compoundTerms, tailForms } from '../search/compounds/split.ts';
import { wordsOf } from '../search/index-terms.ts';

/** Words that say nothing about what an item helps with: function words and the trade's everyday words. */
const STOP = new Set([
  'aan', 'als', 'bij', 'dat', 'de', 'den', 'der', 'die', 'door', 'een', 'en', 'er', 'het', 'hun', 'in', 'met', 'naar', 'nog', 'niet', 'of', 'ook', 'om', 'op', 'over', 'te', 'tot', 'uit', 'uw', 'van', 'voor', 'wel', 'zijn',
  'school', 'scholen', 'leerling', 'leerlingen', 'leraar', 'leraren', 'docent', 'docenten', 'team', 'onderwijs', 'kind', 'kinderen', 'student', 'studenten',
]);

/** A word's base forms: as written, singular, verb stem, with a final z/v devoiced (leez → lees). */
export function baseForms(word: string): string[] {
  const forms = new Set<string>();
  for (const f of tailForms(word)) {
    forms.add(f);
    if (/z$/.test(f)) forms.add(`${f.slice(0, -1)}s`);
    if (/v$/.test(f)) forms.add(`${f.slice(0, -1)}f`);
  }
  return [...forms].filter((f) => f.length >= 3);
}

/**
 * The units of meaning in a text: each word, and each part of a compound, with its base forms.
 * "Leestijd" → [{leestijd}, {lees}, {tijd}]. Stop words and words under three letters are left out.
 */
export function topicUnits(text: string, lexicon: Lexicon): Set<string>[] {
  const units: Set<string>[] = [];
  for (const word of wordsOf(text)) {
    if (word.length < 3 || STOP.has(word)) continue;
    units.push(new Set(baseForms(word)));
    for (const part of compoundTerms(word, lexicon)) if (!STOP.has(part)) units.push(new Set(baseForms(part)));
  }
  return units;
}

/** Every base form in a text, for matching against units. */
export function topicForms(text: string, lexicon: Lexicon): Set<string> {
  return new Set(topicUnits(text, lexicon).flatMap((u) => [...u]));
}

export const meets = (unit: ReadonlySet<string>, forms: ReadonlySet<string>) => [...unit].some((f) => forms.has(f));
