/**
 * One reflection guide in two tabs: what one tab saved reaches the other field by field, and no
 * answer from either tab disappears. Examples first, then properties (fast-check): the merge of
 * one stored draft, an edit over a value taken from another tab, and a simulation of two tabs
 * that edit, hear or miss each other's saves, and fail to write, in any order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDraft, type AnswersDraft } from '../../../src/lib/self-evaluation/answers.ts';
import { fieldKey, fieldsOf, valueOf, withValue, type DraftField, type FieldValue } from '../../../src/lib/self-evaluation/draft-fields.ts';
import { mergeSetAside, type SetAsideItem } from '../../../src/lib/self-evaluation/draft-recovery.ts';
import { commitEdit, conflictPlaces, editDraft, isWholeReplacement, openTab, pullStored, replaceDraft, sameContent, written, type Origin, type TabState } from '../../../src/lib/self-evaluation/tab-sync.ts';
import { guide } from './fixture-guide.ts';

const T0 = new Date('2026-11-30T10:00:00Z');
const empty = emptyDraft(guide, T0);
const draftWith = (answers: AnswersDraft['answers'], extra: Partial<AnswersDraft> = {}): AnswersDraft => ({ ...empty, ...extra, answers });
const stored = (d: AnswersDraft) => JSON.stringify(d);
/** A tab that read `base` from storage and shows `mine`. */
const tabOf = (base: AnswersDraft, mine: AnswersDraft, origins: Record<string, Origin> = {}): TabState => ({ draft: mine, base, baseText: stored(base), origins });
const set = (f: DraftField, v: FieldValue) => (d: AnswersDraft) => withValue(d, f, v);
const where = (items: readonly SetAsideItem[]) => items.map((i) => [i.question, i.field, i.value]);

