/**
 * Keeps the build cache (node_modules/.astro: Astro's content store, its incremental-build pages and
 * the search index parts) between CI runs, in a folder the CI machine keeps.
 *   node scripts/build/build-cache.ts restore <folder>   after `npm ci` (which empties node_modules), before `npm test`
 *   node scripts/build/build-cache.ts save <folder>      after a green `npm test`
 *   node scripts/build/build-cache.ts fingerprint        prints the code digest (the GitHub workflow's cache key)
 *
 * The safe fallback: a cache is restored only when it was saved by the same code, named by
 * codeFingerprint() (lockfile, package.json, astro.config.mjs, src/, the index script, Node
 * version). Change any of these and nothing matches, so the build starts from nothing: a full
 * build. Only content changes reuse the cache; then each page's cache key (src/data/cache-keys.ts)
 * and each index part's digest decide what is built again.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { codeFingerprint } from '../../src/lib/site/code-fingerprint.ts';

const CACHE = 'node_modules/.astro';
const [command, store] = process.argv.slice(2);
if (command === 'fingerprint') {
  console.log(codeFingerprint());
  process.exit(0);
}
if (!store || (command !== 'restore' && command !== 'save')) {
  console.error('Gebruik: node scripts/build/build-cache.ts restore|save <map>, of: node scripts/build/build-cache.ts fingerprint');
  process.exit(1);
}
const saved = join(store, codeFingerprint());
if (command === 'restore') {
  if (existsSync(saved)) {
    rmSync(CACHE, { recursive: true, force: true });
    cpSync(saved, CACHE, { recursive: true });
    console.log(`Bouwcache hersteld uit ${saved}: alleen wat veranderde wordt opnieuw gebouwd.`);
  } else {
    console.log('Geen bouwcache van deze code (eerste keer, of code of lockfile veranderd): volledige build.');
  }
} else {
  // Only the cache of the current code is worth keeping.
  if (existsSync(store)) for (const old of readdirSync(store)) rmSync(join(store, old), { recursive: true, force: true });
  mkdirSync(store, { recursive: true });
  if (existsSync(CACHE)) cpSync(CACHE, saved, { recursive: true });
  console.log(`Bouwcache bewaard in ${saved}.`);
}
