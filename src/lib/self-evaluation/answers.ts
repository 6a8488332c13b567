/**
 * Answers to a reflection guide: saving, exporting with a checksum, importing with validation,
 * reconciling with a changed guide, the team's spread per question and a summary per standard.
 * Pure functions (WebCrypto is in browsers and Node 24): the island and the tests share them.
 */
import {
  ANSWERS_FORMAT,
  ANSWERS_MAX_BYTES,
  ANSWERS_VERSION,
  answersFileSchema,
  answersSchemaFor,
  type Answer,
  type AnswersDraft,
  type AnswersFile,
  type GuideDefinition,
} from '../../schemas/answers.ts';
import { t } from '../../i18n/t.ts';
import { formatBytes } from '../../core/format.ts';
import { scaleSnapshot } from './draft-migrations.ts';

export type { Answer, AnswersDraft, AnswersFile, GuideDefinition };
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

const TEXT_FIELDS = ['evidence', 'notes', 'nextSteps'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** The guide as the island needs it, from a content entry's data (references become ids). */
export function guideDefinition(
  id: string,
  data: { title: string; version: number; scale: GuideDefinition['scale']; sections: (Omit<GuideDefinition['sections'][number], 'standard'> & { standard: { id: string } })[] },
): GuideDefinition {
  return {
    id,
    title: data.title,
    version: data.version,
    scale: data.scale.map((s) => ({ value: s.value, label: s.label, ...(s.description ? { description: s.description } : {}) })),
    sections: data.sections.map((s) => ({
      standard: s.standard.id,
      title: s.title,
      ...(s.intro ? { intro: s.intro } : {}),
      questions: s.questions.map((q) => ({ id: q.id, text: q.text, ...(q.evidence ? { evidence: q.evidence } : {}) })),
    })),
  };
}

export const questionIds = (guide: GuideDefinition): string[] => guide.sections.flatMap((s) => s.questions.map((q) => q.id));

export function emptyDraft(guide: GuideDefinition, now = new Date()): AnswersDraft {
  return { format: ANSWERS_FORMAT, version: ANSWERS_VERSION, guide: guide.id, guideVersion: guide.version, savedAt: now.toISOString(), scale: scaleSnapshot(guide), answers: {} };
}

/** Drops empty text fields and answers with nothing in them, so files stay small and comparable. */
export function cleanAnswer(answer: Answer): Answer | undefined {
  const out: Answer = {};
  if (answer.rating !== undefined) out.rating = answer.rating;
  for (const f of TEXT_FIELDS) if (answer[f]?.trim()) out[f] = answer[f];
  return Object.keys(out).length ? out : undefined;
}

export function cleanAnswers(answers: Record<string, Answer>): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const [id, a] of Object.entries(answers)) {
    const c = cleanAnswer(a);
    if (c) out[id] = c;
  }
  return out;
}

/** Sets one field of one answer; an empty value removes it. Returns a new draft. */
export function updateAnswer(draft: AnswersDraft, questionId: string, patch: Partial<Answer>, now = new Date()): AnswersDraft {
  const next = cleanAnswer({ ...draft.answers[questionId], ...patch });
  const answers = { ...draft.answers };
  if (next) answers[questionId] = next;
  else delete answers[questionId];
  return { ...draft, answers, savedAt: now.toISOString() };
}

/** JSON with object keys sorted at every level, so the same data always gives the same checksum. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The checksum shows a file was not changed after export (by accident, or by hand). It is not a
 * signature: anyone can recompute it, and nothing secret is protected by it. The answers are the
 * school's own and never leave its computers.
 */
async function checksumOf(body: Record<string, unknown>): Promise<string> {
  const { checksum: _omit, ...rest } = body;
  return `sha256:${await sha256Hex(canonicalJson(rest))}`;
}

export async function createAnswersFile(draft: AnswersDraft): Promise<AnswersFile> {
  const body: AnswersDraft = { ...draft, answers: cleanAnswers(draft.answers) };
  if (!body.respondent?.trim()) delete body.respondent;
  return { ...body, checksum: await checksumOf(body) };
}

