/**
 * Validates every content file without building the site: the schema (shared with the
 * build), references, media files (existence, byte size, duration, WebVTT), images, links and
 * MDX components in bodies, and editorial warnings. Every problem is one line for an editor
 * (see content-errors.ts). Used by scripts/content/check.ts (npm run check), by the build, by
 * scripts/content/new.ts and by the tests.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collectionSchemas } from '../../schemas/registry.ts';
import { loadCollectionSources, type ReadFile, type SourceFile } from '../content/loader.ts';
import { readContentTree, symlinksUnder } from '../content/content-tree.ts';
import { COLLECTION_NAMES, plainReference, type CollectionName } from '../../schemas/reference.ts';
import { describeIssue, fieldPath, valueAt, type ContentProblem } from '../content/errors.ts';
import { parseContentSource, type ParsedSource } from '../content/source.ts';
import { secondsToTimestamp } from '../../core/duration.ts';
import { mediaDuration, roundDuration } from '../media/media-info.ts';
import { entryPath, isItemCollection, listingPath, STATIC_PATHS } from '../site/routes.ts';
import { PLACEHOLDER_MARKERS } from '../content/templates.ts';
import { parseVtt } from '../media/vtt.ts';
import { referenceBlocker } from '../content/visibility.ts';
import { CONTENT_CHECKS } from './registry.ts';
import { idsOf, walk } from './tree.ts';
import { IMAGE_FILE, imageTooLarge, missingPublicFile, PUBLIC_FILE } from './public-file.ts';
import type { AddProblem, CheckOptions, CheckResult, LoadedEntry } from './context.ts';
import { MediaChecks } from './media.ts';
import { cachedBodyReader, cachedReader, openCheckCache, schemaOutcome } from './per-file.ts';

export type { CheckOptions, CheckResult, LoadedEntry } from './context.ts';

/** Larger images make pages slow on a phone; `npm run images` and any image editor can shrink them. */
export { MAX_IMAGE_BYTES } from './public-file.ts';
export { DURATION_TOLERANCE_SECONDS } from './media.ts';


const schemas = collectionSchemas(plainReference);

/** Astro's glob loader id (kept under its old name for scripts that import it from here). */
export { entryId as entryIdFromPath } from '../content/loader.ts';

type Add = AddProblem;

