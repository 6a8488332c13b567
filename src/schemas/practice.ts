import { z } from 'astro/zod';
import { itemFields } from './common.ts';
import type { ReferenceFactory } from './reference.ts';
import { checkTypeFitsSector, regionSchema, schoolTypeSchema } from './school.ts';
import { sectorSchema } from './sector.ts';

export const PRACTICE_SOURCES = ['themaonderzoek', 'kwaliteitsonderzoek', 'bestuursonderzoek', 'aanmelding-school', 'expertschool'] as const;
/** Denomination (richting) of a school, as parents know it. */
export const DENOMINATIONS = ['openbaar', 'rooms-katholiek', 'protestants-christelijk', 'algemeen-bijzonder', 'interconfessioneel', 'islamitisch', 'reformatorisch', 'samenwerkingsschool'] as const;

/** A goed voorbeeld: a school shows how it works. Body: the full story. */
export function practiceSchema(ref: ReferenceFactory) {
  return z
    .strictObject({
      ...itemFields(ref),
      school: z.strictObject({
        name: z.string().min(3),
        place: z.string().min(2),
        /** Landsdeel (CBS): noord, oost, west or zuid. */
        region: regionSchema,
        sector: sectorSchema,
        /** From a fixed list per sector (src/schemas/school.ts): basisschool, vmbo, cluster-4, roc, … */
        type: schoolTypeSchema,
        pupils: z.number().int().positive(),
        /** CBS schoolweging (roughly 20-40); higher means more pupils with an expected disadvantage. po only. */
        schoolweging: z.number().min(15).max(45).optional(),
        /** Richting: openbaar, rooms-katholiek, ... Optional: not every sector uses it (mbo, ho, vve). */
        denomination: z.enum(DENOMINATIONS, { error: `onbekende richting; kies uit: ${DENOMINATIONS.join(', ')}` }).optional(),
        /** Population and setting in one or two plain sentences. */
        context: z.string().min(20),
        /** Invented schools must be marked; the sample content is fictional. */
        fictional: z.boolean(),
      }),
      /** What the school did, in one or two sentences. */
      approach: z.string().min(30),
      /** What changed, as short points. */
      outcomes: z.array(z.string().min(10)).min(1),
      /** What did not work (yet), as short points: a real story has them too. */
      setbacks: z.array(z.string().min(10)).default([]),
      quote: z.strictObject({ text: z.string().min(10), name: z.string().min(2), role: z.string().min(2) }).optional(),
      /** How the Inspectorate came to know the example. */
      source: z.enum(PRACTICE_SOURCES, { error: 'onbekende bron' }),
      sourceNote: z.string().optional(),
      expertSchool: ref('expert-schools').optional(),
    })
    .superRefine((p, ctx) => checkTypeFitsSector(p.school, ctx, ['school', 'type']));
}
