/**
 * The built text files, read once per build for the steps after it (image-originals.ts,
 * published-media.ts, security-headers.ts run in that order at astro:build:done, after the sitemap
 * and the CMS are written): each file's facts (src/lib/site/built-file-facts.ts) are worked out from
 * one reading, and kept in the build cache by the file's sha256, so a page copied from Astro's cache
 * is only read and hashed, not parsed again. The cache is emptied with the rest when the code changes
 * (code-change.ts).
 */
import { readFileSync } from 'node:fs';
import { builtFileFacts, type BuiltFileFacts } from '../lib/site/built-file-facts.ts';
import { FileCache } from '../lib/site/file-cache.ts';

export const BUILT_FILES_CACHE = 'gebouwde-bestanden.v8';

/**
 * Facts as kept: the policy (2.6 kB on every page) as UTF-8 bytes, half the size of the string
 * (a page with any character outside Latin-1 is read into a two-byte string, and so is every part of it).
 */
type Kept = Omit<BuiltFileFacts, 'csp'> & { csp?: Uint8Array };

export class BuiltFiles {
  private facts = new Map<string, BuiltFileFacts>();
  private cache: FileCache;

  /** Without a cache folder (tests, scripts) every file is read and worked out. */
  constructor(cacheDir?: string) {
    this.cache = FileCache.open(cacheDir, 'gebouwde-bestanden', BUILT_FILES_CACHE);
  }

  /** The facts of the file at `path`; a page (`.html`) also has its CSP. */
  of(path: string): BuiltFileFacts {
    let facts = this.facts.get(path);
    if (!facts) {
      const bytes = readFileSync(path);
      this.cache.see(path, bytes);
      const kept = this.cache.slot<Kept>(path, 'feiten', () => {
        const { csp, ...rest } = builtFileFacts(bytes.toString('utf8'), path.endsWith('.html'));
        return csp === undefined ? rest : { ...rest, csp: Buffer.from(csp) };
      });
      const { csp, ...rest } = kept;
      facts = csp === undefined ? rest : { ...rest, csp: Buffer.from(csp.buffer, csp.byteOffset, csp.byteLength).toString('utf8') };
      this.facts.set(path, facts);
    }
    return facts;
  }

  save(): void {
    this.cache.save();
  }
}

const builds = new Map<string, BuiltFiles>();

/** The reading shared by this build's steps for the output folder `dist`. */
export function builtFilesOf(dist: string, cacheDir: string): BuiltFiles {
  let files = builds.get(dist);
  if (!files) builds.set(dist, (files = new BuiltFiles(cacheDir)));
  return files;
}

/** The last step is done: the facts are kept for the next build, and the next build reads its files anew. */
export function builtFilesDone(dist: string): void {
  builds.get(dist)?.save();
  builds.delete(dist);
}
