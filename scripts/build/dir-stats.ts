/** Bytes on disk, files and HTML pages under a folder (built site, search index). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function dirStats(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(join(e.parentPath, e.name)).size;
    files++;
    if (e.name.endsWith('.html')) pages++;
  }
  return { bytes, files, pages };
}
