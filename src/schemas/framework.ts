import { z } from 'astro/zod';
import { checkOrder, dateSchema } from './common.ts';
import { checkedFields, provenanceSchema } from './provenance.ts';
import type { ReferenceFactory } from './reference.ts';
import { sectorSchema } from './sector.ts';

export const FRAMEWORK_LEVELS = ['school', 'bestuur'] as const;
export const FRAMEWORK_STATUSES = ['vastgesteld', 'in-ontwikkeling'] as const;
export const DOMAIN_CODE = /^[A-Z]{2,3}$/;

/** A kwaliteitsgebied: school level (OP, VS, ...) or board level (BKA). Sectors only when it is not all of the edition's. */
const domainSchema = z.strictObject({
  code: z.string().regex(DOMAIN_CODE, { error: 'code is twee of drie hoofdletters, zoals OP of SKA' }),
  name: z.string().min(3),
  level: z.enum(FRAMEWORK_LEVELS, { error: 'niveau is school of bestuur' }),
  sectors: z.array(sectorSchema).min(1).optional(),
  ...checkedFields,
});

/** A yearly version of an edition (2022, 2023, ...): what changed, from when, and where that is written. */
const versionSchema = z.strictObject({
  version: z.string().regex(/^\d{4}$/, { error: 'versie is een jaartal, zoals 2023' }),
  validFrom: dateSchema,
  change: z.string().min(10),
  ...checkedFields,
});

/** An edition of the onderzoekskader (2017, 2021) or a planned one that has no standards yet. */
export function frameworkSchema(ref: ReferenceFactory) {
  return z
    .strictObject({
      title: z.string().min(5),
      shortTitle: z.string().min(2),
      validFrom: dateSchema,
      validUntil: dateSchema.optional(),
      /** "in-ontwikkeling": announced, no text yet; validFrom is then the planned start. */
      status: z.enum(FRAMEWORK_STATUSES, { error: 'status is vastgesteld of in-ontwikkeling' }).default('vastgesteld'),
      sectors: z.array(sectorSchema).min(1),
      /** Domains (kwaliteitsgebieden) in the order the framework lists them; none yet for a planned edition. */
      domains: z.array(domainSchema).default([]),
      versions: z.array(versionSchema).default([]),
      predecessor: ref('frameworks').optional(),
      summary: z.string().min(20),
      source: provenanceSchema,
      note: z.string().min(5).optional(),
    })
    .superRefine((d, ctx) => {
      checkOrder(ctx, d.validFrom, d.validUntil, ['validUntil'], 'validUntil');
      if (d.status === 'vastgesteld' && d.domains.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['domains'], message: 'een vastgesteld kader heeft kwaliteitsgebieden (domains); is het nog in ontwikkeling, zet dan status: in-ontwikkeling' });
      }
    });
}
