import { z } from 'astro/zod';
import { checkOrder, dateSchema, urlSchema } from './common.ts';
import type { ReferenceFactory } from './reference.ts';
import { sectorSchema } from './sector.ts';

/** An edition of the onderzoekskader (inspection framework), e.g. 2021 or 2017. */
export function frameworkSchema(_ref: ReferenceFactory) {
  return z
    .object({
      title: z.string().min(5),
      shortTitle: z.string().min(2),
      validFrom: dateSchema,
      validUntil: dateSchema.optional(),
      sectors: z.array(sectorSchema).min(1),
      /** Domains (kwaliteitsgebieden) in the order the framework lists them. */
      domains: z.array(z.strictObject({ code: z.string().regex(/^[A-Z]{2}$/), name: z.string().min(3) })).min(1),
      summary: z.string().min(20),
      sourceUrl: urlSchema,
      sourceNote: z.string().optional(),
    })
    .superRefine((d, ctx) => checkOrder(ctx, d.validFrom, d.validUntil, ['validUntil'], 'validUntil'));
}