describe('two tabs on one reflection guide', () => {
  it('takes over what the other tab answered where this tab changed nothing', () => {
    const base = draftWith({ v1: { rating: 1 } });
    const theirs = draftWith({ v1: { rating: 1 }, v2: { rating: 3, notes: 'uit tab 2' } }, { respondent: 'Bea' });
    const step = pullStored(tabOf(base, base), stored(theirs), guide, T0);
    expect(step.state.draft.answers).toEqual(theirs.answers);
    expect(step.state.draft.respondent).toBe('Bea');
    expect(step).toMatchObject({ takenOver: true, setAside: [], conflicts: [], write: false });
    expect(step.state.origins).toEqual({ 'v2:rating': 'other', 'v2:notes': 'other', ':respondent': 'other' });
    // Nothing new stored: nothing happens.
    expect(pullStored(step.state, stored(theirs), guide, T0)).toMatchObject({ takenOver: false, write: false, setAside: [] });
  });

  it('keeps both answers when both tabs changed the same one before hearing of each other', () => {
    const base = draftWith({ v1: { rating: 1 } });
    const mine = draftWith({ v1: { rating: 2, notes: 'hier' }, v3: { rating: 1 } });
    const theirs = draftWith({ v1: { rating: 3, notes: 'daar' }, v2: { rating: 2 } });
    const step = pullStored(tabOf(base, mine), stored(theirs), guide, T0);
    expect(step.state.draft.answers).toEqual({ v1: { rating: 2, notes: 'hier' }, v2: { rating: 2 }, v3: { rating: 1 } });
    expect(where(step.setAside)).toEqual([
      ['v1', 'rating', 'Helemaal'],
      ['v1', 'notes', 'daar'],
    ]);
    expect(step.setAside.every((i) => i.restorable && i.origin === 'tab')).toBe(true);
    expect(step.write).toBe(true);
    expect(conflictPlaces(step.conflicts, guide)).toBe('vraag 1');
  });

  it('sets aside this tab’s own answer when the other tab replaces it, unless the new text still holds it', () => {
    const base = draftWith({ v1: { rating: 1, notes: 'eerste' }, v2: { evidence: 'monitor' } });
    const origins: Record<string, Origin> = { 'v1:rating': 'own', 'v1:notes': 'own', 'v2:evidence': 'own' };
    const theirs = draftWith({ v1: { rating: 2, notes: 'tweede' }, v2: { evidence: 'monitor en gesprekken' } });
    const step = pullStored(tabOf(base, base, origins), stored(theirs), guide, T0);
    expect(step.state.draft.answers).toEqual(theirs.answers);
    expect(where(step.setAside)).toEqual([
      ['v1', 'rating', 'Nog niet'],
      ['v1', 'notes', 'eerste'],
    ]);
    expect(step.write).toBe(false);
  });

  it('sets aside a value taken from the other tab when this tab replaces it', () => {
    const tab = { ...openTab(draftWith({ v1: { notes: 'van tab 1' } }), null), origins: { 'v1:notes': 'other' as const } };
    const step = editDraft(tab, set({ question: 'v1', field: 'notes' }, 'van tab 2'), guide);
    expect(where(step.setAside)).toEqual([['v1', 'notes', 'van tab 1']]);
    expect(step.state.origins['v1:notes']).toBe('own');
    // Adding to it keeps it: nothing to set aside.
    expect(editDraft(tab, set({ question: 'v1', field: 'notes' }, 'van tab 1, aangevuld'), guide).setAside).toEqual([]);
  });

  it('reads what is stored before it writes, so a tab that missed an event keeps the other’s answers', () => {
    const tab1 = openTab(empty, null);
    const other = draftWith({ v2: { rating: 3 } });
    const step = commitEdit(tab1, stored(other), set({ question: 'v1', field: 'rating' }, 1), guide, T0);
    expect(step.state.draft.answers).toEqual({ v1: { rating: 1 }, v2: { rating: 3 } });
    expect(step.write).toBe(true);
  });

  it('takes over a whole replacement as it is, keeping only what this tab had not saved yet', () => {
    const base = draftWith({ v1: { rating: 1 } });
    const mine = draftWith({ v1: { rating: 1 }, v2: { notes: 'nog niet bewaard' } });
    const cleared = { ...empty, savedAt: '2026-11-30T11:00:00.000Z' };
    expect(isWholeReplacement(stored(cleared), cleared.savedAt)).toBe(true);
    expect(isWholeReplacement(stored(cleared), '2026-11-30T10:59:00.000Z')).toBe(false);
    expect(isWholeReplacement('{kapot', cleared.savedAt)).toBe(false);
    const step = pullStored(tabOf(base, mine, { 'v1:rating': 'own' }), stored(cleared), guide, T0, true);
    // This tab's saved rating goes without being set aside (the other tab kept it in the history);
    // its unsaved note stays, and is written.
    expect(step.state.draft.answers).toEqual({ v2: { notes: 'nog niet bewaard' } });
    expect(step).toMatchObject({ setAside: [], conflicts: [], write: true });
    expect(step.state.origins).toEqual({});
    expect(replaceDraft(tabOf(base, mine, { 'v1:rating': 'own' }), empty).state).toMatchObject({ draft: empty, origins: {} });
  });

  it('writes again a change whose write failed, once storage works', () => {
    const tab = tabOf(empty, draftWith({ v1: { rating: 2 } }));
    expect(pullStored(tab, stored(empty), guide, T0).write).toBe(true);
    expect(pullStored(tab, undefined, guide, T0).write).toBe(false);
  });

  it('names the places in plain Dutch', () => {
    expect(conflictPlaces([{ question: 'v3', field: 'notes' }, { field: 'respondent' }, { question: 'v1', field: 'rating' }, { question: 'v3', field: 'rating' }], guide)).toBe('uw naam, vraag 1 en vraag 3');
    expect(conflictPlaces([{ question: 'weg', field: 'rating' }, { field: 'school' }], guide)).toBe('de school en vraag ‘weg’');
  });
});

// ---------------------------------------------------------------- properties

