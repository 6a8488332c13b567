/**
 * Loading Pagefind on the search page so that a reader on a phone waits only for the search itself.
 * On slow 4G every round trip costs about half a second, so the engine (script, WebAssembly) and
 * its page list load as soon as the page opens, while the reader is still reading or typing; the
 * index chunk of a word and the texts of its first results load while it is typed (preload,
 * likelyQuery); a search whose query has changed in the meantime fetches nothing.
 */
import { mergeIndexParts, PARTS_URL, type MergeablePagefind } from './parts.ts';

export interface PagefindEngine extends MergeablePagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  /** Loads the entry file, the page list and the WebAssembly (Pagefind otherwise waits for the first search). */
  init: () => Promise<void>;
  /** Loads the index chunks a term needs, without searching. */
  preload: (term: string) => Promise<void>;
}

/**
 * Pagefind runs in the page, not in its web worker: the worker is one more file (13 kB) and one
 * more round trip before the page list is asked for, and a worker's fetches cannot use the files
 * the search page's head preloads (src/pages/zoeken/index.astro). A search takes a few ms of the
 * page's time.
 */
export const ENGINE_OPTIONS = { noWorker: true } as const;

/** The site's words (src/pages/zoeken/woorden.json.ts): completes the word being typed, and spelling help. */
export const VOCABULARY_URL = '/zoeken/woorden.json';

/**
 * Files the search page's head asks for while its scripts are still loading (src/pages/zoeken/index.astro),
 * so none of them waits for the island to start: Pagefind's WebAssembly for Dutch (the page's
 * lang="nl"; a fixed name, unlike the page list, whose name holds a digest of the index), the list
 * of index parts and the vocabulary. Each is fetched later with fetch() in the page, whose
 * credentials mode 'same-origin' is that of `<link rel="preload" as="fetch" crossorigin="anonymous">`,
 * so the browser uses the preloaded response instead of asking again. Not preloaded: Pagefind's
 * entry file, which Pagefind asks for with `?ts=<now>` so that a cached one never names a page list
 * an earlier deploy wrote.
 */
export const PRELOADED_FILES = ['/pagefind/wasm.nl.pagefind', PARTS_URL, VOCABULARY_URL] as const;

/**
 * Imports the engine and fetches the list of index parts at the same time (one round trip instead
 * of two), sets the options, loads the engine and page list, then merges the other parts.
 */
export async function loadEngine<P extends PagefindEngine>(importEngine: () => Promise<P>, fetchJson: (url: string) => Promise<unknown>, options: Record<string, unknown>): Promise<P> {
  const parts = fetchJson(PARTS_URL).catch(() => []);
  const pf = await importEngine();
  await pf.options({ ...ENGINE_OPTIONS, ...options });
  await pf.init();
  await mergeIndexParts(pf, () => parts, options);
  return pf;
}

/**
 * Below this many letters a word matches too much to be worth fetching while typing: "l" would load
 * the index chunks of every word starting with l, and the result texts of pages the reader does not want.
 */
export const MIN_TYPED_LETTERS = 3;

/**
 * Debounce before searching (and fetching result texts): none once the last word is a whole word
 * of the site that no longer word starts with ("lezen": the reader is done, and on slow 4G the
 * result texts are one more round trip away); short while a word is being typed; longer for one or
 * two letters ("vo", "po"), which match too much to be worth fetching while typing.
 */
export const SEARCH_DELAY_MS = { done: 0, word: 250, short: 800 } as const;

/** The last word of a query, the one still being typed. */
const lastWord = (query: string) => query.trim().split(/\s+/).at(-1) ?? '';

export function searchDelay(query: string, vocabulary: readonly string[] = []): number {
  const word = lastWord(query).toLowerCase();
  if (word.length < MIN_TYPED_LETTERS) return SEARCH_DELAY_MS.short;
  return completion(word, vocabulary) === word && !stillTyping(query, vocabulary) ? SEARCH_DELAY_MS.done : SEARCH_DELAY_MS.word;
}

/**
 * What to load index chunks for while the reader types, or undefined (too short). Pagefind looks a
 * word up by its stem, and the stem of a word being typed is often not that of the word it becomes
 * ("lez" → lez, "lezen" → lees: other chunks). So the last word is completed to the shortest word of
 * the site's vocabulary (sorted, /zoeken/woorden.json) that starts with it; the chunk of the likely
 * word is then loaded before the reader has finished typing it.
 */
export function preloadTerm(query: string, vocabulary: readonly string[]): string | undefined {
  const word = lastWord(query).toLowerCase();
  if (word.length < MIN_TYPED_LETTERS) return undefined;
  const words = query.trim().split(/\s+/);
  return [...words.slice(0, -1), completion(word, vocabulary) ?? word].join(' ');
}

/**
 * The query the reader is most likely typing, when it is worth fetching the texts of its first
 * results already: the last word has at least MIN_TYPED_LETTERS letters and completes to a word of
 * the site (preloadTerm). Undefined otherwise: a word the site does not have would fetch texts of
 * results the finished query may not have.
 */
export function likelyQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const word = lastWord(query).toLowerCase();
  if (word.length < MIN_TYPED_LETTERS || completion(word, vocabulary) === undefined) return undefined;
  return preloadTerm(query, vocabulary);
}

/** The shortest vocabulary word that starts with `word` (itself when it is one), or undefined. */
function completion(word: string, vocabulary: readonly string[]): string | undefined {
  let best: string | undefined;
  for (let i = lowerBound(vocabulary, word); i < vocabulary.length && vocabulary[i]!.startsWith(word); i++) if (!best || vocabulary[i]!.length < best.length) best = vocabulary[i];
  return best;
}

/**
 * Whether the last word may still be half typed: it begins a longer word of the vocabulary ("leze"
 * of "lezen"). Such a query is not corrected as a typo: the correction of a half word ("deze") would
 * only load an index chunk the reader never needs.
 */
export function stillTyping(query: string, vocabulary: readonly string[]): boolean {
  const word = lastWord(query).toLowerCase();
  if (!word) return false;
  const i = lowerBound(vocabulary, word);
  // The first word at or after it that is longer and starts with it.
  for (let k = i; k < vocabulary.length && vocabulary[k]!.startsWith(word); k++) if (vocabulary[k] !== word) return true;
  return false;
}

/** First index whose word is not before `word` in a sorted list. */
function lowerBound(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many results to show first: about a phone screen. Their texts are asked for while the word is
 * typed (likelyQuery), the next ones only when the reader comes near the end of the list.
 */
export const FIRST_RESULTS = 3;
