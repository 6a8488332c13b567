/**
 * What Astro copies from public/ into the built site, decided after the build (defence in depth:
 * the checker refuses the same files first, with the line in the content that names them).
 * - media/, images/, downloads/: only files a built page, feed or calendar points at stay. An
 *   allow-list, so media of draft and scheduled items (their pages are not built) and forgotten
 *   files cannot leak. `npm run dev` serves public/ as it is, so editors still preview a draft.
 * - Of those, a file whose bytes are not a type the site publishes (src/lib/media/file-content.ts:
 *   an SVG, a web page, a .png that is really HTML) is removed and the build fails.
 * - Anything else in public/ besides the site's own files (SITE_FILES) is removed and the build fails.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { STRAY_PUBLIC_FILE, strayPublicFiles } from '../lib/check/public-file.ts';
import { formatProblem, type ContentProblem } from '../lib/content/errors.ts';
import { fileContentProblem } from '../lib/media/file-content.ts';
import { BuiltFiles, builtFilesOf } from './built-files.ts';
import { PUBLIC_FOLDERS } from '../schemas/common.ts';
import { plural } from '../i18n/t.ts';

/** Built files that can point at media: pages, feeds, sitemaps, calendars, captions, JSON. */
const TEXT_FILE = /\.(html|xml|ics|json|vtt|txt|webmanifest|css)$/i;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name));
}

export interface PublishedFiles {
  /** Site paths removed because nothing built links to them. */
  unlinked: string[];
  /** Files removed because the site may not publish them; the build fails on these. */
  refused: ContentProblem[];
}

/** Applies the rules above to <dist>, whose public files came from <publicDir>. `files`: this build's reading of the built files. */
export async function publishPublicFiles(dist: string, publicDir: string, files = new BuiltFiles()): Promise<PublishedFiles> {
  const refused: ContentProblem[] = [];
  // First the stray files, so that a stray page cannot make a file count as linked.
  for (const rel of strayPublicFiles(publicDir)) {
    rmSync(join(dist, rel), { force: true });
    refused.push({ file: `public/${rel}`, line: 1, field: '(bestand)', message: STRAY_PUBLIC_FILE, severity: 'error' });
  }
  const folders = PUBLIC_FOLDERS.map((f) => join(dist, f) + sep);
  const referenced = new Set<string>();
  for (const file of filesUnder(dist)) {
    if (TEXT_FILE.test(file) && !folders.some((f) => file.startsWith(f))) {
      for (const path of files.of(file).media) referenced.add(path);
    }
  }
  const unlinked: string[] = [];
  for (const file of PUBLIC_FOLDERS.flatMap((f) => filesUnder(join(dist, f)))) {
    const sitePath = `/${relative(dist, file).split(sep).join('/')}`;
    if (!referenced.has(sitePath)) {
      rmSync(file);
      unlinked.push(sitePath);
      continue;
    }
    const problem = await fileContentProblem(file, sitePath);
    if (!problem) continue;
    rmSync(file);
    refused.push({ file: `public${sitePath}`, line: 1, field: '(bestand)', ...problem, severity: 'error' });
  }
  return { unlinked: unlinked.sort(), refused: refused.sort((a, b) => (a.file < b.file ? -1 : 1)) };
}

export function publishedMediaIntegration(): AstroIntegration {
  let publicDir = '';
  let cacheDir = '';
  return {
    name: 'kennisplatform:published-media',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { unlinked, refused } = await publishPublicFiles(dist, publicDir, builtFilesOf(dist, cacheDir));
        if (unlinked.length) logger.info(`${plural('check.files', unlinked.length)} uit public/ niet gepubliceerd (concept, gepland of nergens gelinkt): ${unlinked.join(', ')}`);
        if (!refused.length) return;
        for (const p of refused) logger.error(formatProblem(p));
        throw new Error(`${plural('check.files', refused.length)} uit public/ geweigerd en uit de uitvoer gehaald; de site wordt niet gebouwd. Zie npm run check.`);
      },
    },
  };
}