const TEXTS = ['a', 'b', 'ab', 'ba', 'c'];
const FIELDS: DraftField[] = [{ field: 'respondent' }, ...['v1', 'v2', 'weg'].flatMap((question) => (['rating', 'notes', 'evidence'] as const).map((field) => ({ question, field })))];
const valueFor = (f: DraftField) => (f.field === 'rating' ? fc.constantFrom<FieldValue>(undefined, 1, 2, 3) : fc.constantFrom<FieldValue>(undefined, ...TEXTS));
const draftArb = fc.tuple(...FIELDS.map(valueFor)).map((values) => values.reduce<AnswersDraft>((d, v, i) => withValue(d, FIELDS[i]!, v), empty));
const originsArb = fc.tuple(...FIELDS.map(() => fc.constantFrom<Origin | undefined>(undefined, 'own', 'other'))).map((os) => Object.fromEntries(os.flatMap((o, i) => (o ? [[fieldKey(FIELDS[i]!), o]] : []))) as Record<string, Origin>);

const label = (f: DraftField, v: string | number) => (f.field === 'rating' ? guide.scale.find((s) => s.value === v)?.label ?? String(v) : String(v));
/** The answer `v` for field `f` is still there: in the form (whole, or inside a longer text) or set aside. */
function kept(f: DraftField, v: string | number, form: AnswersDraft, aside: readonly SetAsideItem[]): boolean {
  const now = valueOf(form, f);
  if (now === v || (typeof v === 'string' && typeof now === 'string' && now.includes(v))) return true;
  return aside.some((i) => (i.question ?? undefined) === f.question && i.field === f.field && i.value === label(f, v));
}

