/**
 * A draft seen as a list of fields: each question's rating and three texts, the name and the
 * school. Merging two tabs' drafts (tab-sync.ts) and putting a set-aside value back at its
 * question work field by field, so that one changed note never costs the rest of an answer. Pure.
 */
import { ANSWER_TEXT_MAX, type Answer, type AnswersDraft, type GuideDefinition } from '../../schemas/answers.ts';
import { cleanAnswer, type TextField } from './answers.ts';
import { asideKey, type SetAsideField, type SetAsideItem } from './draft-recovery.ts';

export type DraftFieldName = 'rating' | TextField | 'respondent' | 'school';
export interface DraftField {
  /** Absent for the name and the school, which belong to the whole draft. */
  question?: string;
  field: DraftFieldName;
}
export type FieldValue = number | string | undefined;

const ANSWER_FIELDS = ['rating', 'evidence', 'notes', 'nextSteps'] as const;

export const fieldKey = (f: DraftField): string => `${f.question ?? ''}:${f.field}`;

/** Every field any of the drafts has a value for (the name and school always), in the guide's order. */
export function fieldsOf(...drafts: readonly AnswersDraft[]): DraftField[] {
  const ids = [...new Set(drafts.flatMap((d) => Object.keys(d.answers)))];
  return [{ field: 'respondent' }, { field: 'school' }, ...ids.flatMap((question) => ANSWER_FIELDS.map((field) => ({ question, field })))];
}

/** A text of only spaces counts as empty, as it does when the answers are saved (cleanAnswer). */
export function valueOf(draft: AnswersDraft, f: DraftField): FieldValue {
  const v = f.question === undefined ? draft[f.field as 'respondent' | 'school'] : draft.answers[f.question]?.[f.field as keyof Answer];
  return typeof v === 'string' && !v.trim() ? undefined : v;
}

/** A new draft with one field set (undefined clears it); savedAt is left alone. */
export function withValue(draft: AnswersDraft, f: DraftField, value: FieldValue): AnswersDraft {
  if (f.question === undefined) {
    const next = { ...draft };
    const name = f.field as 'respondent' | 'school';
    if (typeof value === 'string') next[name] = value;
    else delete next[name];
    return next;
  }
  const answers = { ...draft.answers };
  const answer = cleanAnswer({ ...answers[f.question], [f.field]: value });
  if (answer) answers[f.question] = answer;
  else delete answers[f.question];
  return { ...draft, answers };
}

/** Whether replacing `old` by `next` loses it: another rating, or a text that no longer contains the old one. */
export function dropped(old: FieldValue, next: FieldValue): boolean {
  if (old === undefined || old === next) return false;
  if (typeof old === 'string' && typeof next === 'string') return !next.includes(old.trim());
  return true;
}

const stepLabel = (guide: GuideDefinition, rating: number) => guide.scale.find((s) => s.value === rating)?.label;

/**
 * A field's value as a set-aside item, to copy or put back. A rating is kept as its label (what the
 * reader chose); a text or a rating of a question still in the guide can go back with one button.
 */
export function asideItemFor(f: DraftField, value: string | number, guide: GuideDefinition, reason: string, savedAt: string, origin?: SetAsideItem['origin']): SetAsideItem {
  const inGuide = f.question !== undefined && guide.sections.some((s) => s.questions.some((q) => q.id === f.question));
  const text = typeof value === 'number' ? stepLabel(guide, value) ?? String(value) : value;
  const restorable = inGuide && (typeof value === 'string' ? value.length <= ANSWER_TEXT_MAX : stepLabel(guide, value) !== undefined);
  const field = f.field as SetAsideField;
  return { key: asideKey(f.question, field, text), ...(f.question !== undefined ? { question: f.question } : {}), field, value: text, reason, restorable, savedAt, ...(origin ? { origin } : {}) };
}

/**
 * What putting a set-aside item back changes: the field and its new value (a text over the limit
 * goes back shortened, `cut`), or undefined when it cannot go back (no question, an unknown label).
 */
export function restoreTarget(item: SetAsideItem, guide: GuideDefinition): { field: DraftField; value: string | number; cut: boolean } | undefined {
  if (!item.question) return undefined;
  const question = item.question;
  if (item.field === 'rating') {
    const step = guide.scale.find((s) => s.label === item.value);
    return step ? { field: { question, field: 'rating' }, value: step.value, cut: false } : undefined;
  }
  if (item.field !== 'evidence' && item.field !== 'notes' && item.field !== 'nextSteps') return undefined;
  return { field: { question, field: item.field }, value: item.value.slice(0, ANSWER_TEXT_MAX), cut: item.value.length > ANSWER_TEXT_MAX };
}
