/**
 * One reflection guide open in two tabs or windows: both read and write the one stored draft, and
 * neither may throw away what the other saved. Each tab keeps
 * - its base: the stored draft as it last read or wrote it, to see what another tab changed since;
 * - per field (a question's rating or one of its texts, the name, the school) changed since the page
 *   opened, who gave the value it shows now: this tab ('own') or another one ('other').
 * When the stored draft changed under it (a storage event, the tab coming back into view, or just
 * before it writes), a tab merges field by field:
 * - another tab changed a field: this tab takes it over;
 * - the new value replaces one that the other side gave, and does not contain it (another rating, a
 *   rewritten text): both are kept, the replaced one in the set-aside list, to copy or put back. The
 *   same holds when this tab replaces a value it took over from another tab (editDraft);
 * - both changed the field before hearing of each other (a missed event, a failed write): this tab's
 *   value stays in the form, the other one is set aside.
 * A whole replacement (import, clearing, an earlier version put back) is deliberate and goes to the
 * history first: other tabs take it over as it is and only keep what they had not yet saved.
 * Pure: the island (useDraftStorage.ts) reads, writes and tells the reader.
 */
import { listAnd, t } from '../../i18n/t.ts';
import { emptyDraft, type AnswersDraft, type GuideDefinition } from './answers.ts';
import { asideItemFor, dropped, fieldKey, fieldsOf, valueOf, withValue, type DraftField, type FieldValue } from './draft-fields.ts';
import { recoverDraft, type SetAsideItem } from './draft-recovery.ts';

export type Origin = 'own' | 'other';
export interface TabState {
  /** What this tab shows. */
  draft: AnswersDraft;
  /** The stored draft as this tab last read or wrote it, and its exact text. */
  base: AnswersDraft;
  baseText: string | null;
  /** Per field key (draft-fields.ts), for fields changed since the page opened: who gave the value shown. */
  origins: Readonly<Record<string, Origin>>;
}

export interface TabStep {
  state: TabState;
  /** Values no longer in the form: add them to the set-aside list. */
  setAside: SetAsideItem[];
  /** Fields where the tabs gave different answers; both are kept, tell the reader. */
  conflicts: DraftField[];
  /** Something another tab saved is now in this tab's form. */
  takenOver: boolean;
  /** The form differs from what is stored: write it. */
  write: boolean;
}

export function openTab(draft: AnswersDraft, storedText: string | null): TabState {
  return { draft, base: draft, baseText: storedText, origins: {} };
}

/** After a successful write of `text` (the JSON of state.draft): that is now the base. */
export function written(state: TabState, text: string): TabState {
  return { ...state, base: state.draft, baseText: text };
}

const later = (a: string, b: string) => (Date.parse(b) > Date.parse(a) ? b : a);

/** Same answers, name and school (savedAt and the scale snapshot aside). */
export function sameContent(a: AnswersDraft, b: AnswersDraft): boolean {
  return fieldsOf(a, b).every((f) => valueOf(a, f) === valueOf(b, f));
}

/**
 * Reads what another tab stored (`stored`: the text now in storage; undefined when storage cannot
 * be read) into this tab. `replaced`: the other tab replaced the whole draft on purpose.
 */