describe('no answer from either tab disappears (properties)', () => {
  it('merging a stored draft keeps this tab’s unsaved and own answers and the other tab’s changes; nothing is invented', () => {
    fc.assert(
      fc.property(draftArb, draftArb, draftArb, originsArb, (base, mine, theirs, origins) => {
        const step = pullStored(tabOf(base, mine, origins), stored(theirs), guide, T0);
        const form = step.state.draft;
        for (const f of fieldsOf(base, mine, theirs)) {
          const [b, m, t, now] = [valueOf(base, f), valueOf(mine, f), valueOf(theirs, f), valueOf(form, f)];
          expect([m, t]).toContain(now);
          if (t !== undefined && t !== b) expect(kept(f, t, form, step.setAside), `hun ${fieldKey(f)}=${t}`).toBe(true);
          if (m !== undefined && (m !== b || origins[fieldKey(f)] === 'own')) expect(kept(f, m, form, step.setAside), `mijn ${fieldKey(f)}=${m}`).toBe(true);
        }
        // What is not written is exactly what is stored.
        if (!step.write) expect(sameContent(form, theirs)).toBe(true);
        if (sameContent(theirs, base)) expect(sameContent(form, mine)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('an edit keeps every value this tab took over from another tab', () => {
    fc.assert(
      fc.property(draftArb, originsArb, fc.constantFrom(...FIELDS), fc.integer({ min: 0, max: 5 }), (before, origins, f, pick) => {
        const v = ([undefined, ...(f.field === 'rating' ? [1, 2, 3] : TEXTS)] as FieldValue[])[pick % (f.field === 'rating' ? 4 : 6)];
        const step = editDraft({ ...openTab(before, stored(before)), origins }, set(f, v), guide);
        const old = valueOf(before, f);
        if (old !== undefined && origins[fieldKey(f)] === 'other') expect(kept(f, old, step.state.draft, step.setAside)).toBe(true);
        if (old !== valueOf(step.state.draft, f)) expect(step.state.origins[fieldKey(f)]).toBe('own');
      }),
      { numRuns: 2000 },
    );
  });

  type Command = { kind: 'edit'; tab: 0 | 1; field: DraftField; value: FieldValue; writeFails: boolean } | { kind: 'hear'; tab: 0 | 1 };
  const commandArb: fc.Arbitrary<Command> = fc.oneof(
    fc
      .record({ tab: fc.constantFrom<0 | 1>(0, 1), f: fc.constantFrom(...FIELDS), pick: fc.integer({ min: 0, max: 5 }), writeFails: fc.integer({ min: 0, max: 6 }).map((n) => n === 0) })
      .map(({ tab, f, pick, writeFails }) => ({ kind: 'edit' as const, tab, field: f, value: ([undefined, ...(f.field === 'rating' ? [1, 2, 3] : TEXTS)] as FieldValue[])[pick % (f.field === 'rating' ? 4 : 6)], writeFails })),
    fc.record({ kind: fc.constant('hear' as const), tab: fc.constantFrom<0 | 1>(0, 1) }),
  );

  it('two tabs that edit, hear or miss each other and sometimes fail to write end up alike, and every answer is still there', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 40 }), (commands) => {
        // The browser's storage: the draft and the set-aside list, shared by both tabs.
        let text: string | null = null;
        let aside: SetAsideItem[] = [];
        const tabs = [openTab(empty, null), openTab(empty, null)];
        /** Per tab and field: the value this tab gave and still shows (a tab may overwrite its own answers). */
        const own: Map<string, FieldValue>[] = [new Map(), new Map()];
        /** Every answer given that must still be somewhere at the end. */
        const answers: { tab: number; f: DraftField; v: string | number }[] = [];

        const carryOut = (i: number, step: ReturnType<typeof pullStored>, writeFails = false) => {
          aside = mergeSetAside(aside, step.setAside, Infinity);
          let state = step.state;
          if (step.write && !writeFails) {
            text = JSON.stringify(state.draft);
            state = written(state, text);
          }
          // A value replaced by another tab's is no longer this tab's to overwrite.
          for (const [k, v] of own[i]!) if (valueOf(state.draft, FIELDS.find((f) => fieldKey(f) === k)!) !== v) own[i]!.delete(k);
          tabs[i] = state;
        };
        for (const c of commands) {
          if (c.kind === 'hear') {
            carryOut(c.tab, pullStored(tabs[c.tab]!, text, guide, T0));
            continue;
          }
          // An edit reads what is stored first (as commitEdit does), then changes one field.
          carryOut(c.tab, { ...pullStored(tabs[c.tab]!, text, guide, T0), write: false });
          const k = fieldKey(c.field);
          const current = valueOf(tabs[c.tab]!.draft, c.field);
          // The form only reports a change (a textarea or radio button that keeps its value calls nothing).
          if (c.value === current) continue;
          const retire = (pred: (a: (typeof answers)[number]) => boolean) => answers.splice(0, answers.length, ...answers.filter((a) => !(fieldKey(a.f) === k && a.v === current && pred(a))));
          // Overwriting one's own answer is ordinary editing; a longer text that holds the old one carries it on.
          if (current !== undefined && own[c.tab]!.get(k) === current) retire((a) => a.tab === c.tab);
          if (typeof current === 'string' && typeof c.value === 'string' && c.value.includes(current)) retire(() => true);
          carryOut(c.tab, editDraft(tabs[c.tab]!, set(c.field, c.value), guide), c.writeFails);
          if (c.value !== undefined) {
            own[c.tab]!.set(k, c.value);
            answers.push({ tab: c.tab, f: c.field, v: c.value });
          }
        }
        // Both tabs hear the last saves (an event, or coming back into view).
        for (let round = 0; round < 4; round++) for (const i of [0, 1]) carryOut(i, pullStored(tabs[i]!, text, guide, T0));
        const final = tabs[0]!.draft;
        expect(sameContent(final, tabs[1]!.draft)).toBe(true);
        expect(text === null ? sameContent(final, empty) : sameContent(final, JSON.parse(text) as AnswersDraft)).toBe(true);
        for (const a of answers) expect(kept(a.f, a.v, final, aside), `tab ${a.tab + 1}: ${fieldKey(a.f)}=${a.v}`).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});
