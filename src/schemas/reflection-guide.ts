import { z } from 'astro/zod';
import { itemFields } from './common.ts';
import type { ReferenceFactory } from './reference.ts';

export const QUESTION_ID = /^[a-z0-9][a-z0-9-]*$/;

export const ratingScaleSchema = z
  .array(z.strictObject({ value: z.number().int(), label: z.string().min(2), description: z.string().optional() }))
  .min(2, { error: 'een schaal heeft minstens twee stappen' });

/** Questions a school team answers about itself, grouped per standard. Body: instructions. */
export function reflectionGuideSchema(ref: ReferenceFactory) {
  return z
    .strictObject({
      ...itemFields(ref),
      /** Bumped when questions change; saved answers carry it so old answers still load. */
      version: z.number().int().positive().default(1),
      audience: z.string().min(5),
      durationMinutes: z.number().int().positive(),
      scale: ratingScaleSchema,
      sections: z
        .array(
          z.strictObject({
            standard: ref('standards'),
            title: z.string().min(3),
            intro: z.string().optional(),
            questions: z
              .array(
                z.strictObject({
                  /** Stable id: never reuse an id for a different question. */
                  id: z.string().regex(QUESTION_ID, { error: 'id: kleine letters, cijfers en streepjes' }),
                  text: z.string().min(10),
                  /** "Waar zien we dat aan?" prompt for evidence. */
                  evidence: z.string().optional(),
                }),
              )
              .min(1),
          }),
        )
        .min(1),
    })
    .superRefine((g, ctx) => {
      const seen = new Set<string>();
      g.sections.forEach((s, si) =>
        s.questions.forEach((q, qi) => {
          if (seen.has(q.id)) {
            ctx.addIssue({ code: 'custom', path: ['sections', si, 'questions', qi, 'id'], message: `vraag-id "${q.id}" komt twee keer voor` });
          }
          seen.add(q.id);
        }),
      );
    });
}
