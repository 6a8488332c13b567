/**
 * Astro writes the original of every photo it resizes into dist/_astro/ next to the small copies,
 * also when no page uses the original: a 4 MB phone photo would be published for nobody. After the
 * build, image files in dist/_astro/ that no built page, feed, stylesheet or script names are removed.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { plural } from '../i18n/t.ts';
import { judgeableAsset, namesAsset } from '../lib/site/built-file-facts.ts';
import { BuiltFiles, builtFilesOf } from './built-files.ts';

const IMAGE = /\.(jpe?g|png|webp|avif|gif)$/i;
const TEXT = /\.(html|xml|json|css|js|webmanifest|txt)$/i;

/** Removes unnamed images from <dist>/_astro; returns their file names. `files`: this build's reading of the built files. */
export function removeUnusedOriginals(dist: string, files = new BuiltFiles()): string[] {
  const assets = join(dist, '_astro');
  let images: string[];
  try {
    images = readdirSync(assets).filter((f) => IMAGE.test(f));
  } catch {
    return [];
  }
  if (!images.length) return [];
  const named = new Set<string>();
  // The CMS in /admin/ is 18 MB of its own code and names none of the site's images.
  const admin = join(dist, 'admin');
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !TEXT.test(entry.name) || entry.parentPath.startsWith(admin)) continue;
    const path = join(entry.parentPath, entry.name);
    const facts = files.of(path);
    for (const image of images) {
      if (named.has(image)) continue;
      // Astro's names are always judged from the facts; any other name by the text itself.
      if (judgeableAsset(image) ? namesAsset(facts, image) : readFileSync(path, 'utf8').includes(`/_astro/${image}`)) named.add(image);
    }
  }
  const unused = images.filter((f) => !named.has(f));
  for (const f of unused) rmSync(join(assets, f));
  return unused.sort();
}

export function imageOriginalsIntegration(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'kennisplatform:image-originals',
    hooks: {
      'astro:config:done': ({ config }) => void (cacheDir = fileURLToPath(config.cacheDir)),
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const removed = removeUnusedOriginals(dist, builtFilesOf(dist, cacheDir));
        if (removed.length) logger.info(`${plural('count.photos', removed.length)} niet gepubliceerd: alleen de verkleinde kopieën staan op de site`);
      },
    },
  };
}
