/** Files under public/ that content points at (/media/, /images/, /downloads/): do they exist, are images small enough. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AddProblem } from './context.ts';

type Where = { file: string; line: number; field: string };

/** Larger images make pages slow on a phone; `npm run images` and any image editor can shrink them. */
export const MAX_IMAGE_BYTES = 400_000;
export const PUBLIC_FILE = /^\/(media|images|downloads)\//;
export const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;
/**
 * Photos the build resizes itself (an item's image and <Figure>, through Astro's image pipeline in
 * src/components/ui/Figure.astro): they may be as large as a phone makes them; readers get small copies.
 */
export const PHOTO_FILE = /\.(png|jpe?g|webp|avif)$/i;
export const MAX_PHOTO_BYTES = 20_000_000;

/** The problem with a site path such as /images/x.png, or undefined when the file is there. */
export function missingPublicFile(root: string, sitePath: string): string | undefined {
  if (existsSync(join(root, 'public', sitePath))) return undefined;
  return `bestand ${sitePath} bestaat niet; zet het in public${sitePath}`;
}

export function imageTooLarge(root: string, sitePath: string, max = MAX_IMAGE_BYTES): { message: string; allowed: string } | undefined {
  const size = statSync(join(root, 'public', sitePath)).size;
  if (size <= max) return undefined;
  return { message: `afbeelding ${sitePath} is ${Math.round(size / 1000)} kB; dat is te groot voor een snelle pagina`, allowed: `maximaal ${max / 1000} kB` };
}

/** The one check of a public file named in content (data or body): each problem is reported where the file is named. */
export class PublicFiles {
  private root: string;
  private add: AddProblem;

  constructor(root: string, add: AddProblem) {
    this.root = root;
    this.add = add;
  }

  /** False when the file is missing (then already reported). */
  exists(sitePath: string, where: Where): boolean {
    const missing = missingPublicFile(this.root, sitePath);
    if (missing) this.add({ ...where, message: missing });
    return !missing;
  }

  /** `max`: MAX_PHOTO_BYTES where the build resizes the image itself. */
  imageSize(sitePath: string, where: Where, max = MAX_IMAGE_BYTES) {
    const tooLarge = imageTooLarge(this.root, sitePath, max);
    if (tooLarge) this.add({ ...where, ...tooLarge });
  }
}
