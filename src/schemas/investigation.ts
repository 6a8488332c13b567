import { z } from 'astro/zod';
import { checkOrder, dateSchema, itemFields } from './common.ts';
import type { ReferenceFactory } from './reference.ts';
import { schoolTypeSchema } from './school.ts';

export const INDICATOR_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Distribution of an indicator's score among comparable schools. */
export const distributionSchema = z
  .strictObject({ p10: z.number(), p25: z.number(), median: z.number(), p75: z.number(), p90: z.number() })
  .refine((d) => d.p10 <= d.p25 && d.p25 <= d.median && d.median <= d.p75 && d.p75 <= d.p90, {
    error: 'percentielen moeten oplopen: p10 ≤ p25 ≤ median ≤ p75 ≤ p90',
  });

/** A themaonderzoek, with the comparison data a school's feedback page needs. */
export function investigationSchema(ref: ReferenceFactory) {
  return z
    .strictObject({
      ...itemFields(ref),
      year: z.number().int().min(2015).max(2100),
      period: z.strictObject({ start: dateSchema, end: dateSchema }),
      sample: z.strictObject({ schools: z.number().int().positive(), description: z.string().min(20) }),
      findings: z.array(z.string().min(20)).min(1),
      /** Indicators scored per school, on a 1..scaleMax scale. */
      scaleMax: z.number().int().min(2).max(100),
      indicators: z
        .array(
          z.strictObject({
            id: z.string().regex(INDICATOR_ID),
            label: z.string().min(3),
            description: z.string().min(10),
            standard: ref('standards').optional(),
            /** A score below this is "low" and gets follow-up on the feedback page. */
            lowBelow: z.number(),
          }),
        )
        .min(1),
      /** Comparison groups (e.g. by schoolweging); each has a distribution per indicator. */
      comparisonGroups: z
        .array(
          z.strictObject({
            id: z.string().regex(INDICATOR_ID),
            label: z.string().min(3),
            description: z.string().min(10),
            schools: z.number().int().positive(),
            scores: z.record(z.string(), distributionSchema),
            /**
             * Which good practices count as comparable for a school in this group (the feedback page
             * shows those first): the school types (the same list as a practice's `school.type`),
             * and a schoolweging range (from `min`, below `max`).
             */
            match: z
              .strictObject({
                schoolTypes: z.array(schoolTypeSchema).min(1).optional(),
                schoolweging: z.strictObject({ min: z.number().optional(), max: z.number().optional() }).optional(),
              })
              .optional(),
          }),
        )
        .min(1),
    })
    .superRefine((d, ctx) => {
      checkOrder(ctx, d.period.start, d.period.end, ['period', 'end'], 'period.end');
      const ids = d.indicators.map((i) => i.id);
      // A school reads its report and next steps by the indicators' names: each id and name once.
      const seen = { id: new Set<string>(), label: new Set<string>() };
      d.indicators.forEach((ind, i) => {
        for (const field of ['id', 'label'] as const) {
          if (seen[field].has(ind[field])) ctx.addIssue({ code: 'custom', path: ['indicators', i, field], message: `staat al bij een andere indicator; geef elke indicator een eigen ${field === 'id' ? 'id' : 'naam'}` });
          seen[field].add(ind[field]);
        }
      });
      d.comparisonGroups.forEach((g, gi) => {
        for (const id of ids) {
          if (!g.scores[id]) ctx.addIssue({ code: 'custom', path: ['comparisonGroups', gi, 'scores', id], message: `scores voor indicator "${id}" ontbreken` });
        }
        for (const key of Object.keys(g.scores)) {
          if (!ids.includes(key)) ctx.addIssue({ code: 'custom', path: ['comparisonGroups', gi, 'scores', key], message: `onbekende indicator "${key}"; kies uit: ${ids.join(', ')}` });
        }
      });
    });
}
