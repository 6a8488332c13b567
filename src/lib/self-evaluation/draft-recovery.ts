/**
 * Reads what this browser saved, answer by answer, so that one bad value never costs the others:
 * every answer and field that fits is kept; what does not fit (a rating no longer on the scale, a
 * note over the limit, an unknown field, or a file that is not JSON at all) is set aside with the
 * reason, for the school to copy or put back from the page. Old formats are migrated first and
 * ratings follow a changed scale by label (draft-migrations.ts). Pure.
 */
import { ANSWER_TEXT_MAX, ANSWERS_FORMAT, ANSWERS_VERSION, answersDraftSchema, answersSchemaFor, type Answer, type AnswersDraft, type GuideDefinition } from '../../schemas/answers.ts';
import { QUESTION_ID } from '../../schemas/reflection-guide.ts';
import { t } from '../../i18n/t.ts';
import { migrateDraft, moveRating, scaleSnapshot, type DraftMigration } from './draft-migrations.ts';

export type SetAsideField = 'rating' | 'evidence' | 'notes' | 'nextSteps' | 'respondent' | 'school' | 'answer' | 'file';
export interface SetAsideItem {
  /** Stable for the same value, so reading the same draft twice does not add it twice. */
  key: string;
  /** The question it belonged to, when there was one. */
  question?: string;
  field: SetAsideField;
  /** The value as text, to copy. */
  value: string;
  /** Why it did not fit, in Dutch. */
  reason: string;
  /** Whether the page can put it back as it is (a text within the limit, for a question in the guide). */
  restorable: boolean;
  savedAt: string;
  /** 'tab': another tab or window on this guide gave a different answer here (tab-sync.ts). */
  origin?: 'tab';
}

/** The same value at the same place is one item, however often or by whichever tab it is set aside. */
export const asideKey = (question: string | undefined, field: SetAsideField, value: string) => `${question ?? ''}:${field}:${value}`;

export interface Recovery {
  draft: AnswersDraft;
  setAside: SetAsideItem[];
  /** The draft was migrated to the current format or scale (worth saving again). */
  migrated: boolean;
}

const TEXT_FIELDS = ['evidence', 'notes', 'nextSteps'] as const;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asText = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? String(v));
const validIso = (v: unknown): v is string => typeof v === 'string' && answersDraftSchema.shape.savedAt.safeParse(v).success;

function emptyFor(guide: GuideDefinition, now: Date): AnswersDraft {
  return { format: ANSWERS_FORMAT, version: ANSWERS_VERSION, guide: guide.id, guideVersion: guide.version, savedAt: now.toISOString(), scale: scaleSnapshot(guide), answers: {} };
}

