/**
 * npm run measure:search [-- <dist> <query>] [--files]
 * Prints the search measurements of a built site (default dist/, query "lezen") as a Markdown
 * table: a reader on a phone (Lighthouse's mobile profile) opens the search page and types the
 * query; --files also lists every file fetched, and whether it was asked for after the last keystroke.
 */
import { measureSearch } from './measure.ts';

const [dist = 'dist', query = 'lezen'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const m = await measureSearch(dist, query);
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
console.log(`| measure (phone: slow 4G, 4× slower CPU; typing "${query}") | value |\n| --- | --- |`);
console.log(`| index on disk | ${kb(m.indexBytes)} in ${m.indexFiles} files |`);
console.log(`| last keystroke to first result | ${m.lastKeyToResultMs} ms |`);
console.log(`| search data over the wire after the last keystroke | ${kb(m.searchWireAfterTyping)} |`);
console.log(`| search data over the wire in total (Pagefind, vocabulary) | ${kb(m.searchWire)} |`);
console.log(`| the whole visit over the wire (page, styles, scripts, search data) | ${kb(m.totalWire)} in ${m.fetched.length} files |`);
console.log(`| Pagefind's engine and page list asked for before the last keystroke | ${m.engineBeforeTyping ? 'yes' : 'no'} |`);
if (process.argv.includes('--files')) for (const f of m.fetched) console.log(`| ${f.afterTyping ? 'after' : 'before'} ${f.path} (${f.kind}) | ${kb(f.wire)} (${kb(f.bytes)} decoded) | ${f.requestedMs} → ${f.receivedMs} ms |`);
