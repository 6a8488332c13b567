/**
 * What every content check receives: the entries that passed their schema, an index by
 * `collection:id`, "today" and a way to report a problem. One check per module under
 * src/lib/check/, registered in src/lib/check/registry.ts; checkContent runs them all after loading.
 */
import type { BodyReading } from '../body/index.ts';
import type { ContentProblem } from '../content/errors.ts';
import type { ParsedSource } from '../content/source.ts';
import type { CollectionName } from '../../schemas/reference.ts';

export interface LoadedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  source: ParsedSource;
  /** The file as written, for checks that look at lines (placeholders). */
  text: string;
}

/** What checkContent (run.ts) is given and returns; here so that checks and the runner share them without importing each other. */
export interface CheckOptions {
  /** Folder that holds content/ and public/. */
  root: string;
  /** "Today", for review dates and the current framework edition; injectable for tests. */
  now?: Date;
  /**
   * The build cache folder (KP_CACHE_DIR, node_modules/.astro): each file's own parse, schema verdict
   * and body reading are kept there (file-cache.ts). Without it everything is worked out.
   */
  cacheDir?: string;
}

export interface CheckResult {
  /** Sorted by file and line; errors and warnings mixed (see `severity`). */
  problems: ContentProblem[];
  /** Entries that passed the schema. */
  entries: LoadedEntry[];
  /** Content files read (valid or not). */
  files: number;
  /** Per-file results taken from the cache and worked out in this run. */
  cache?: { reused: number; worked: number };
}

/**
 * Where a problem is and what it says. Its severity is not part of it: a check reports through
 * `add` (an error: the build stops) or `warn` (a warning), and the runner sets the severity itself,
 * so no problem can end up without one (an `undefined` once counted as neither in `npm run check`).
 */
export type ProblemAt = Omit<ContentProblem, 'severity'> & { severity?: never };

export type AddProblem = (p: ProblemAt) => void;

export interface CheckContext {
  /** Folder that holds content/ and public/. */
  root: string;
  now: Date;
  /** Entries that passed their schema, in collection then file order. */
  entries: readonly LoadedEntry[];
  /** `${collection}:${id}` -> entry. */
  index: ReadonlyMap<string, LoadedEntry>;
  /** Reports an error: `npm run check` fails and the build stops. */
  add: AddProblem;
  /** Reports a warning: shown by `npm run check` and the build, stops neither. */
  warn: AddProblem;
  /** How a body is read (src/lib/body's readBody); the runner keeps each file's reading in its cache. */
  readBody?: (file: string, text: string) => BodyReading;
  /** What loading saw besides the valid entries (optional, so checks can be run on entries alone in tests). */
  loading?: {
    /** `${collection}:${id}` of every file, valid or not: a reference to an invalid file is not reported again. */
    fileIds: ReadonlySet<string>;
    /** Themes named by items that failed their schema; they still count as used. */
    themesOfInvalid: ReadonlySet<string>;
    /** Some file had a YAML error, so not every entry is known. */
    unreadable: boolean;
    /**
     * Files that failed their YAML or schema, with what could still be read (salvage.ts): checks of
     * references, linked files and the body run on these too, so one run shows every problem.
     */
    salvaged?: readonly LoadedEntry[];
  };
}

/** A cross-entry content check. Reports through ctx.add; never throws for bad content. */
export type ContentCheck = (ctx: CheckContext) => void | Promise<void>;
