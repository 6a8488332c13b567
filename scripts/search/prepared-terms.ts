/**
 * The search terms the index step adds to each page (type words, the editors' synonyms, compound
 * parts), kept per page between runs and within a run. Working them out is most of the index
 * step's own time (at 10,000 pages about 13 s a pass), and a build needs them twice: for the parts'
 * digests and again for the part that is indexed. Keyed by a digest of the page's HTML and of
 * everything else they depend on (the site's word list behind the compound lexicon, the synonyms,
 * the type names, this code), so a cached entry is exactly what working them out again would give.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PageTerms } from '../../src/lib/search/index-terms.ts';

interface Stored {
  context: string;
  pages: Record<string, PageTerms>;
}

export interface PreparedTerms {
  /** The page's terms: from the cache, or worked out by `make` and remembered. */
  get: (html: string, make: () => PageTerms) => PageTerms;
  /** Writes the entries used in this run (others are dropped), and says how many were reused. */
  save: () => { reused: number; made: number };
}

export const digestOf = (...parts: string[]) => {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** `file` undefined: remembered within this run only. `context`: a digest of all the terms depend on besides the page. */
export function preparedTerms(file: string | undefined, context: string): PreparedTerms {
  const stored: Stored | undefined = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Stored) : undefined;
  const previous = new Map(stored?.context === context ? Object.entries(stored.pages) : []);
  const used = new Map<string, PageTerms>();
  let reused = 0;
  let made = 0;
  return {
    get(html, make) {
      const key = digestOf(html);
      const known = used.get(key) ?? previous.get(key);
      if (known) {
        if (!used.has(key)) reused++;
        used.set(key, known);
        return known;
      }
      const terms = make();
      made++;
      used.set(key, terms);
      return terms;
    },
    save() {
      if (file) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify({ context, pages: Object.fromEntries(used) } satisfies Stored));
      }
      return { reused, made };
    },
  };
}
