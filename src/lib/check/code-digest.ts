/**
 * A digest of the code a module runs: the module and every file it imports from this repository,
 * followed import by import (src/lib/site/import-reader.ts), plus package-lock.json (the packages it
 * imports) and the Node version. The checker's cache (file-cache.ts) is keyed by it, so a change in
 * any checker, schema, body reader or ground-floor file empties that cache, and no list of folders
 * has to be kept by hand.
 *
 * Reading the imports needs TypeScript (a quarter of a second to load), so the files found last time
 * are kept beside the cache with their digests: while none of them changed, the same files import
 * the same files and the digest is the same without reading imports again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';

interface Memo {
  /** Repo-relative file → sha256 of its bytes. */
  files: Record<string, string>;
  digest: string;
}

const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** The folder that holds package.json, above `file`. */
export function projectOf(file: string): string {
  let dir = dirname(file);
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`geen package.json boven ${file}`);
    dir = up;
  }
  return dir;
}

/** The repo-relative files `entry` reaches through relative imports, itself included, sorted. */
export async function importClosure(project: string, entry: string): Promise<string[]> {
  const { importsIn } = await import('../site/import-reader.ts');
  const seen = new Set<string>();
  const queue = [relative(project, entry).split('\\').join('/')];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(join(project, file))) continue;
    seen.add(file);
    if (!/\.(ts|tsx|mjs|js)$/.test(file)) continue;
    for (const spec of importsIn(readFileSync(join(project, file), 'utf8'), file)) {
      if (spec.startsWith('.')) queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
    }
  }
  return [...seen].sort();
}

function digestOf(files: Record<string, string>): string {
  const hash = createHash('sha256').update(`node ${process.version}\0`);
  for (const file of Object.keys(files).sort()) hash.update(`${file}\0${files[file]}\0`);
  return hash.digest('hex').slice(0, 24);
}

/** The digest of `entry`'s code; `memoFile` (optional) keeps the file list between runs. */
export async function codeDigest(entry: string, memoFile?: string): Promise<string> {
  const project = projectOf(entry);
  const hashOf = (file: string) => (existsSync(join(project, file)) ? sha(readFileSync(join(project, file))) : 'missing');
  if (memoFile && existsSync(memoFile)) {
    try {
      const memo = JSON.parse(readFileSync(memoFile, 'utf8')) as Memo;
      const files = Object.entries(memo.files);
      if (files.length && files.every(([file, digest]) => hashOf(file) === digest) && memo.digest === digestOf(memo.files)) return memo.digest;
    } catch {
      // An unreadable memo is read again from the imports.
    }
  }
  const files: Record<string, string> = {};
  for (const file of [...(await importClosure(project, entry)), 'package-lock.json']) files[file] = hashOf(file);
  const memo: Memo = { files, digest: digestOf(files) };
  if (memoFile) {
    try {
      mkdirSync(dirname(memoFile), { recursive: true });
      writeFileSync(`${memoFile}.${process.pid}`, JSON.stringify(memo));
      renameSync(`${memoFile}.${process.pid}`, memoFile);
    } catch {
      // Without the memo the next run reads the imports again; nothing else depends on it.
    }
  }
  return memo.digest;
}
