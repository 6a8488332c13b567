import { z } from 'astro/zod';
import { QUESTION_ID, ratingScaleSchema, type reflectionGuideSchema } from './reflection-guide.ts';

/**
 * A team member's answers to one reflection guide, as saved in the browser (localStorage) and
 * as exported to a JSON file. The file never leaves the school: the site has no server to send it to.
 */
export const ANSWERS_FORMAT = 'kennisplatform-reflectiewijzer' as const;
/** Version of this file format (not of the guide). Bump it only with a migration in src/lib/self-evaluation/answers.ts. */
export const ANSWERS_VERSION = 1 as const;
/** An export of a long guide with full notes is about 20 kB; anything over this is not ours. */
export const ANSWERS_MAX_BYTES = 200_000;
export const ANSWER_TEXT_MAX = 5000;

const answerText = z.string().max(ANSWER_TEXT_MAX, { error: `tekst is te lang (max. ${ANSWER_TEXT_MAX} tekens)` });

export const answerSchema = z.strictObject({
  rating: z.number({ error: 'antwoord moet een getal van de schaal zijn' }).int({ error: 'antwoord moet een heel getal zijn' }).optional(),
  /** "Waar zien we dat aan?" */
  evidence: answerText.optional(),
  notes: answerText.optional(),
  nextSteps: answerText.optional(),
});

/** What the browser stores: everything except the checksum (which only an exported file needs). */
export const answersDraftSchema = z.strictObject({
  format: z.literal(ANSWERS_FORMAT),
  version: z.literal(ANSWERS_VERSION),
  guide: z.string().regex(QUESTION_ID, { error: 'onbekende reflectiewijzer' }),
  /** The guide's `version` when the answers were saved; older answers still load. */
  guideVersion: z.number().int().positive(),
  respondent: z.string().trim().max(80, { error: 'naam is te lang (max. 80 tekens)' }).optional(),
  /** The school, printed on the summary. */
  school: z.string().trim().max(120, { error: 'schoolnaam is te lang (max. 120 tekens)' }).optional(),
  /**
   * The guide's scale when the answers were saved. When an editor later changes the scale, ratings
   * move to the step with the same label (src/lib/self-evaluation/draft-migrations.ts); drafts without it keep their values.
   */
  scale: z.array(z.strictObject({ value: z.number().int(), label: z.string() })).max(20).optional(),
  savedAt: z.iso.datetime({ offset: true, error: 'savedAt moet een datum en tijd zijn' }),
  answers: z.record(z.string().regex(QUESTION_ID, { error: 'onbekende vraag-id' }), answerSchema),
});

/** An exported file: the draft plus a SHA-256 checksum over its canonical JSON. */
export const answersFileSchema = answersDraftSchema.extend({
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/, { error: 'controlegetal ontbreekt of is ongeldig' }),
});

/** A reflection guide as its schema outputs it; GuideDefinition is derived from it, never written out again. */
type GuideData = z.output<ReturnType<typeof reflectionGuideSchema>>;
type GuideSection = GuideData['sections'][number];

/**
 * The parts of a reflection guide (from its content entry) that answers are checked against. Same
 * fields as the schema, except that a section's standard is its id (the island gets plain data).
 */
export type GuideDefinition = Pick<GuideData, 'version' | 'title' | 'scale'> & {
  id: string;
  sections: (Omit<GuideSection, 'standard'> & { standard: string })[];
};

/**
 * The validator for one guide, built from its content: the scale is checked with the content's own
 * `ratingScaleSchema`, and a rating must be one of the guide's scale values. Answers to questions
 * that are no longer in the guide stay valid (they are kept and flagged, see reconcileAnswers).
 */
export function answersSchemaFor(guide: GuideDefinition, base: typeof answersFileSchema): typeof answersFileSchema;
export function answersSchemaFor(guide: GuideDefinition, base: typeof answersDraftSchema): typeof answersDraftSchema;
export function answersSchemaFor(guide: GuideDefinition, base: typeof answersDraftSchema | typeof answersFileSchema) {
  const scale = ratingScaleSchema.parse(guide.scale);
  const values = scale.map((s) => s.value);
  return (base as typeof answersDraftSchema).superRefine((file, ctx) => {
    if (file.guide !== guide.id) {
      ctx.addIssue({ code: 'custom', path: ['guide'], message: `hoort bij reflectiewijzer "${file.guide}", niet bij "${guide.id}"` });
    }
    for (const [id, answer] of Object.entries(file.answers)) {
      if (answer.rating !== undefined && !values.includes(answer.rating)) {
        ctx.addIssue({ code: 'custom', path: ['answers', id, 'rating'], message: `${answer.rating} staat niet op de schaal (${values.join(', ')})` });
      }
    }
  });
}

export type Answer = z.output<typeof answerSchema>;
export type AnswersDraft = z.output<typeof answersDraftSchema>;
export type AnswersFile = z.output<typeof answersFileSchema>;
