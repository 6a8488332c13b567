/**
 * Digest of the code that shapes the built site: when it changes, no saved build cache is reused
 * (scripts/build/build-cache.ts, CI's cache key) and a build empties the cache it finds
 * (src/integrations/code-change.ts). Content (content/, public/) is deliberately not part of it: content
 * changes are what the incremental build and the index parts handle, page by page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const CODE_FILES = ['package-lock.json', 'package.json', 'astro.config.mjs', 'src', 'scripts/search/index-search.ts', 'scripts/search/index-parts.ts'];

export function codeFingerprint(root = '.', nodeVersion = process.version): string {
  const files: string[] = [];
  for (const entry of CODE_FILES) {
    const path = join(root, entry);
    if (!existsSync(path)) continue;
    if (!statSync(path).isDirectory()) files.push(entry);
    else for (const e of readdirSync(path, { withFileTypes: true, recursive: true })) if (e.isFile()) files.push(relative(root, join(e.parentPath, e.name)).split('\\').join('/'));
  }
  const hash = createHash('sha256').update(`node ${nodeVersion}\0`);
  for (const file of files.sort()) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex').slice(0, 24);
}
