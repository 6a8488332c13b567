/**
 * Stored drafts are read answer by answer: every valid answer survives, what does not fit is set
 * aside with a reason; format migrations and scale changes; the short history of drafts.
 */
import { describe, expect, it } from 'vitest';
import { DRAFT_MIGRATIONS, migrateDraft, moveRating } from '../../../src/lib/self-evaluation/draft-migrations.ts';
import { mergeSetAside, parseHistory, parseSetAside, pushHistory, recoverDraft } from '../../../src/lib/self-evaluation/draft-recovery.ts';
import { guide } from './fixture-guide.ts';

const NOW = new Date('2026-11-30T10:00:00Z');
const base = { format: 'kennisplatform-reflectiewijzer', version: 1, guide: 'wijzer', guideVersion: 1, savedAt: '2026-11-29T09:00:00.000Z' };
const recover = (draft: unknown) => recoverDraft(typeof draft === 'string' ? draft : JSON.stringify(draft), guide, NOW);

describe('reading a stored draft answer by answer', () => {
  it('keeps a valid draft as it is (and adds the scale it was answered on)', () => {
    const r = recover({ ...base, respondent: 'Anna', answers: { v1: { rating: 2, notes: 'ok' } } });
    expect(r.setAside).toEqual([]);
    expect(r.draft).toMatchObject({ respondent: 'Anna', answers: { v1: { rating: 2, notes: 'ok' } }, scale: guide.scale.map(({ value, label }) => ({ value, label })) });
  });

  it('keeps every valid answer when one rating is off the scale, one note too long and one field unknown', () => {
    const long = 'x'.repeat(5001);
    const r = recover({ ...base, answers: { v1: { rating: 7, notes: 'blijft' }, v2: { rating: 3, evidence: long }, v3: { rating: 1, kleur: 'rood' }, weg: { rating: 2 } } });
    expect(r.draft.answers).toEqual({ v1: { notes: 'blijft' }, v2: { rating: 3 }, v3: { rating: 1 }, weg: { rating: 2 } });
    expect(r.setAside.map((i) => [i.question, i.field, i.restorable])).toEqual([
      ['v1', 'rating', false],
      ['v2', 'evidence', true],
      ['v3', 'answer', false],
    ]);
    expect(r.setAside[1]!.value).toBe(long);
    expect(r.setAside[0]!.reason).toBe('Dit antwoord staat niet op de schaal (1, 2, 3). Kies opnieuw.');
  });

  it('sets aside a bad name, a bad answer and a broken answers object, keeping the rest', () => {
    const r = recover({ ...base, respondent: 'n'.repeat(81), savedAt: 'gisteren', answers: { 'Geen Id': { rating: 1 }, v1: 'drie', v2: { rating: 2.5 }, v3: { rating: 3 } } });
    expect(r.draft.answers).toEqual({ v3: { rating: 3 } });
    expect(r.draft.respondent).toBeUndefined();
    expect(r.draft.savedAt).toBe(NOW.toISOString());
    expect(r.setAside.map((i) => i.field)).toEqual(['respondent', 'answer', 'answer', 'rating']);
    expect(recover({ ...base, answers: 'kapot' }).setAside).toMatchObject([{ field: 'answer', value: 'kapot' }]);
  });

  it('sets aside a whole file that is not JSON, of another guide, or from a newer page, to copy', () => {
    for (const [text, reason] of [
      ['{"format": "kennisplatform-reflectiewijzer", "answers": {', /geen leesbare tekst/],
      [JSON.stringify({ ...base, guide: 'andere' }), /andere reflectiewijzer/],
      [JSON.stringify({ ...base, version: 9 }), /nieuwere versie/],
      [JSON.stringify({ ...base, format: 'iets' }), /onbekende vorm/],
    ] as const) {
      const r = recover(text);
      expect(r.draft.answers).toEqual({});
      expect(r.setAside).toHaveLength(1);
      expect(r.setAside[0]).toMatchObject({ field: 'file', value: text, restorable: false, reason: expect.stringMatching(reason) });
    }
  });

  it('moves ratings to the step with the same label when the guide’s scale changed', () => {
    const oldScale = [{ value: 1, label: 'Nog niet' }, { value: 2, label: 'Een beetje' }, { value: 3, label: 'Deels' }, { value: 4, label: 'Helemaal' }];
    const r = recover({ ...base, scale: oldScale, answers: { v1: { rating: 4 }, v2: { rating: 2, notes: 'blijft' }, v3: { rating: 3 } } });
    expect(r.draft.answers).toEqual({ v1: { rating: 3 }, v2: { notes: 'blijft' }, v3: { rating: 2 } });
    expect(r.setAside).toMatchObject([{ question: 'v2', field: 'rating', value: 'Een beetje', reason: expect.stringMatching(/stap ‘Een beetje’ bestaat niet meer/) }]);
    expect(r.migrated).toBe(true);
    expect(moveRating(2, undefined, guide)).toEqual({ rating: 2 });
  });
});

describe('format migrations', () => {
  it('has no steps while version 1 is the only format, and refuses unknown or newer versions', () => {
    expect(DRAFT_MIGRATIONS).toEqual([]);
    expect(migrateDraft({ version: 1 })).toEqual({ ok: true, draft: { version: 1 }, migrated: false });
    expect(migrateDraft({ version: 2 })).toEqual({ ok: false, reason: 'newer' });
    expect(migrateDraft({ version: 'een' })).toEqual({ ok: false, reason: 'unknown' });
  });

  it('applies registered steps in order, and stops at a missing step', () => {
    const steps = [
      { from: 1, migrate: (d: Record<string, unknown>) => ({ ...d, antwoorden: d.answers }) },
      { from: 2, migrate: ({ antwoorden, ...d }: Record<string, unknown>) => ({ ...d, answers: antwoorden, touched: true }) },
    ];
    expect(migrateDraft({ version: 1, answers: { a: 1 } }, steps, 3)).toEqual({ ok: true, draft: { version: 3, answers: { a: 1 }, touched: true }, migrated: true });
    expect(migrateDraft({ version: 2, antwoorden: {} }, steps, 3)).toMatchObject({ ok: true, draft: { version: 3 } });
    expect(migrateDraft({ version: 1 }, [steps[1]!], 3)).toEqual({ ok: false, reason: 'unknown' });
  });
});

describe('set-aside list and history', () => {
  it('adds to what was set aside before, never overwrites it', () => {
    const a = recover({ ...base, answers: { v1: { rating: 9 } } }).setAside;
    const b = recover({ ...base, answers: { v2: { rating: 8 } } }).setAside;
    const merged = mergeSetAside(mergeSetAside([], a), b);
    expect(merged.map((i) => i.question)).toEqual(['v1', 'v2']);
    expect(mergeSetAside(merged, a)).toHaveLength(2);
    expect(parseSetAside(JSON.stringify(merged))).toEqual(merged);
    expect(parseSetAside('kapot')).toMatchObject([{ field: 'file', value: 'kapot' }]);
  });

  it('keeps the last five distinct drafts, newest first', () => {
    let h = parseHistory(null);
    for (let i = 1; i <= 7; i++) h = pushHistory(h, { savedAt: `t${i}`, text: `d${i}` });
    h = pushHistory(h, { savedAt: 't8', text: 'd7' });
    expect(h.map((e) => e.text)).toEqual(['d7', 'd6', 'd5', 'd4', 'd3']);
    expect(parseHistory(JSON.stringify(h))).toEqual(h);
    expect(parseHistory('{kapot')).toEqual([]);
  });
});
