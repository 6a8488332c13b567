/**
 * Spelling help never replaces a correct Dutch word: the shard rule, and the real word list the
 * build publishes (OpenTaal's dictionary expanded by hunspell-reader, src/data/dutch-words.ts).
 */
import { describe, expect, it } from 'vitest';
import { correctionOf, dutchWordsAmong, dutchWordShards, DUTCH_SHARDS, normalWord, shardName, shardOf } from '../../../src/lib/search/dutch-words.ts';
import { vocabulary } from '../../../src/lib/search/spelling.ts';
import { dutchWordShardList } from '../../../src/data/dutch-words.ts';

// Words the sample site uses: "lijn" is one edit from "mijn", "pesten" two from "pestne".
const vocab = vocabulary(['Eén lijn in de aanpak van conflicten', 'Samen tegen pesten', 'Kwaliteitszorg die werkt', 'Leskwaliteit']);

describe('Dutch word shards', () => {
  it('puts a word in one stable shard, in Node as in the browser', () => {
    expect(shardOf('mijn')).toBe(shardOf('mijn'));
    expect(shardOf('mijn')).toBeGreaterThanOrEqual(0);
    expect(shardOf('mijn')).toBeLessThan(DUTCH_SHARDS);
    expect(new Set(['mijn', 'wordt', 'gepest', 'klacht', 'kind', 'ouders'].map(shardOf)).size).toBeGreaterThan(3);
    expect(shardName(0)).toBe('00');
    expect(shardName(255)).toBe('ff');
  });

  it('keeps only words of 4+ letters, lower case, OpenTaal ĳ as ij, sorted without duplicates', () => {
    const shards = dutchWordShards(['Mĳn', 'mijn', 'de', 'Amsterdam', '3D-printer', 'zo-even']);
    const all = shards.flat();
    expect(all.sort()).toEqual(['amsterdam', 'mijn', 'zo-even']);
    expect(shards[shardOf('mijn')]).toEqual(['mijn']);
    expect(normalWord('Mĳn')).toBe('mijn');
  });

  it('looks words up with one load per shard, and treats a shard that fails as empty', async () => {
    const shards = dutchWordShards(['mijn', 'wordt', 'gepest']);
    const loaded: number[] = [];
    const load = async (n: number) => (loaded.push(n), shards[n]!);
    expect(await dutchWordsAmong(['Mijn', 'pestne', 'wordt'], load)).toEqual(new Set(['mijn', 'wordt']));
    expect(loaded.length).toBe(new Set(['mijn', 'pestne', 'wordt'].map(shardOf)).size);
    expect(await dutchWordsAmong(['mijn'], () => Promise.reject(new Error('offline')))).toEqual(new Set());
  });
});

describe('correction with the real Dutch word list', () => {
  const load = async (n: number) => (await dutchWordShardList())[n]!;

  it('holds the inflected forms parents type', async () => {
    const found = await dutchWordsAmong(['mijn', 'kind', 'wordt', 'gepest', 'klachten', 'kinderen', 'ongerust', 'onveilig', 'gemeld'], load);
    expect([...found].sort()).toEqual(['gemeld', 'gepest', 'kind', 'kinderen', 'klachten', 'mijn', 'ongerust', 'onveilig', 'wordt']);
  }, 60_000);

  it('never rewrites "mijn kind wordt gepest", and still corrects real typos', async () => {
    expect(await correctionOf('mijn kind wordt gepest', vocab, load)).toBeUndefined();
    expect(await correctionOf('pestne', vocab, load)).toBe('pesten');
    expect(await correctionOf('leskwalitiet', vocab, load)).toBe('leskwaliteit');
    expect(await correctionOf('mijn kind wordt pestne', vocab, load)).toBe('mijn kind wordt pesten');
  }, 60_000);

  it('loads no shard when no word would change', async () => {
    const loaded: number[] = [];
    expect(await correctionOf('samen tegen pesten', vocab, async (n) => (loaded.push(n), []))).toBeUndefined();
    expect(loaded).toEqual([]);
  });
});
