/**
 * npm run measure:search [-- <dist> <query>] [--files]
 * Prints the search measurements of a built site (default dist/, query "lezen") as a Markdown
 * table for the README; --files also lists every file the first query fetched.
 */
import { measureSearch } from './measure.ts';

const [dist = 'dist', query = 'lezen'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const m = await measureSearch(dist, query);
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
console.log(`| measure | value |\n| --- | --- |`);
console.log(`| index on disk | ${kb(m.indexBytes)} in ${m.indexFiles} files |`);
console.log(`| first query "${query}": files fetched from /pagefind/ | ${m.fetched.length} |`);
console.log(`| first query: bytes fetched from /pagefind/ (as served by the local test server, uncompressed) | ${kb(m.bytes)} |`);
console.log(`| first query: bytes over the wire (\`.js\` and \`.json\` gzip-compressed, as a static host sends them; the index files are gzip already) | ${kb(m.wire)} |`);
console.log(`| time from navigation to first result (headless Chromium, local server) | ${m.firstResultMs} ms |`);
if (process.argv.includes('--files')) for (const f of m.fetched) console.log(`| ${f.path} | ${kb(f.bytes)} | ${kb(f.wire)} |`);
