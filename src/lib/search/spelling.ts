/**
 * Typo tolerance for search. Pagefind matches stems and prefixes but not misspellings, so when a
 * query finds nothing the search page corrects each word to the closest word in the site's own
 * vocabulary (built at build time) and searches again: "pestne" → "pesten". A correct Dutch word
 * is never replaced, even when the site does not use it ("mijn" does not become "lijn"): the
 * caller says which words are Dutch (src/lib/search/dutch-words.ts).
 */
const WORD = /[a-zà-ÿ][a-zà-ÿ'-]{3,}/g;

/** Unique lower-case words of 4+ letters, sorted; the vocabulary shipped as /zoeken/woorden.json. */
export function vocabulary(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const w of text.toLowerCase().match(WORD) ?? []) words.add(w.replace(/^[-']+|[-']+$/g, ''));
  return [...words].filter((w) => w.length >= 4).sort();
}

/** Damerau-Levenshtein distance (optimal string alignment), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

/** Whether a (lower-case) word is a correct Dutch word; unknown words are not. */
export type IsDutch = (word: string) => boolean;
const noDictionary: IsDutch = () => false;

/** The closest vocabulary word (1 edit for short words, 2 for long ones), or the word itself when it is a vocabulary or Dutch word. */
export function correctWord(word: string, vocab: readonly string[], isDutch: IsDutch = noDictionary): string {
  const w = word.toLowerCase();
  if (w.length < 4 || vocab.includes(w) || isDutch(w)) return word;
  const max = w.length >= 7 ? 2 : 1;
  let best: { word: string; dist: number } | undefined;
  for (const candidate of vocab) {
    const dist = editDistance(w, candidate, max);
    if (dist <= max && (!best || dist < best.dist || (dist === best.dist && candidate.length < best.word.length))) best = { word: candidate, dist };
  }
  return best?.word ?? word;
}

const queryWords = (query: string) => query.split(/\s+/).filter(Boolean);

/** Corrects every word of a query; returns undefined when nothing changed. */
export function correctQuery(query: string, vocab: readonly string[], isDutch: IsDutch = noDictionary): string | undefined {
  const corrected = queryWords(query).map((w) => correctWord(w, vocab, isDutch)).join(' ');
  return corrected.toLowerCase() === query.trim().toLowerCase() ? undefined : corrected;
}

/** The words of a query the vocabulary alone would replace: only these need the dictionary's word. */
export function wordsToCorrect(query: string, vocab: readonly string[]): string[] {
  return [...new Set(queryWords(query).filter((w) => correctWord(w, vocab) !== w).map((w) => w.toLowerCase()))];
}

/** The score of the best result, 0 when there is none. */
export function bestScore(results: readonly { score: number }[]): number {
  return results.reduce((best, r) => Math.max(best, r.score), 0);
}

/**
 * Whether to show the results of the corrected query instead of the query as typed: when the typed
 * query found nothing, or only weak matches next to a corrected query that matches clearly better
 * (twice the best score). A correctly spelt word that is not in the vocabulary keeps its own results.
 */
export function preferCorrection(typedBest: number, correctedBest: number): boolean {
  if (correctedBest <= 0) return false;
  return typedBest <= 0 || correctedBest >= 2 * typedBest;
}