export async function checkContent({ root, now = new Date(), cacheDir }: CheckOptions): Promise<CheckResult> {
  const { problems, add, warn } = problemCollector();
  // Each file's own parse, schema verdict and body reading, kept while its text and the checker's code are the same.
  const cache = await openCheckCache(cacheDir);
  const read = cachedReader(cache);
  const entries: LoadedEntry[] = [];
  // Every id that has a file, valid or not: an invalid file is reported once, not again by each reference to it.
  const existing = new Set<string>();
  // Agenda items marked "verschenen" without a link: the allowed ids are only known once everything is loaded.
  const missingAgendaItems: { problem: ContentProblem; type: CollectionName }[] = [];
  // Themes named by items that failed the schema still count as used: one broken file gives one problem, not two.
  const themesOfInvalid = new Set<string>();
  // What stands where in content/ (symlinks, subfolders, stray files): one rule with the build's loader.
  const tree = readContentTree(join(root, 'content'), root);
  for (const p of [...tree.problems, ...symlinksUnder(join(root, 'public'), root)]) add({ ...p, line: 1 });
  // A file left out may use a theme or be referred to; not every entry is known then.
  let unreadable = tree.problems.length > 0;
  let files = 0;
  // Files that failed, with what could still be read: their references, files and body are checked too.
  const salvaged: LoadedEntry[] = [];

  for (const collection of COLLECTION_NAMES) {
    const seen = new Map<string, string>();
    for (const { id, file, text, source } of safeSources(root, collection, tree.files.get(collection) ?? [], add, read)) {
      files++;
      for (const e of source.syntaxErrors) add({ file, line: e.line, field: e.field ?? '(yaml)', message: `YAML-fout: ${e.message}` });
      if (source.syntaxErrors.length) {
        unreadable = true;
        // Its id is known from the file name: references to it are not reported again.
        existing.add(`${collection}:${id}`);
        // Its body can still be checked.
        salvaged.push({ collection, id, file, data: {}, source, text });
        continue;
      }
      if (seen.has(id)) {
        add({ file, line: 1, field: '(bestandsnaam)', message: `dubbele id "${id}": ook gebruikt door ${seen.get(id)}; geef een van de twee bestanden een andere naam` });
        continue;
      }
      seen.set(id, file);
      existing.add(`${collection}:${id}`);
      const data = source.data ?? {};
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        add({ file, line: 1, field: '(bestand)', message: 'het bestand moet velden bevatten (naam: waarde), geen losse tekst of lijst' });
        continue;
      }
      const result = schemaOutcome(cache, root, schemas[collection], data as Record<string, unknown>, source, file);
      if (result.problems) {
        const raw = data as Record<string, unknown>;
        if (isItemCollection(collection) && raw.draft !== true && Array.isArray(raw.themes)) raw.themes.forEach((t) => themesOfInvalid.add(String(t)));
        for (const { problem: kept, path } of result.problems) {
          // A copy: the agenda's list of allowed ids is added below, and depends on the other files.
          const problem = { ...kept };
          problems.push(problem);
          const plannedType = collection === 'agenda' && path.at(-1) === 'item' ? valueAt(data, [...path.slice(0, -1), 'type']) : undefined;
          if (typeof plannedType === 'string' && (COLLECTION_NAMES as readonly string[]).includes(plannedType)) {
            missingAgendaItems.push({ problem, type: plannedType as CollectionName });
          }
        }
        salvaged.push({ collection, id, file, data: result.salvaged, source, text });
        continue;
      }
      entries.push({ collection, id, file, data: result.data, source, text });
    }
  }

  const index = new Map(entries.map((e) => [`${e.collection}:${e.id}`, e]));
  for (const { problem, type } of missingAgendaItems) {
    const ids = idsOf(index, type, { published: true });
    if (ids) problem.allowed = ids;
  }
  const media = new MediaChecks(root, add);
  // Media files stay here (their checks are batched and awaited); every other check is a module in check/.
  for (const entry of [...entries, ...salvaged]) {
    guarded(entry.file, add, () => media.collect(entry));
  }
  await media.finish();
  const readBody = cachedBodyReader(cache, root);
  const ctx = { root, now, entries, index, add, warn, readBody, loading: { fileIds: existing, themesOfInvalid, unreadable, salvaged } };
  for (const check of CONTENT_CHECKS) await guardedAsync('content', add, () => check(ctx));
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  cache.save();
  return { problems, entries, files, cache: { ...cache.counts } };
}

/**
 * The problem list and the two ways checks report into it. The severity is set here, after the
 * fields a check passed, so nothing a check passes (not even `severity: undefined` from plain
 * JavaScript) can leave a problem without one.
 */
export function problemCollector(): { problems: ContentProblem[]; add: Add; warn: Add } {
  const problems: ContentProblem[] = [];
  return {
    problems,
    add: (p) => problems.push({ ...p, severity: 'error' }),
    warn: (p) => problems.push({ ...p, severity: 'warning' }),
  };
}

/** The files of a collection; a folder that cannot be read is one problem, not a crash. */
function safeSources(root: string, collection: CollectionName, files: string[], add: Add, read: ReadFile): SourceFile[] {
  try {
    return loadCollectionSources(root, collection, join(root, 'content'), files, read);
  } catch (e) {
    add({ file: `content/${collection}`, line: 1, field: '(map)', message: `deze map is niet te lezen (${(e as NodeJS.ErrnoException).code ?? 'onbekende oorzaak'}); controleer of de bestanden er echt staan` });
    return [];
  }
}

/**
 * Runs a check on one file so that a fault in a check (or in a file it reads, such as a broken
 * transcript) becomes one line for that file and the other files are still checked.
 */
function guarded(file: string, add: Add, run: () => void) {
  try {
    run();
  } catch (e) {
    add({ file, line: 1, field: '(bestand)', message: `dit bestand kon niet helemaal gecontroleerd worden (${describeFault(e)}); vergelijk het met een ander bestand van dezelfde soort` });
  }
}

async function guardedAsync(file: string, add: Add, run: () => void | Promise<void>) {
  try {
    await run();
  } catch (e) {
    add({ file, line: 1, field: '(bestand)', message: `de inhoud kon niet helemaal gecontroleerd worden (${describeFault(e)})` });
  }
}

function describeFault(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'een bestand ontbreekt';
  if (code === 'EISDIR') return 'er staat een map waar een bestand hoort';
  if (e instanceof RangeError) return 'er staat een teken of getal in dat te groot is';
  return 'onverwachte inhoud';
}
