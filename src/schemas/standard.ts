import { z } from 'astro/zod';
import { urlSchema } from './common.ts';
import type { ReferenceFactory } from './reference.ts';
import { sectorSchema } from './sector.ts';

export const STANDARD_CODE = /^[A-Z]{2}\d{1,2}$/;

/** A standard of one framework edition. Identity is edition + code (file content/standards/<edition>/<code>.yaml). */
export function standardSchema(ref: ReferenceFactory) {
  return z.strictObject({
    code: z.string().regex(STANDARD_CODE, { error: 'code moet twee hoofdletters en een cijfer zijn, zoals OP1' }),
    name: z.string().min(3),
    /** Two-letter domain code, one of the edition's domains (OP, SK, OR, KA). */
    domain: z.string().regex(/^[A-Z]{2}$/),
    edition: ref('frameworks'),
    order: z.number().int().nonnegative(),
    sectors: z.array(sectorSchema).min(1),
    summary: z.string().min(30),
    sourceUrl: urlSchema,
    /** False where the wording could not be checked against the Inspectorate's own framework document. */
    verified: z.boolean(),
    verificationNote: z.string().optional(),
    /** The same standard in the previous edition, when it exists. */
    predecessor: ref('standards').optional(),
    /** What changed since the predecessor (renamed, moved, new). Shown when switching editions. */
    changeNote: z.string().optional(),
  });
}