export async function serializeAnswers(draft: AnswersDraft): Promise<string> {
  return `${JSON.stringify(await createAnswersFile(draft), null, 2)}\n`;
}

/** "reflectiewijzer-sociale-veiligheid-anna-de-vries-2026-03-12.json" */
export function answersFileName(draft: AnswersDraft): string {
  const who = (draft.respondent ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `reflectiewijzer-${draft.guide}${who ? `-${who}` : ''}-${draft.savedAt.slice(0, 10)}.json`;
}

interface Issue {
  code?: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  expected?: string;
  input?: unknown;
  issues?: Issue[];
}

/** zod's own (English) messages in plain Dutch; the schema's Dutch messages are kept as they are. */
function issueMessage(i: Issue): string {
  if (!/^(Invalid|Unrecognized|Too (big|small))/.test(i.message)) return i.message;
  if (i.code === 'unrecognized_keys') return `onbekend veld ${(i.keys ?? []).join(', ')}`;
  if (i.code === 'invalid_key' && i.issues?.[0]) return issueMessage(i.issues[0]);
  if (i.code === 'invalid_type') return i.input === undefined ? 'verplicht veld ontbreekt' : `verkeerd soort waarde (verwacht: ${i.expected})`;
  return 'ongeldige waarde';
}

function describeIssues(issues: readonly Issue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${issueMessage(i)}` : issueMessage(i)))
    .join('; ');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads an exported file. Checks, in this order: size, JSON, that it is our format, its format
 * version, that it belongs to this guide, its structure, the checksum (tampering) and the ratings
 * against the guide's scale. Any failure returns a Dutch message and nothing else, so the caller
 * never overwrites what it has with a bad file.
 */
export async function parseAnswersFile(text: string, guide: GuideDefinition): Promise<Result<AnswersFile>> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > ANSWERS_MAX_BYTES) return { ok: false, error: t('answers.error.tooLarge', { size: formatBytes(bytes), max: formatBytes(ANSWERS_MAX_BYTES) }) };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: t('answers.error.notJson') };
  }
  if (!isRecord(raw) || raw.format !== ANSWERS_FORMAT) return { ok: false, error: t('answers.error.foreign') };
  if (raw.version !== ANSWERS_VERSION) {
    const newer = typeof raw.version === 'number' && raw.version > ANSWERS_VERSION;
    return { ok: false, error: t(newer ? 'answers.error.newerVersion' : 'answers.error.unknownVersion', { version: String(raw.version) }) };
  }
  if (raw.guide !== guide.id) return { ok: false, error: t('answers.error.otherGuide', { guide: String(raw.guide) }) };
  const structure = answersFileSchema.safeParse(raw);
  if (!structure.success) return { ok: false, error: t('answers.error.invalid', { detail: describeIssues(structure.error.issues as Issue[]) }) };
  if ((await checksumOf(raw)) !== structure.data.checksum) return { ok: false, error: t('answers.error.tampered') };
  const forGuide = answersSchemaFor(guide, answersFileSchema).safeParse(raw);
  if (!forGuide.success) return { ok: false, error: t('answers.error.scale', { detail: describeIssues(forGuide.error.issues as Issue[]) }) };
  return { ok: true, value: forGuide.data };
}

/** Turns an imported file into this browser's draft (the checksum is not stored). */
export function draftFromFile(file: AnswersFile): AnswersDraft {
  const { checksum: _omit, ...draft } = file;
  return draft;
}

export interface RemovedAnswer {
  id: string;
  answer: Answer;
}

/**
 * Splits answers into those for questions in the guide now and those for questions that were
 * removed since they were saved. Removed ones are kept (and exported), never dropped.
 */
export function reconcileAnswers(answers: Record<string, Answer>, guide: GuideDefinition): { current: Record<string, Answer>; removed: RemovedAnswer[] } {
  const ids = new Set(questionIds(guide));
  const current: Record<string, Answer> = {};
  const removed: RemovedAnswer[] = [];
  for (const [id, answer] of Object.entries(answers)) {
    if (ids.has(id)) current[id] = answer;
    else removed.push({ id, answer });
  }
  return { current, removed: removed.sort((a, b) => a.id.localeCompare(b.id)) };
}

export interface Respondent {
  name: string;
  answers: Record<string, Answer>;
}

/** Names for the team view: the name in the file, or "Collega 2"; duplicates get a number. */
export function respondentNames(names: readonly (string | undefined)[]): string[] {
  const base = names.map((n, i) => n?.trim() || t('selfEval.team.anonymous', { n: i + 1 }));
  const seen = new Map<string, number>();
  return base.map((n) => {
    const count = (seen.get(n) ?? 0) + 1;
    seen.set(n, count);
    return count === 1 ? n : `${n} (${count})`;
  });
}

export interface QuestionSpread {
  id: string;
  number: number;
  text: string;
  options: { value: number; label: string; names: string[] }[];
  unanswered: string[];
  /** Steps on the scale between the lowest and the highest answer (0: everyone agrees). */
  spread: number;
  comments: { name: string; evidence?: string; notes?: string; nextSteps?: string }[];
}

export interface SectionSpread {
  standard: string;
  title: string;
  questions: QuestionSpread[];
}

/** Per question: who chose which step of the scale, so the team meeting can start where views differ. */
export function teamSpread(respondents: readonly Respondent[], guide: GuideDefinition): SectionSpread[] {
  let number = 0;
  return guide.sections.map((section) => ({
    standard: section.standard,
    title: section.title,
    questions: section.questions.map((q) => {
      number += 1;
      const options = guide.scale.map((step) => ({ value: step.value, label: step.label, names: [] as string[] }));
      const unanswered: string[] = [];
      const comments: QuestionSpread['comments'] = [];
      for (const r of respondents) {
        const a = r.answers[q.id];
        const option = options.find((o) => o.value === a?.rating);
        if (option) option.names.push(r.name);
        else unanswered.push(r.name);
        if (a && TEXT_FIELDS.some((f) => a[f]?.trim())) {
          comments.push({ name: r.name, ...(a.evidence ? { evidence: a.evidence } : {}), ...(a.notes ? { notes: a.notes } : {}), ...(a.nextSteps ? { nextSteps: a.nextSteps } : {}) });
        }
      }
      const chosen = options.map((o, i) => (o.names.length ? i : -1)).filter((i) => i >= 0);
      const spread = chosen.length ? Math.max(...chosen) - Math.min(...chosen) : 0;
      return { id: q.id, number, text: q.text, options, unanswered, spread, comments };
    }),
  }));
}

export interface StandardSummary {
  standard: string;
  title: string;
  total: number;
  answered: number;
  counts: { value: number; label: string; count: number }[];
  questions: { id: string; number: number; text: string; rating?: { value: number; label: string }; evidence?: string; notes?: string; nextSteps?: string }[];
}

/** One block per standard for the printable summary: how far the team got and what it wants to do next. */
export function standardSummary(answers: Record<string, Answer>, guide: GuideDefinition): StandardSummary[] {
  let number = 0;
  return guide.sections.map((section) => {
    const questions = section.questions.map((q) => {
      number += 1;
      const a = answers[q.id] ?? {};
      const step = guide.scale.find((s) => s.value === a.rating);
      return {
        id: q.id,
        number,
        text: q.text,
        ...(step ? { rating: { value: step.value, label: step.label } } : {}),
        ...(a.evidence?.trim() ? { evidence: a.evidence } : {}),
        ...(a.notes?.trim() ? { notes: a.notes } : {}),
        ...(a.nextSteps?.trim() ? { nextSteps: a.nextSteps } : {}),
      };
    });
    return {
      standard: section.standard,
      title: section.title,
      total: questions.length,
      answered: questions.filter((q) => q.rating).length,
      counts: guide.scale.map((s) => ({ value: s.value, label: s.label, count: questions.filter((q) => q.rating?.value === s.value).length })),
      questions,
    };
  });
}
