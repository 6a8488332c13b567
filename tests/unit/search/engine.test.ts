/** Loading Pagefind before the reader has finished typing (src/lib/search/engine.ts). */
import { describe, expect, it } from 'vitest';
import { likelyQuery, loadEngine, preloadTerm, searchDelay, SEARCH_DELAY_MS, stillTyping } from '../../../src/lib/search/engine.ts';

const VOCAB = ['burgerschap', 'leerling', 'lees', 'leesplezier', 'lezen', 'lezers', 'pesten', 'rekenen'].sort();

describe('loading the engine', () => {
  it('asks for the list of parts before the script has arrived, loads engine and page list before merging, and merges every part', async () => {
    const calls: string[] = [];
    let arrive!: () => void;
    const script = new Promise<void>((resolve) => (arrive = resolve));
    const engine = {
      options: async (o: Record<string, unknown>) => void calls.push(`options ${JSON.stringify(o)}`),
      init: async () => void calls.push('init'),
      preload: async () => undefined,
      mergeIndex: async (path: string) => void calls.push(`merge ${path}`),
    };
    const loading = loadEngine(
      async () => {
        await script;
        calls.push('script');
        return engine;
      },
      async (url) => {
        calls.push(`fetch ${url}`);
        return ['/pagefind/delen/2/'];
      },
      { excerptLength: 24 },
    );
    await Promise.resolve();
    expect(calls).toEqual(['fetch /pagefind/delen.json']);
    arrive();
    expect(await loading).toBe(engine);
    expect(calls).toEqual(['fetch /pagefind/delen.json', 'script', 'options {"noWorker":true,"excerptLength":24}', 'init', 'merge /pagefind/delen/2/']);
  });
});

describe('while the reader types', () => {
  it('preloads the shortest word of the site that the typed word begins, from three letters on', () => {
    expect(preloadTerm('le', VOCAB)).toBeUndefined();
    expect(preloadTerm('lez', VOCAB)).toBe('lezen');
    expect(preloadTerm('lee', VOCAB)).toBe('lees');
    expect(preloadTerm('goed lez', VOCAB)).toBe('goed lezen');
    // Not a beginning of any known word: the word as typed.
    expect(preloadTerm('xyz', VOCAB)).toBe('xyz');
  });

  it('fetches result texts early only for a word of the site, completed, from three letters on', () => {
    expect(likelyQuery('le', VOCAB)).toBeUndefined();
    expect(likelyQuery('lez', VOCAB)).toBe('lezen');
    expect(likelyQuery('goed lez', VOCAB)).toBe('goed lezen');
    expect(likelyQuery('lezen', VOCAB)).toBe('lezen');
    // A word the site does not have, or no vocabulary yet: nothing is fetched early.
    expect(likelyQuery('xyz', VOCAB)).toBeUndefined();
    expect(likelyQuery('lezen', [])).toBeUndefined();
    // The last word counts: a short last word after a long one is still too short.
    expect(likelyQuery('lezen le', VOCAB)).toBeUndefined();
  });

  it('waits before searching while a word may go on, not once it is a whole word nothing longer starts with', () => {
    expect(searchDelay('vo', VOCAB)).toBe(SEARCH_DELAY_MS.short);
    expect(searchDelay('leze', VOCAB)).toBe(SEARCH_DELAY_MS.word);
    // "lees" is a word, but "leesplezier" starts with it.
    expect(searchDelay('lees', VOCAB)).toBe(SEARCH_DELAY_MS.word);
    expect(searchDelay('lezen', VOCAB)).toBe(SEARCH_DELAY_MS.done);
    expect(searchDelay('goed pesten', VOCAB)).toBe(SEARCH_DELAY_MS.done);
    // Without the vocabulary (not arrived yet) every word waits.
    expect(searchDelay('lezen')).toBe(SEARCH_DELAY_MS.word);
  });

  it('treats a half word as still being typed, not as a typo', () => {
    expect(stillTyping('leze', VOCAB)).toBe(true);
    expect(stillTyping('lezen', VOCAB)).toBe(false);
    expect(stillTyping('pestne', VOCAB)).toBe(false);
    expect(stillTyping('', VOCAB)).toBe(false);
  });
});
