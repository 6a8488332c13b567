import { z } from 'astro/zod';
import { dateSchema, urlSchema } from './common.ts';

/**
 * Where a fact about the onderzoekskader comes from: a public page, a short quote or the
 * section it is in, and the day an editor read it. `verified: true` needs one of these
 * (checked by src/lib/check/provenance.ts, so the editor gets a message with file and line).
 */
export const provenanceSchema = z
  .strictObject({
    url: urlSchema,
    quote: z.string().min(5).optional(),
    section: z.string().min(2).optional(),
    checkedOn: dateSchema,
  })
  .refine((p) => p.quote !== undefined || p.section !== undefined, {
    error: 'noem een kort citaat (quote) of het hoofdstuk of de paragraaf (section) waar het staat',
  });

export type Provenance = z.output<typeof provenanceSchema>;

/** Fields every checkable fact shares: is it checked against the official text, and where. */
export const checkedFields = {
  verified: z.boolean(),
  source: provenanceSchema.optional(),
  /** Plain Dutch for readers: what is not yet checked, or which source is secondary. */
  note: z.string().min(5).optional(),
};
