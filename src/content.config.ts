import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectionPatterns, collectionSchemas, CONTENT_MODEL } from './schemas/registry.ts';
import { type CollectionName, type ReferenceFactory } from './schemas/reference.ts';
import { formatProblem } from './lib/content/errors.ts';
import { contentDirFromEnv, entryId, isYamlPath, readSource } from './lib/content/loader.ts';
import { contentFileProblem } from './lib/content/content-tree.ts';

interface EntryType {
  getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<{ data: Record<string, unknown> } & Record<string, unknown>>;
}

const schemas = collectionSchemas(reference as unknown as ReferenceFactory);

// Every collection is a folder under the top-level content/ directory (see src/schemas/registry.ts).
// KP_CONTENT_DIR points the build at another tree (benchmarks, fixtures).
const contentDir = contentDirFromEnv();
// Problems name files relative to the folder that holds content/, as npm run check does.
const root = dirname(resolve(contentDir));

/**
 * Astro's glob loader, with the checker's rules: the same patterns (files starting with `_`
 * ignored), the same ids, the same content tree rule (no symlinks, no unexpected folders:
 * src/lib/content/content-tree.ts) and the fields and body read by the same reader (src/lib/content/loader.ts).
 * Astro's own reader (js-yaml) is never called: it turns 2026-02-30 into 2 March, expands alias
 * bombs, fails on YAML tags with an English stack trace and splits frontmatter by another rule.
 * The checker runs before this in a build (src/integrations/content-check.ts); these errors are
 * for `astro dev` and builds without it, in the checker's words.
 */
function files(name: CollectionName): Loader {
  // retainBody: false keeps the raw Markdown out of Astro's data store: pages use the rendered HTML,
  // and at 10,000 items the store (compiled as one module at build time) shrinks by about a third.
  const base = `${contentDir}/${CONTENT_MODEL[name].folder}`;
  const inner = glob({
    pattern: collectionPatterns(name),
    base,
    retainBody: false,
    generateId: ({ entry }) => entryId(entry),
  });
  return {
    name: 'kennisplatform-loader',
    load: (context) => {
      // entryTypes (how Astro reads .md, .mdx, .yaml) is passed to every loader but not in the public type.
      const { entryTypes: own } = context as typeof context & { entryTypes: Map<string, EntryType> };
      const entryTypes = new Map(
        [...own].map(([ext, type]) => [
          ext,
          {
            ...type,
            getEntryInfo: async ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
              const file = fileURLToPath(fileUrl);
              const misplaced = contentFileProblem(contentDir, name, file, root);
              if (misplaced) throw new Error(formatProblem({ ...misplaced, line: 1, severity: 'error' }));
              // Unchanged since the last build (same digest in Astro's store): Astro keeps the stored
              // entry and uses only the id (ours comes from the path), so the file is not parsed again.
              // At 10,000 items that is most of the content sync of an edit (BENCHMARKS.md).
              const stored = context.store.get(entryId(relative(resolve(base), file).split('\\').join('/')));
              if (stored?.filePath && stored.digest === context.generateDigest(contents)) return { data: {} };
              const { source } = readSource(file);
              const first = source.syntaxErrors[0];
              if (first) throw new Error(formatProblem({ file: relative(root, file).split('\\').join('/'), line: first.line, field: first.field ?? '(yaml)', message: `YAML-fout: ${first.message}`, severity: 'error' }));
              const data = (source.data ?? {}) as Record<string, unknown>;
              // The body as the checker read it; Astro trims it the same way.
              return isYamlPath(file) ? { data } : { data, body: source.body.trim() };
            },
          },
        ]),
      );
      return inner.load({ ...context, entryTypes } as typeof context);
    },
  };
}

// One line per collection (not a loop) so astro:content keeps each collection's own data type.
export const collections = {
  frameworks: defineCollection({ loader: files('frameworks'), schema: schemas.frameworks }),
  standards: defineCollection({ loader: files('standards'), schema: schemas.standards }),
  themes: defineCollection({ loader: files('themes'), schema: schemas.themes }),
  agenda: defineCollection({ loader: files('agenda'), schema: schemas.agenda }),
  brochures: defineCollection({ loader: files('brochures'), schema: schemas.brochures }),
  practices: defineCollection({ loader: files('practices'), schema: schemas.practices }),
  'reflection-guides': defineCollection({ loader: files('reflection-guides'), schema: schemas['reflection-guides'] }),
  webinars: defineCollection({ loader: files('webinars'), schema: schemas.webinars }),
  podcasts: defineCollection({ loader: files('podcasts'), schema: schemas.podcasts }),
  investigations: defineCollection({ loader: files('investigations'), schema: schemas.investigations }),
  'expert-schools': defineCollection({ loader: files('expert-schools'), schema: schemas['expert-schools'] }),
  'search-terms': defineCollection({ loader: files('search-terms'), schema: schemas['search-terms'] }),
  supervision: defineCollection({ loader: files('supervision'), schema: schemas.supervision }),
} satisfies Record<CollectionName, unknown>;
