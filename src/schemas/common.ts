import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference.ts';
import { sectorSchema } from './sector.ts';
import { DATE_FORM, dateProblem, parseIsoDate } from '../core/dates.ts';

/**
 * A calendar date, JJJJ-MM-DD. Content is read with the `yaml` library (src/lib/content/loader.ts,
 * also in the build), which leaves dates as text, so an impossible date is refused here instead of
 * rolling over. A Date is still accepted for data that comes from code.
 */
export const dateSchema = z
  .union([z.date(), z.string()], { error: DATE_FORM })
  .transform((v, ctx) => {
    if (v instanceof Date) return v;
    const problem = dateProblem(v);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem, input: v });
      return z.NEVER;
    }
    return parseIsoDate(v);
  });

/**
 * A web address readers can open safely: https only. javascript:, data:, vbscript:, file: and
 * plain http: are refused; so are a user name or password in the address.
 */
export const urlSchema = z.string({ error: 'moet een volledig webadres zijn (https://...)' }).superRefine((value, ctx) => {
  const problem = urlProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
});

export function urlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'moet een volledig webadres zijn dat begint met https://';
  }
  if (url.protocol === 'http:') return `gebruik een beveiligd adres: https://${value.trim().slice('http://'.length)}`;
  if (url.protocol !== 'https:') return 'alleen webadressen die beginnen met https:// zijn toegestaan';
  if (url.username || url.password) return 'een webadres met een naam of wachtwoord erin is niet toegestaan';
  if (!url.hostname.includes('.')) return 'moet een volledig webadres zijn dat begint met https://';
  return undefined;
}

/** Folders under public/ that content may point at. */
export const PUBLIC_FOLDERS = ['media', 'images', 'downloads'] as const;

/**
 * A file under public/, written as a site path such as /media/podcasts/aflevering-1.mp3. It must
 * stay inside one of PUBLIC_FOLDERS: no `..`, no `.`, no empty segments, nothing outside public/.
 */
export const publicFileSchema = z
  .string()
  .regex(/^\/[a-z0-9][a-z0-9/._-]*$/, {
    error: 'moet een pad onder public/ zijn, bijvoorbeeld /media/bestand.pdf (kleine letters, geen spaties)',
  })
  .refine((p) => p.split('/').slice(1).every((seg) => seg !== '' && seg !== '.' && seg !== '..'), {
    error: 'een pad mag geen .. of // bevatten; schrijf het volledige pad, bijvoorbeeld /media/podcasts/aflevering-1.mp3',
  })
  .refine((p) => (PUBLIC_FOLDERS as readonly string[]).includes(p.split('/')[1] ?? ''), {
    error: `het bestand moet in public/${PUBLIC_FOLDERS.join('/, public/')}/ staan`,
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

/** An item's title; `npm run new` asks for it with the same rule. */
export const titleSchema = z.string().trim().min(5, { error: 'titel is te kort (minstens 5 tekens)' }).max(120, { error: 'titel is te lang (hooguit 120 tekens)' });

/** An item's summary for listings and search results; `npm run new --summary` uses the same rule. */
export const summarySchema = z
  .string()
  .trim()
  .min(40, { error: 'samenvatting is te kort (minstens 40 tekens)' })
  .max(320, { error: 'samenvatting is te lang (hooguit 320 tekens)' });

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
    title: titleSchema,
    summary: summarySchema,
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
