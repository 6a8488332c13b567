/**
 * Photos in public/images/ (put there by hand or uploaded through the CMS, as large as a phone
 * makes them) as Astro image modules, so <Figure> can let Astro's image pipeline (sharp) make the
 * sizes and formats readers get. The originals are not published: no page links to them, and the
 * build drops files under dist/images/ that no page names.
 */
import type { ImageMetadata } from 'astro';

const modules = import.meta.glob<{ default: ImageMetadata }>('/public/images/**/*.{jpg,jpeg,png,webp,avif}');

/** The image module of a site path such as /images/klas.jpg, or undefined when Astro cannot process it. */
export async function publicImage(sitePath: string): Promise<ImageMetadata | undefined> {
  const load = modules[`/public${sitePath}`];
  return load ? (await load()).default : undefined;
}
