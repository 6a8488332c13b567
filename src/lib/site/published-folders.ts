/**
 * Folders whose files end up on the public site: public/ (copied into the build) and the built
 * site itself. School data (feedback links, scores) must never be written there.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** The path with symlinks resolved as far as it exists, so a link into public/ is caught too. */
function realPath(path: string): string {
  let existing = resolve(path);
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(existing.slice(dirname(existing).length + 1));
    existing = dirname(existing);
  }
  return join(realpathSync(existing), ...rest);
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(realPath(folder), realPath(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The published folder (as the editor would name it) that `out` lies in, or undefined when it is safe. */
export function publishedFolderOf(out: string, root: string, builtSite = process.env.KP_OUT_DIR ?? 'dist'): string | undefined {
  const folders = [join(root, 'public'), resolve(root, builtSite)];
  const hit = folders.find((f) => isInside(out, f));
  return hit ? relative(root, hit) || hit : undefined;
}
