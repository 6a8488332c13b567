import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference.ts';
import { sectorSchema } from './sector.ts';

/**
 * A calendar date. YAML parsers disagree on whether 2025-03-01 is a string or a Date
 * (js-yaml in Astro vs. yaml in scripts/check.ts), so accept both and end with a Date.
 */
export const dateSchema = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)], {
    error: 'moet een datum zijn in de vorm JJJJ-MM-DD',
  })
  .transform((v) => (v instanceof Date ? v : new Date(`${v}T00:00:00Z`)));

export const urlSchema = z.url({ error: 'moet een volledig webadres zijn (https://...)' });

/** A file under public/, written as a site path such as /media/podcasts/aflevering-1.mp3. */
export const publicFileSchema = z
  .string()
  .regex(/^\/[a-z0-9][a-z0-9/._-]*$/, {
    error: 'moet een pad onder public/ zijn, bijvoorbeeld /media/bestand.pdf (kleine letters, geen spaties)',
  });

export const imageSchema = z.strictObject({
  src: publicFileSchema,
  // WCAG 1.1.1: every image needs a text alternative. Decorative images do not belong in content.
  alt: z
    .string({ error: 'beschrijf wat op de afbeelding staat (alt-tekst)' })
    .trim()
    .min(5, { error: 'alt-tekst is te kort: beschrijf wat op de afbeelding staat' }),
  caption: z.string().optional(),
});

export const personSchema = z.strictObject({
  name: z.string().min(2),
  role: z.string().min(2).optional(),
  fictional: z.boolean().default(true),
});

/** Publishing fields every public item has (drafts, scheduling, review). */
export const publishingFields = {
  draft: z.boolean().default(false),
  publishDate: dateSchema,
  updatedDate: dateSchema.optional(),
  /** Short log of changes after publication, shown under "Laatst gewijzigd" (newest wins). */
  changes: z
    .array(z.strictObject({ date: dateSchema, note: z.string().trim().min(5, { error: 'beschrijf de wijziging in een korte zin' }).max(200) }))
    .default([]),
  /** After this date `npm run check` warns that the item needs a content review. */
  reviewBy: dateSchema.optional(),
};

/** How an item links into the knowledge model: themes always, standards and sectors where they apply. */
export function linkFields(ref: ReferenceFactory) {
  return {
    themes: z.array(ref('themes')).min(1, { error: 'noem minstens één thema' }),
    standards: z.array(ref('standards')).default([]),
    sectors: z.array(sectorSchema).default([]),
  };
}

/** Fields shared by every publication type (brochure, practice, guide, webinar, podcast, investigation). */
export function itemFields(ref: ReferenceFactory) {
  return {
    title: z.string().trim().min(5, { error: 'titel is te kort' }).max(120, { error: 'titel is te lang (max. 120 tekens)' }),
    summary: z
      .string()
      .trim()
      .min(40, { error: 'samenvatting is te kort (min. 40 tekens)' })
      .max(320, { error: 'samenvatting is te lang (max. 320 tekens)' }),
    image: imageSchema.optional(),
    ...publishingFields,
    ...linkFields(ref),
  };
}

/** Adds an issue when `end` is before `start`; used by frameworks, webinars and investigations. */
export function checkOrder(
  ctx: { addIssue: (issue: { code: 'custom'; message: string; path: PropertyKey[]; input?: unknown }) => void },
  start: Date | undefined,
  end: Date | undefined,
  endPath: PropertyKey[],
  label: string,
) {
  if (start && end && end.getTime() < start.getTime()) {
    ctx.addIssue({ code: 'custom', path: endPath, message: `${label} ligt vóór de begindatum`, input: end });
  }
}
