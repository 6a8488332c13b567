/**
 * Results worked out from one file, kept between runs while the file's bytes and the code are the
 * same: the checker's (src/lib/check/per-file.ts: each content file's parse, schema verdict and body
 * reading) and the after-build steps' (src/integrations/built-files.ts: what each built page says).
 * Files are kept by absolute path; a file's sha256 is compared on every run, and the whole cache
 * belongs to one code digest (the checker's: src/lib/check/code-digest.ts). What depends on other
 * files (the checker's references, unique ids, links between pages, media under public/) is never
 * kept: that is worked out again on every run from what this returns.
 *
 * One file per cache (`inhoudscontrole.v8` for the checker, in the build cache, KP_CACHE_DIR or
 * node_modules/.astro, so CI's build cache keeps it): a sha256 of the rest, then Node's structured
 * serialisation (v8) of every file's slots, each serialised when it was worked out (a caller that
 * changes what it was given cannot change what is kept). A cache file that does not match its sha256,
 * does not deserialise or is of other code is ignored as a whole, and written anew (to a temporary
 * name, then renamed).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** The checker's cache (src/lib/check/per-file.ts). */
export const CACHE_FILE = 'inhoudscontrole.v8';
/** Beside it: the files the checker's code digest was taken from (code-digest.ts). */
export const CODE_MEMO_FILE = 'inhoudscontrole-code.json';
const VERSION = 1;

export interface Stored {
  version: number;
  code: string;
  /** A file's absolute path → its text's sha256 and the slots worked out for that text. */
  files: Map<string, { digest: string; slots: Record<string, Uint8Array> }>;
}

const OPEN = new Map<string, FileCache>();

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest();

export class FileCache {
  private stored: Stored['files'];
  private current: Stored['files'] = new Map();
  private changed = false;
  /** Slots taken from the cache and worked out, for the bench and the tests. */
  readonly counts = { reused: 0, worked: 0 };

  private readonly file: string | undefined;
  private readonly code: string;

  private constructor(file: string | undefined, code: string, stored: Stored['files']) {
    this.file = file;
    this.code = code;
    this.stored = stored;
  }

  /**
   * The cache `name` in `dir` for this code digest; without a dir nothing is read or kept. One instance per
   * file and code in a process: the build's checker and its body guard (src/integrations/safe-bodies.ts) share it.
   */
  static open(dir: string | undefined, code: string, name = CACHE_FILE): FileCache {
    if (!dir) return new FileCache(undefined, code, new Map());
    const file = join(dir, name);
    const key = `${file}\0${code}`;
    let cache = OPEN.get(key);
    if (!cache) OPEN.set(key, (cache = new FileCache(file, code, readStored(file, code) ?? new Map())));
    return cache;
  }

  /** Notes that the file at `path` now holds `text` (or these bytes); slots of another text are not reused. */
  see(path: string, text: string | Uint8Array): void {
    const file = resolve(path);
    const digest = sha(text).toString('base64');
    if (this.current.get(file)?.digest === digest) return;
    const old = this.stored.get(file);
    this.current.set(file, { digest, slots: old?.digest === digest ? old.slots : {} });
    if (old?.digest !== digest) this.changed = true;
  }

  /**
   * The value of `name` for the text `see` last noted for `path` (call `see` first): from the cache
   * when it holds one, else `work()`, kept for the next run. A file not seen, or a value Node cannot
   * serialise, is worked out and not kept.
   */
  slot<T>(path: string, name: string, work: () => T): T {
    const entry = this.current.get(resolve(path));
    const kept = entry?.slots[name];
    if (kept) {
      try {
        const value = deserialize(kept) as T;
        this.counts.reused++;
        return value;
      } catch {
        // Damaged in a way the file's sha256 did not show: worked out again below.
      }
    }
    const value = work();
    this.counts.worked++;
    if (entry) {
      try {
        entry.slots[name] = serialize(value);
        this.changed = true;
      } catch {
        delete entry.slots[name];
      }
    }
    return value;
  }

  /**
   * Writes what this run saw, and what earlier runs saw of files that still exist (another content
   * tree checked with the same cache folder, the audience pages only the build's guard reads);
   * nothing when nothing changed.
   */
  save(): void {
    if (!this.file) return;
    const files = new Map(this.current);
    for (const [file, entry] of this.stored) {
      if (files.has(file)) continue;
      if (existsSync(file)) files.set(file, entry);
      else this.changed = true;
    }
    if (!this.changed) return;
    try {
      writeCacheFile(this.file, { version: VERSION, code: this.code, files });
      this.stored = files;
      this.changed = false;
    } catch {
      // A cache that cannot be written only makes the next run slower.
    }
  }
}

/** Writes a cache file: the sha256 of the payload, then the payload; to a temporary name first, so a reader never sees half of it. */
export function writeCacheFile(file: string, stored: Stored): void {
  const payload = serialize(stored);
  const temporary = `${file}.${process.pid}`;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(temporary, Buffer.concat([sha(payload), payload]));
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** A cache file's content, or undefined when it is missing or damaged (its sha256 does not match, it does not deserialise). */
export function readCacheFile(file: string): Stored | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const bytes = readFileSync(file);
    const payload = bytes.subarray(32);
    if (bytes.length <= 32 || !sha(payload).equals(bytes.subarray(0, 32))) return undefined;
    const stored = deserialize(payload) as Stored;
    return stored?.version === VERSION && stored.files instanceof Map ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** The stored files, or undefined when the cache is missing, damaged or of other code. */
function readStored(file: string, code: string): Stored['files'] | undefined {
  const stored = readCacheFile(file);
  return stored?.code === code ? stored.files : undefined;
}