export function recoverDraft(text: string, guide: GuideDefinition, now = new Date(), migrations?: readonly DraftMigration[]): Recovery {
  const setAside: SetAsideItem[] = [];
  const empty = emptyFor(guide, now);
  const wholeFile = (reason: string): Recovery => ({
    draft: empty,
    setAside: [{ key: `file:${text.length}:${text.slice(0, 40)}`, field: 'file', value: text, reason, restorable: false, savedAt: now.toISOString() }],
    migrated: false,
  });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return wholeFile(t('draft.aside.notJson'));
  }
  if (!isRecord(raw) || raw.format !== ANSWERS_FORMAT) return wholeFile(t('draft.aside.foreign'));
  const migration = migrateDraft(raw, migrations);
  if (!migration.ok) return wholeFile(t(migration.reason === 'newer' ? 'draft.aside.newer' : 'draft.aside.unknownVersion'));
  const d = migration.draft;
  if (d.guide !== guide.id) return wholeFile(t('draft.aside.otherGuide'));

  const savedAt = validIso(d.savedAt) ? d.savedAt : now.toISOString();
  const aside = (item: Omit<SetAsideItem, 'key' | 'savedAt'>) => setAside.push({ ...item, key: asideKey(item.question, item.field, item.value), savedAt });
  const savedScale = Array.isArray(d.scale) ? (d.scale as unknown[]).filter((s): s is { value: number; label: string } => isRecord(s) && typeof s.value === 'number' && typeof s.label === 'string') : undefined;
  const values = guide.scale.map((s) => s.value);
  const questionIds = new Set(guide.sections.flatMap((s) => s.questions.map((q) => q.id)));
  let migrated = migration.migrated;

  const draft: AnswersDraft = { ...empty, guideVersion: typeof d.guideVersion === 'number' && Number.isInteger(d.guideVersion) && d.guideVersion > 0 ? d.guideVersion : guide.version, savedAt };
  for (const [field, max] of [['respondent', 80], ['school', 120]] as const) {
    const v = d[field];
    if (v === undefined) continue;
    if (typeof v === 'string' && v.trim().length <= max) draft[field] = v;
    else aside({ field, value: asText(v), reason: t('draft.aside.tooLong', { max }), restorable: false });
  }

  const answers = isRecord(d.answers) ? d.answers : {};
  if (d.answers !== undefined && !isRecord(d.answers)) aside({ field: 'answer', value: asText(d.answers), reason: t('draft.aside.answers'), restorable: false });
  for (const [id, value] of Object.entries(answers)) {
    if (!QUESTION_ID.test(id) || !isRecord(value)) {
      aside({ question: id, field: 'answer', value: asText(value), reason: t('draft.aside.answer'), restorable: false });
      continue;
    }
    const kept: Answer = {};
    for (const [field, v] of Object.entries(value)) {
      if (field === 'rating') {
        if (typeof v !== 'number' || !Number.isInteger(v)) {
          aside({ question: id, field: 'rating', value: asText(v), reason: t('draft.aside.rating', { values: values.join(', ') }), restorable: false });
          continue;
        }
        const move = moveRating(v, savedScale, guide);
        if ('gone' in move) aside({ question: id, field: 'rating', value: move.gone, reason: t('draft.aside.scaleChanged', { label: move.gone }), restorable: false });
        else if (!values.includes(move.rating)) aside({ question: id, field: 'rating', value: String(v), reason: t('draft.aside.rating', { values: values.join(', ') }), restorable: false });
        else {
          if (move.rating !== v) migrated = true;
          kept.rating = move.rating;
        }
      } else if ((TEXT_FIELDS as readonly string[]).includes(field)) {
        const f = field as (typeof TEXT_FIELDS)[number];
        if (typeof v === 'string' && v.length <= ANSWER_TEXT_MAX) kept[f] = v;
        else aside({ question: id, field: f, value: asText(v), reason: t('draft.aside.text', { max: ANSWER_TEXT_MAX }), restorable: false });
      } else {
        aside({ question: id, field: 'answer', value: `${field}: ${asText(v)}`, reason: t('draft.aside.unknownField', { field }), restorable: false });
      }
    }
    if (Object.keys(kept).length) draft.answers[id] = kept;
  }
  // A text over the limit can go back once shortened; anything for a question in the guide can be copied.
  for (const item of setAside) item.restorable = !!item.question && questionIds.has(item.question) && (TEXT_FIELDS as readonly string[]).includes(item.field);

  // Safety net: what we assembled must pass the same schema the page saves with.
  const check = answersSchemaFor(guide, answersDraftSchema).safeParse(draft);
  if (!check.success) return wholeFile(t('draft.aside.foreign'));
  return { draft: check.data, setAside, migrated: migrated || !savedScale };
}

/** Adds new set-aside items to the stored ones; never drops or overwrites an earlier item. */
export function mergeSetAside(stored: readonly SetAsideItem[], added: readonly SetAsideItem[], max = 50): SetAsideItem[] {
  const keys = new Set(stored.map((i) => i.key));
  return [...stored, ...added.filter((i) => !keys.has(i.key))].slice(-max);
}

/** Reads the stored set-aside list; anything unreadable comes back as one item, never dropped. */
export function parseSetAside(text: string | null | undefined, now = new Date()): SetAsideItem[] {
  if (!text) return [];
  try {
    const list = JSON.parse(text) as unknown;
    if (Array.isArray(list) && list.every((i) => isRecord(i) && typeof i.key === 'string' && typeof i.value === 'string' && typeof i.field === 'string')) return list as SetAsideItem[];
  } catch {
    /* below */
  }
  return [{ key: `file:${text.length}`, field: 'file', value: text, reason: t('draft.aside.notJson'), restorable: false, savedAt: now.toISOString() }];
}

export interface HistoryEntry {
  savedAt: string;
  text: string;
}
export const HISTORY_SIZE = 5;

/** Keeps the last HISTORY_SIZE distinct drafts, newest first. */
export function pushHistory(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  if (history[0]?.text === entry.text) return [...history];
  return [entry, ...history.filter((h) => h.text !== entry.text)].slice(0, HISTORY_SIZE);
}

export function parseHistory(text: string | null | undefined): HistoryEntry[] {
  if (!text) return [];
  try {
    const list = JSON.parse(text) as unknown;
    return Array.isArray(list) ? list.filter((h): h is HistoryEntry => isRecord(h) && typeof h.savedAt === 'string' && typeof h.text === 'string').slice(0, HISTORY_SIZE) : [];
  } catch {
    return [];
  }
}
