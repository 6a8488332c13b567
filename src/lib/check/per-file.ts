/**
 * The checker's work on one content file on its own, through the cache (file-cache.ts): the parse,
 * the schema's verdict (with what could be salvaged) and the body's reading. Everything here depends
 * on the file's text, its path and the code only; the runner (run.ts) and every cross-entry check
 * work on what these return, on every run.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { formatOfFile, readBody, type BodyReading } from '../body/index.ts';
import { readSource, sourceOfText } from '../content/loader.ts';
import { sourceFrom, type ParsedSource } from '../content/source.ts';
import { codeDigest } from './code-digest.ts';
import { CODE_MEMO_FILE, FileCache } from '../site/file-cache.ts';
import { salvageFields } from './salvage.ts';
import { schemaProblems, type SchemaProblem } from './schema-problems.ts';

/** The cache of this checker's code in `cacheDir`; none without one, or when the code's digest cannot be taken (then everything is worked out). */
export async function openCheckCache(cacheDir: string | undefined): Promise<FileCache> {
  try {
    if (cacheDir) return FileCache.open(cacheDir, await codeDigest(fileURLToPath(new URL('./run.ts', import.meta.url)), join(cacheDir, CODE_MEMO_FILE)));
  } catch {
    // No package.json above the checker, or no TypeScript to read its imports: no cache, the same verdict.
  }
  return FileCache.open(undefined, '');
}

/** A parse as kept: without `lineOf` (read from `lines` again) and with the body as its length when it ends the text. */
type SourceParts = Omit<ParsedSource, 'lineOf' | 'body'> & { body: number | string };

/** Reads a content file for loadCollectionSources: the parse from the cache while the text is the same. */
export function cachedReader(cache: FileCache): (abs: string, file: string) => { text: string; source: ParsedSource } {
  return (abs, file) =>
    readSource(abs, (text) => {
      cache.see(abs, text);
      const parts = cache.slot<SourceParts>(abs, 'source', () => {
        const { lineOf: _derived, body, ...rest } = sourceOfText(abs, text);
        return { ...rest, body: text.endsWith(body) ? body.length : body };
      });
      const { body, ...rest } = parts;
      return sourceFrom({ ...rest, body: typeof body === 'number' ? text.slice(text.length - body) : body });
    });
}

export type SchemaOutcome = { data: Record<string, unknown>; problems?: undefined } | { problems: SchemaProblem[]; salvaged: Record<string, unknown> };

/** The schema's verdict on a file's fields (`file` relative to `root`): its data, or its problems and the fields that pass on their own. */
export function schemaOutcome(cache: FileCache, root: string, schema: z.ZodType, data: Record<string, unknown>, source: ParsedSource, file: string): SchemaOutcome {
  return cache.slot<SchemaOutcome>(join(root, file), 'schema', () => {
    const result = schemaProblems(schema, data, source, file);
    if (!Array.isArray(result)) return { data: result.data as Record<string, unknown> };
    return { problems: result, salvaged: salvageFields(schema, data) };
  });
}

/** A body as the checker reads it (src/lib/body), kept per file (`file` relative to `root`). */
export function cachedBodyReader(cache: FileCache, root: string): (file: string, text: string) => BodyReading {
  return (file, text) => {
    // Noted again (a no-op for the text just read): the reading kept is always that of this text.
    cache.see(join(root, file), text);
    return cache.slot(join(root, file), 'body', () => readBody(text, formatOfFile(file)));
  };
}
