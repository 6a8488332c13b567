/**
 * Per-page results of the index step, kept between runs: keyed by a digest of the page's built
 * HTML, under a context digest of everything else they depend on (the code, the site's word list,
 * the synonyms, …), so a cached entry is exactly what working it out again would give. A file
 * written under another context (other code, other words) is not used, and one that cannot be read
 * is ignored: the work is then simply done again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const digestOf = (...parts: string[]) => {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

interface Stored<T> {
  context: string;
  pages: Record<string, T>;
}

export interface PageCache<T> {
  /** The entry for a page: from the cache, or made by `make` and remembered. */
  get: (key: string, make: () => T) => T;
  /** Writes the entries used in this run (others are dropped), and says how many were reused. */
  save: () => { reused: number; made: number };
}

function readStored<T>(file: string | undefined, context: string): Map<string, T> {
  if (!file || !existsSync(file)) return new Map();
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored<T>;
    return stored?.context === context && stored.pages && typeof stored.pages === 'object' ? new Map(Object.entries(stored.pages)) : new Map();
  } catch {
    // Half written or damaged: as if there were no cache.
    return new Map();
  }
}

/** `file` undefined: remembered within this run only. */
export function pageCache<T>(file: string | undefined, context: string): PageCache<T> {
  const previous = readStored<T>(file, context);
  const used = new Map<string, T>();
  let reused = 0;
  let made = 0;
  return {
    get(key, make) {
      const known = used.get(key) ?? previous.get(key);
      if (known !== undefined) {
        if (!used.has(key)) reused++;
        used.set(key, known);
        return known;
      }
      const entry = make();
      made++;
      used.set(key, entry);
      return entry;
    },
    save() {
      if (file) {
        mkdirSync(dirname(file), { recursive: true });
        // Written whole, then renamed: an interrupted run leaves the old file, never half a new one.
        writeFileSync(`${file}.tmp`, JSON.stringify({ context, pages: Object.fromEntries(used) } satisfies Stored<T>));
        renameSync(`${file}.tmp`, file);
      }
      return { reused, made };
    },
  };
}
