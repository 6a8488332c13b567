/**
 * Files under public/media/ are copied into the built site by Astro; only those a built page,
 * feed or calendar points at may stay. Everything else is removed after the build: media of
 * draft and scheduled items (their pages are not built), and any file nobody links to. An
 * allow-list, so a forgotten file cannot leak. `npm run dev` serves public/ as it is, so editors
 * still preview a draft with its media.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mediaReferences } from '../lib/media/media-references.ts';

/** Built files that can point at media: pages, feeds, sitemaps, calendars, captions, JSON. */
const TEXT_FILE = /\.(html|xml|ics|json|vtt|txt|webmanifest|css)$/i;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Removes unreferenced files under <dist>/media; returns the site paths removed. */
export function removeUnpublishedMedia(dist: string): string[] {
  const referenced = new Set<string>();
  for (const file of filesUnder(dist)) {
    if (TEXT_FILE.test(file) && !file.startsWith(join(dist, 'media') + sep)) {
      for (const path of mediaReferences(readFileSync(file, 'utf8'))) referenced.add(path);
    }
  }
  const removed: string[] = [];
  let mediaFiles: string[] = [];
  try {
    mediaFiles = filesUnder(join(dist, 'media'));
  } catch {
    return removed;
  }
  for (const file of mediaFiles) {
    const sitePath = `/${relative(dist, file).split(sep).join('/')}`;
    if (referenced.has(sitePath)) continue;
    rmSync(file);
    removed.push(sitePath);
  }
  return removed.sort();
}

export function publishedMediaIntegration(): AstroIntegration {
  return {
    name: 'kennisplatform:published-media',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const removed = removeUnpublishedMedia(fileURLToPath(dir));
        if (removed.length) logger.info(`${removed.length === 1 ? '1 mediabestand' : `${removed.length} mediabestanden`} niet gepubliceerd (concept, gepland of nergens gelinkt): ${removed.join(', ')}`);
      },
    },
  };
}
