import { z } from 'astro/zod';
import { amsterdamLocalToDate, isAmsterdamLocal } from '../core/amsterdam-time.ts';
import { itemFields, personSchema, publicFileSchema, urlSchema } from './common.ts';
import type { ReferenceFactory } from './reference.ts';

/** Editors write Amsterdam wall-clock time in quotes: "2026-03-12 15:30". */
export const amsterdamDateTimeSchema = z
  .string({ error: 'schrijf de tijd tussen aanhalingstekens, als "JJJJ-MM-DD UU:MM" (Nederlandse tijd)' })
  .refine(isAmsterdamLocal, { error: 'tijd moet de vorm "JJJJ-MM-DD UU:MM" hebben (Nederlandse tijd)' })
  .transform((v, ctx) => {
    try {
      return amsterdamLocalToDate(v);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: (e as Error).message });
      return z.NEVER;
    }
  });

export function webinarSchema(ref: ReferenceFactory) {
  return z.strictObject({
    ...itemFields(ref),
    start: amsterdamDateTimeSchema,
    /** Sample content: which facts are invented (the page says so where it shows them). */
    invented: z.array(z.enum(['start', 'recording'], { error: 'kies start en/of recording' })).default([]),
    durationMinutes: z.number().int().min(10).max(480),
    speakers: z.array(personSchema).min(1, { error: 'noem minstens één spreker' }),
    registrationUrl: urlSchema.optional(),
    /** Stable calendar UID; never change it once published. */
    uid: z.string().min(8),
    /** A local recording with WebVTT captions (required for a recording: WCAG 1.2.2). */
    recording: z
      .strictObject({
        video: publicFileSchema.regex(/\.(mp4|webm)$/, { error: 'recording.video moet .mp4 of .webm zijn' }),
        captions: publicFileSchema.regex(/\.vtt$/, { error: 'recording.captions moet een .vtt-bestand zijn' }),
        poster: publicFileSchema.optional(),
        bytes: z.number().int().positive(),
        durationSeconds: z.number().positive(),
      })
      .optional(),
    /** A recording hosted elsewhere: only loaded after the reader clicks (no third-party request before consent). */
    externalRecording: z.strictObject({ url: urlSchema, provider: z.string().min(2) }).optional(),
    slides: z
      .strictObject({ file: publicFileSchema.regex(/\.pdf$/), bytes: z.number().int().positive(), pages: z.number().int().positive() })
      .optional(),
  });
}
