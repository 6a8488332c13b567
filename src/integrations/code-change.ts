/**
 * An incremental build reuses Astro's content store (rendered Markdown, keyed by each file) and its
 * pages when the content is unchanged; it cannot see that the code that shapes them changed (the
 * body reader in src/lib/body, a component, a dependency). So the build cache belongs to one code
 * fingerprint (src/lib/site/code-fingerprint.ts, the same digest CI keys its saved cache by): at the
 * start of a build, before Astro reads anything from the cache (config:setup runs before the content
 * sync and before the incremental build's state is read), a cache of other code is emptied and the
 * build is a full one. Only the checker's cache stays: it carries its own code digest per run
 * (src/lib/site/file-cache.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { codeFingerprint } from '../lib/site/code-fingerprint.ts';
import { CACHE_FILE, CODE_MEMO_FILE } from '../lib/site/file-cache.ts';

export const FINGERPRINT_FILE = 'code-vingerafdruk.txt';
/** What stays when the code changed: caches that check their own code digest. */
const SELF_KEYED = new Set([FINGERPRINT_FILE, CACHE_FILE, CODE_MEMO_FILE]);

/** Empties `cacheDir` (but for SELF_KEYED) when it was filled by other code; true when it did. */
export function resetCacheForCode(cacheDir: string, fingerprint: string): boolean {
  const file = join(cacheDir, FINGERPRINT_FILE);
  const stored = existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
  if (stored === fingerprint) return false;
  const entries = existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => !SELF_KEYED.has(name)) : [];
  for (const name of entries) rmSync(join(cacheDir, name), { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, `${fingerprint}\n`);
  return entries.length > 0;
}

export function codeChangeIntegration(): AstroIntegration {
  return {
    name: 'kennisplatform:code-change',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        if (resetCacheForCode(fileURLToPath(config.cacheDir), codeFingerprint(fileURLToPath(config.root)))) {
          logger.info('de code is veranderd sinds de vorige bouw: de bouwcache is geleegd, alles wordt opnieuw gebouwd');
        }
      },
    },
  };
}
