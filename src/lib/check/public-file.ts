/**
 * Files under public/. Those content points at (/media/, /images/, /downloads/): do they exist,
 * are their bytes what their name says (src/lib/media/file-content.ts), are images small enough.
 * And the rest of public/, which Astro copies into the site unseen: only the site's own files.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PUBLIC_FOLDERS } from '../../schemas/common.ts';
import { fileContentProblem, type FileContentProblem } from '../media/file-content.ts';
import type { AddProblem, ContentCheck } from './context.ts';

type Where = { file: string; line: number; field: string };

/** Larger images make pages slow on a phone; `npm run images` and any image editor can shrink them. */
export const MAX_IMAGE_BYTES = 400_000;
export const PUBLIC_FILE = /^\/(media|images|downloads)\//;
export const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

/**
 * What may live in public/ outside media/, images/ and downloads/: the site's own files, made by
 * developers (not editors) and named in its code. Anything else there would be published as it is.
 */
export const SITE_FILES: ReadonlySet<string> = new Set([
  // The icon in every page's <head> (src/layouts/BaseLayout.astro).
  'favicon.svg',
  // The share image (og:image) and the style guide's example figure; made by `npm run images`.
  'og-image.png',
  'robots.txt',
]);

/** The problem with a site path such as /images/x.png, or undefined when the file is there. */
export function missingPublicFile(root: string, sitePath: string): string | undefined {
  if (existsSync(join(root, 'public', sitePath))) return undefined;
  return `bestand ${sitePath} bestaat niet; zet het in public${sitePath}`;
}

export function imageTooLarge(root: string, sitePath: string): { message: string; allowed: string } | undefined {
  const size = statSync(join(root, 'public', sitePath)).size;
  if (size <= MAX_IMAGE_BYTES) return undefined;
  return { message: `afbeelding ${sitePath} is ${Math.round(size / 1000)} kB; dat is te groot voor een snelle pagina`, allowed: `maximaal ${MAX_IMAGE_BYTES / 1000} kB` };
}

/** Paths (relative to publicDir, with /) of files in public/ that are neither in PUBLIC_FOLDERS nor SITE_FILES. */
export function strayPublicFiles(publicDir: string): string[] {
  if (!existsSync(publicDir)) return [];
  return readdirSync(publicDir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => relative(publicDir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((rel) => !(PUBLIC_FOLDERS as readonly string[]).includes(rel.split('/')[0]!) && !SITE_FILES.has(rel))
    .sort();
}

export const STRAY_PUBLIC_FILE =
  'dit bestand hoort niet in public/: alles daar komt ongezien op de site; zet media in public/media/, afbeeldingen in public/images/ of downloads in public/downloads/ en link ernaar vanuit de inhoud, of haal het weg';

/** The content check for the rest of public/ (the build drops these files too: src/integrations/published-media.ts). */
export const checkPublicFolder: ContentCheck = (ctx) => {
  for (const rel of strayPublicFiles(join(ctx.root, 'public'))) ctx.add({ file: `public/${rel}`, line: 1, field: '(bestand)', message: STRAY_PUBLIC_FILE });
};

/** The one check of a public file named in content (data or body): each problem is reported where the file is named. */
export class PublicFiles {
  private root: string;
  private add: AddProblem;
  /** Each file's bytes are read once, however often it is named. */
  private verdicts = new Map<string, Promise<FileContentProblem | undefined>>();
  private tasks: Promise<void>[] = [];

  constructor(root: string, add: AddProblem) {
    this.root = root;
    this.add = add;
  }

  /**
   * False when the file is missing (then already reported). When it is there, its bytes are
   * judged too; a refused file is reported by finish().
   */
  exists(sitePath: string, where: Where): boolean {
    const missing = missingPublicFile(this.root, sitePath);
    if (missing) {
      this.add({ ...where, message: missing });
      return false;
    }
    this.tasks.push(
      this.verdict(sitePath).then((p) => {
        if (p) this.add({ ...where, ...p });
      }),
    );
    return true;
  }

  /** Whether an existing file's bytes are what its name says: checks that read it further wait for this, so a fake file is one problem, not two. */
  async trusted(sitePath: string): Promise<boolean> {
    return (await this.verdict(sitePath)) === undefined;
  }

  imageSize(sitePath: string, where: Where) {
    const tooLarge = imageTooLarge(this.root, sitePath);
    if (tooLarge) this.add({ ...where, ...tooLarge });
  }

  /** Waits for every file's verdict (and so its problems). */
  async finish() {
    await Promise.all(this.tasks);
  }

  private verdict(sitePath: string): Promise<FileContentProblem | undefined> {
    let v = this.verdicts.get(sitePath);
    if (!v) this.verdicts.set(sitePath, (v = fileContentProblem(join(this.root, 'public', sitePath), sitePath)));
    return v;
  }
}
