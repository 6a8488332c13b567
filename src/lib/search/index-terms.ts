/**
 * What the search index gets on top of a page's own text (pure; scripts/search/index-search.ts
 * feeds it what src/lib/search/index-input.ts read of the built HTML): the parts of its compounds,
 * the editors' synonyms, and the name of its content type and the codes of its standards, each in
 * a region with its own Pagefind weight.
 */
import { compoundTerms } from './compounds/split.ts';
import type { Lexicon } from './compounds/lexicon.ts';
import type { SearchTerms } from '../../schemas/search-terms.ts';
import { TERMS_ANCHOR } from './excerpt.ts';
import type { IndexInput } from './index-input.ts';

/**
 * Pagefind weights (1 is ordinary text, titles 10, leads 5). The type name and standard codes
 * outweigh a passing mention in other pages; synonyms count as ordinary text; compound parts
 * weigh less than a whole word, so a page that says "cultuur" ranks above one that says
 * "kwaliteitscultuur".
 */
export const WEIGHTS = { kind: 4, synonyms: 1, parts: 0.1 } as const;

export interface PageTerms {
  /** Content type words and standard codes: "podcast podcasts", "op0". */
  kind: string[];
  synonyms: string[];
  parts: string[];
}

/** Lower-case words of a text, with hyphenated words kept whole and split (taal-rekenbeleid → both). */
export function wordsOf(text: string): string[] {
  const words = text.toLowerCase().match(/[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*/g) ?? [];
  return words.flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]));
}

/**
 * Lower-case words between single spaces, padded: " de vso-school " → " de vso school ". A phrase
 * is in a text when its own words, padded, are: whole words only, in one pass over the page (a
 * regular expression per phrase and page took most of the index step at 10,000 pages).
 */
const asWords = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
const phraseWords = new Map<string, string>();
const phraseIn = (words: string, phrase: string) => {
  let padded = phraseWords.get(phrase);
  if (padded === undefined) phraseWords.set(phrase, (padded = asWords(phrase)));
  return padded.trim() !== '' && words.includes(padded);
};

/** Editors' words a page gets: the rest of every synonym group it holds a word of, and every search term whose target it holds. */
export function synonymTerms(text: string, terms: SearchTerms): string[] {
  const words = asWords(text);
  const out = new Set<string>();
  for (const group of terms.synoniemen) if (group.some((w) => phraseIn(words, w))) group.filter((w) => !phraseIn(words, w)).forEach((w) => out.add(w.toLowerCase()));
  for (const { zoekterm, vindt } of terms.verwijzingen) if (vindt.some((w) => phraseIn(words, w)) && !phraseIn(words, zoekterm)) out.add(zoekterm.toLowerCase());
  return [...out];
}

// Splits per lexicon and word: at 10,000 pages the same words come back on nearly every page.
const splitCache = new WeakMap<Lexicon, Map<string, string[]>>();

/** Parts of the page's compounds that do not already occur as words of their own on the page (its words as wordsOf gives them). */
export function partTerms(pageWords: Iterable<string>, lexicon: Lexicon): string[] {
  let cache = splitCache.get(lexicon);
  if (!cache) splitCache.set(lexicon, (cache = new Map()));
  const words = new Set(pageWords);
  const out = new Set<string>();
  for (const word of words) {
    let parts = cache.get(word);
    if (!parts) cache.set(word, (parts = compoundTerms(word, lexicon)));
    for (const part of parts) if (!words.has(part)) out.add(part);
  }
  return [...out].sort();
}

/**
 * The type and standard words of a page: its type name in singular and plural (from its
 * data-pagefind-meta "type"), and the codes of the standards it is linked to (its "standaard"
 * filters), as index-input.ts read them.
 */
export function kindTerms(page: Pick<IndexInput, 'meta' | 'filters'>, typeNames: Readonly<Record<string, readonly string[]>>): string[] {
  const type = page.meta.find(([key]) => key === 'type')?.[1];
  const codes = page.filters.flatMap(([key, value]) => {
    const code = key === 'standaard' ? value.split(' ')[0]! : '';
    return /^[A-Z]{1,4}\d{1,2}$/.test(code) ? [code.toLowerCase()] : [];
  });
  return [...new Set([...(type ? (typeNames[type] ?? [type]) : []).map((w) => w.toLowerCase()), ...codes])];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * What Pagefind is given for a page: its index document (index-input.ts) with term labels ending
 * in ": " so excerpts read "Plaats: Amersfoort." instead of "PlaatsAmersfoort.", and the added
 * terms in one region at the end of the indexed body.
 */
export function htmlForIndex(page: Pick<IndexInput, 'document' | 'bodyEnd' | 'labelEnds'>, terms: PageTerms): string {
  const region = [
    `<div id="${TERMS_ANCHOR}">`,
    ...([['kind', terms.kind], ['synonyms', terms.synonyms], ['parts', terms.parts]] as const)
      .filter(([, words]) => words.length)
      .map(([key, words]) => `<p data-pagefind-weight="${WEIGHTS[key]}">${escapeHtml(words.join(' '))}</p>`),
    '</div>',
  ].join('');
  const out: string[] = [];
  let at = 0;
  for (const end of [...page.labelEnds, page.bodyEnd]) {
    out.push(page.document.slice(at, end), end === page.bodyEnd ? region : ': ');
    at = end;
  }
  out.push(page.document.slice(at));
  return out.join('');
}
