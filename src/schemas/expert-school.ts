import { z } from 'astro/zod';
import { linkFields, publishingFields, urlSchema } from './common.ts';
import type { ReferenceFactory } from './reference.ts';
import { checkTypeFitsSector, regionSchema, schoolTypeSchema } from './school.ts';
import { sectorSchema } from './sector.ts';

/**
 * A school other schools can learn from. Body: what it offers. `programme` names the network it is an
 * expert school in; Ontwikkelkracht is for the funderend onderwijs (po, so, vo), so not for mbo or ho.
 */
export function expertSchoolSchema(ref: ReferenceFactory) {
  return z
    .strictObject({
      title: z.string().min(3),
      summary: z.string().min(40).max(320),
      place: z.string().min(2),
      region: regionSchema,
      sector: sectorSchema,
      type: schoolTypeSchema,
      programme: z.string().min(3),
      expertise: z.array(z.string().min(5)).min(1),
      website: urlSchema.optional(),
      fictional: z.boolean(),
      ...publishingFields,
      ...linkFields(ref),
    })
    .superRefine((s, ctx) => checkTypeFitsSector(s, ctx, ['type']));
}
