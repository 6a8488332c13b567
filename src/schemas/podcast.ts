import { z } from 'astro/zod';
import { isTimestamp, timestampToSeconds } from '../core/duration.ts';
import { itemFields, personSchema, publicFileSchema } from './common.ts';
import type { ReferenceFactory } from './reference.ts';

export const AUDIO_TYPES = ['audio/mpeg', 'audio/mp4', 'audio/ogg'] as const;

const timestampSchema = z
  .string()
  .refine(isTimestamp, { error: 'tijdstip moet de vorm m:ss of u:mm:ss hebben' })
  .transform(timestampToSeconds);

export function podcastSchema(ref: ReferenceFactory) {
  return z
    .strictObject({
      ...itemFields(ref),
      season: z.number().int().positive(),
      episode: z.number().int().positive(),
      /** Podcasting 2.0 guid: never change it once published, or apps show the episode twice. */
      guid: z.string().min(8),
      explicit: z.boolean().default(false),
      host: personSchema,
      guests: z.array(personSchema).default([]),
      audio: z.strictObject({
        file: publicFileSchema,
        type: z.enum(AUDIO_TYPES, { error: 'onbekend audioformaat' }),
        /** Exact byte size of the file (the feed's enclosure length). `npm run check` verifies it. */
        bytes: z.number().int().positive(),
        durationSeconds: z.number().positive(),
      }),
      /** WebVTT transcript with <v Speaker> voice tags; rendered on the page and linked from the feed. */
      transcript: publicFileSchema.regex(/\.vtt$/, { error: 'transcript moet een .vtt-bestand zijn' }),
      chapters: z.array(z.strictObject({ start: timestampSchema, title: z.string().min(2) })).min(1),
    })
    .superRefine((p, ctx) => {
      p.chapters.forEach((c, i) => {
        const prev = p.chapters[i - 1];
        if (prev && c.start <= prev.start) {
          ctx.addIssue({ code: 'custom', path: ['chapters', i, 'start'], message: 'hoofdstukken moeten op volgorde van tijd staan' });
        }
        if (c.start >= p.audio.durationSeconds) {
          ctx.addIssue({ code: 'custom', path: ['chapters', i, 'start'], message: 'hoofdstuk begint na het einde van de audio' });
        }
      });
    });
}