export function pullStored(state: TabState, stored: string | null | undefined, guide: GuideDefinition, now = new Date(), replaced = false): TabStep {
  // Nothing new stored; a change whose write failed earlier is written again.
  if (stored === undefined || stored === state.baseText) return { state, setAside: [], conflicts: [], takenOver: false, write: stored !== undefined && !sameContent(state.draft, state.base) };
  const recovered = stored === null ? { draft: emptyDraft(guide, now), setAside: [] } : recoverDraft(stored, guide, now);
  const theirs = recovered.draft;
  const { base, draft: mine } = state;
  const setAside = [...recovered.setAside];
  const conflicts: DraftField[] = [];
  const origins: Record<string, Origin> = replaced ? {} : { ...state.origins };
  const reason = t('draft.aside.otherTab');
  const aside = (f: DraftField, value: FieldValue, savedAt: string) => {
    if (value === undefined) return;
    setAside.push(asideItemFor(f, value, guide, reason, savedAt, 'tab'));
    conflicts.push(f);
  };
  let draft: AnswersDraft = { ...mine, savedAt: later(mine.savedAt, theirs.savedAt) };
  let takenOver = false;
  for (const f of fieldsOf(base, mine, theirs)) {
    const b = valueOf(base, f);
    const m = valueOf(mine, f);
    const th = valueOf(theirs, f);
    if (th === m || th === b) continue;
    const key = fieldKey(f);
    if (m !== b && !replaced) {
      // Both changed it without hearing of each other: this tab's answer stays, the other one is kept aside.
      aside(f, th, theirs.savedAt);
      continue;
    }
    if (m !== b || (!replaced && state.origins[key] === 'own' && dropped(m, th))) aside(f, m, mine.savedAt);
    draft = withValue(draft, f, th);
    if (!replaced) origins[key] = 'other';
    takenOver = true;
  }
  return { state: { draft, base: theirs, baseText: stored, origins }, setAside, conflicts, takenOver, write: !sameContent(draft, theirs) };
}

/** An edit in this tab. A value it took over from another tab and now replaces is set aside. */
export function editDraft(state: TabState, update: (draft: AnswersDraft) => AnswersDraft, guide: GuideDefinition): TabStep {
  const before = state.draft;
  const after = update(before);
  const origins: Record<string, Origin> = { ...state.origins };
  const setAside: SetAsideItem[] = [];
  const conflicts: DraftField[] = [];
  for (const f of fieldsOf(before, after)) {
    const old = valueOf(before, f);
    const next = valueOf(after, f);
    if (old === next) continue;
    const key = fieldKey(f);
    if (origins[key] === 'other' && dropped(old, next)) {
      setAside.push(asideItemFor(f, old!, guide, t('draft.aside.otherTab'), before.savedAt, 'tab'));
      conflicts.push(f);
    }
    origins[key] = 'own';
  }
  return { state: { ...state, draft: after, origins }, setAside, conflicts, takenOver: false, write: true };
}

/** Read what is stored first, then edit on top of it: a tab that missed an event never writes over another's answers. */
export function commitEdit(state: TabState, stored: string | null | undefined, update: (draft: AnswersDraft) => AnswersDraft, guide: GuideDefinition, now = new Date(), replaced = false): TabStep {
  const pulled = pullStored(state, stored, guide, now, replaced);
  const edited = editDraft(pulled.state, update, guide);
  return { ...edited, setAside: [...pulled.setAside, ...edited.setAside], conflicts: [...pulled.conflicts, ...edited.conflicts], takenOver: pulled.takenOver };
}

/**
 * Whether the stored draft was put in place as a whole by another tab: that tab wrote the draft's
 * savedAt under a key of its own (`marker`) just before writing the draft.
 */
export function isWholeReplacement(stored: string | null, marker: string | null | undefined): boolean {
  if (!stored || !marker) return false;
  try {
    return (JSON.parse(stored) as { savedAt?: unknown }).savedAt === marker;
  } catch {
    return false;
  }
}

/** A whole new draft on purpose (import, clearing, an earlier version): the caller keeps the old one in the history. */
export function replaceDraft(state: TabState, draft: AnswersDraft): TabStep {
  return { state: { ...state, draft, origins: {} }, setAside: [], conflicts: [], takenOver: false, write: true };
}

/** "vraag 3 en uw naam": where the tabs gave different answers, for the message. */
export function conflictPlaces(fields: readonly { question?: string; field: string }[], guide: GuideDefinition): string {
  const questions = guide.sections.flatMap((s) => s.questions.map((q) => q.id));
  const labels = fields.map((f) => {
    if (f.question === undefined) return t(f.field === 'respondent' ? 'selfEval.otherTab.name' : 'selfEval.otherTab.school');
    const n = questions.indexOf(f.question);
    return n >= 0 ? t('selfEval.otherTab.question', { n: n + 1 }) : t('selfEval.otherTab.question', { n: `‘${f.question}’` });
  });
  const unique = [...new Set(labels)];
  const sorted = unique.sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
  return listAnd(sorted);
}
