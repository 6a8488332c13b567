/** Byte-for-byte comparison of two built sites: which files were added, removed or changed. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** SHA-1 of every file under a folder, by path relative to it ("/" separators). */
export function dirDigests(dir: string, skip: (path: string) => boolean = () => false): Map<string, string> {
  const digests = new Map<string, string>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = relative(dir, join(e.parentPath, e.name)).split('\\').join('/');
    if (skip(path)) continue;
    digests.set(path, createHash('sha1').update(readFileSync(join(dir, path))).digest('hex'));
  }
  return digests;
}

export interface DirDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

export function diffDigests(before: Map<string, string>, after: Map<string, string>): DirDiff {
  const added = [...after.keys()].filter((p) => !before.has(p)).sort();
  const removed = [...before.keys()].filter((p) => !after.has(p)).sort();
  const changed = [...after.keys()].filter((p) => before.has(p) && before.get(p) !== after.get(p)).sort();
  return { added, removed, changed };
}

/** True when both folders hold the same files with the same bytes. */
export const sameBytes = (d: DirDiff) => d.added.length + d.removed.length + d.changed.length === 0;
