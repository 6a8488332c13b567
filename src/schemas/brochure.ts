import { z } from 'astro/zod';
import { dateSchema, itemFields, publicFileSchema } from './common.ts';
import type { ReferenceFactory } from './reference.ts';

/** A brochure: readable HTML body first, optional PDF download. */
export function brochureSchema(ref: ReferenceFactory) {
  return z.strictObject({
    ...itemFields(ref),
    /** Who it was made with (science and practice partners). */
    madeWith: z.array(z.string().min(2)).default([]),
    pdf: z
      .strictObject({
        file: publicFileSchema.regex(/\.pdf$/, { error: 'pdf.file moet op .pdf eindigen' }),
        bytes: z.number().int().positive(),
        pages: z.number().int().positive(),
      })
      .optional(),
    /** Shown as "laatst gecontroleerd". */
    lastChecked: dateSchema.optional(),
  });
}
