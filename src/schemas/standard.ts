import { z } from 'astro/zod';
import { dateSchema, urlSchema } from './common.ts';
import { DOMAIN_CODE } from './framework.ts';
import { checkedFields, provenanceSchema } from './provenance.ts';
import type { ReferenceFactory } from './reference.ts';
import { sectorSchema } from './sector.ts';

export const STANDARD_CODE = /^[A-Z]{2,3}\d{1,2}$/;

/** One dated step in a standard's history (OP0: in the kader, judgement planned, postponed, judged). */
const historyStepSchema = z.strictObject({
  date: dateSchema,
  text: z.string().min(10),
  ...checkedFields,
  source: provenanceSchema,
});

/** A sentence from the framework (or a source quoting it), exactly as written there, with where it was read. */
const quotedSchema = z.strictObject({
  text: z.string().trim().min(10),
  source: z.strictObject({ url: urlSchema, checkedOn: dateSchema, section: z.string().min(2).optional() }),
});

/**
 * The standard in the framework's own words, only where a public source gives them: what it asks,
 * and what Voldoende and Goed look like. What is missing, the page calls "nog niet nagekeken".
 */
const wordingSchema = z.strictObject({
  asks: quotedSchema.optional(),
  voldoende: quotedSchema.optional(),
  goed: quotedSchema.optional(),
});

/** A standard of one framework edition. Identity is edition + code (file content/standards/<edition>/<code>.yaml). */
export function standardSchema(ref: ReferenceFactory) {
  return z.strictObject({
    code: z.string().regex(STANDARD_CODE, { error: 'code is twee of drie hoofdletters en een cijfer, zoals OP1 of SKA2' }),
    name: z.string().min(3),
    /** Domain code, one of the edition's domains (OP, VS, OR, SKA, BKA, BA). */
    domain: z.string().regex(DOMAIN_CODE),
    edition: ref('frameworks'),
    order: z.number().int().nonnegative(),
    /** Sectors the standard applies to, as data. sectorsVerified: false when the list may be incomplete. */
    sectors: z.array(sectorSchema).min(1),
    sectorsVerified: z.boolean().default(true),
    summary: z.string().min(30),
    wording: wordingSchema.default({}),
    /** Is code + name checked against a public source; where; a plain-Dutch note for readers. */
    ...checkedFields,
    /** In force from a later date than the edition (OP0: 1 August 2023). */
    validFrom: dateSchema.optional(),
    history: z.array(historyStepSchema).default([]),
    /**
     * Crosswalk to the next edition: the standards this one became. An empty list means it
     * disappeared; leave the field out when the next edition is not published yet.
     */
    successors: z.array(ref('standards')).optional(),
    /** Why: how the old standard lives on (or does not). Shown on both standard pages. */
    crosswalkNote: z.string().min(10).optional(),
  });
}
