/**
 * npm run build's last step: the search index of the built site (scripts/lib/index-parts.ts).
 *   node scripts/index-site.ts [site folder, default dist] [--no-cache]
 * The parts are kept in <cache>/zoekindex (KP_CACHE_DIR, default node_modules/.astro, the same
 * folder as Astro's incremental-build cache), so a rebuild indexes only the parts that changed.
 */
import { join, resolve } from 'node:path';
import { indexSite } from './lib/index-parts.ts';

const args = process.argv.slice(2);
const site = resolve(args.find((a) => !a.startsWith('--')) ?? process.env.KP_OUT_DIR ?? 'dist');
const cacheDir = args.includes('--no-cache') ? undefined : join(resolve(process.env.KP_CACHE_DIR ?? 'node_modules/.astro'), 'zoekindex');
const started = performance.now();
const result = await indexSite({ site, cacheDir, log: console.log });
console.log(
  `Zoekindex: ${result.pages} pagina's in ${result.parts} ${result.parts === 1 ? 'deel' : 'delen'}, ${result.indexed} opnieuw geïndexeerd, ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
