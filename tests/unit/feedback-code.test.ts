/**
 * The code in a school's feedback link: round trip, tampering, versions, and checks against the
 * investigation; plus where a score sits among comparable schools and the follow-up per indicator.
 */
import { describe, expect, it } from 'vitest';
import {
  base64UrlDecode,
  base64UrlEncode,
  decodeFeedbackCode,
  encodeFeedbackCode,
  FEEDBACK_CODE_MAX_LENGTH,
  looksLikeFeedbackCode,
  readFeedbackFragment,
  type FeedbackPayload,
} from '../../src/lib/feedback-code.ts';
import { buildReport, createFollowUp, indicatorSentence, positionOf } from '../../src/lib/feedback.ts';
import type { ItemSummary } from '../../src/lib/items.ts';
import { investigation } from './fixtures-investigation.ts';

const school: FeedbackPayload = { investigation: 'leesonderwijs-2025', group: 'sw-laag', school: 'OBS De Vlieger ’t Zand', scores: [2.4, 3.5, null] };

/** Rebuilds a code around new JSON with a correct checksum, as a deliberate tamperer would. */
async function withPayload(json: unknown): Promise<string> {
  const data = base64UrlEncode(new TextEncoder().encode(JSON.stringify(json)));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`v1.${data}`));
  return `v1.${data}.${base64UrlEncode(new Uint8Array(digest).slice(0, 8))}`;
}

describe('feedback code', () => {
  it('round-trips a school’s scores, with or without #', async () => {
    const code = await encodeFeedbackCode(school);
    expect(code).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{11}$/);
    expect(await decodeFeedbackCode(code)).toEqual({ ok: true, value: school });
    expect(await readFeedbackFragment(`#${code}`, investigation)).toEqual({ ok: true, value: school });
  });

  it('is compact enough for a QR code in a letter', async () => {
    const code = await encodeFeedbackCode({ ...school, school: 'Openbare basisschool De Wilgenhoek locatie Noord', scores: [3.25, 2.75, 1.5] });
    expect(code.length).toBeLessThan(200);
  });

  it('rounds scores to two decimals', async () => {
    const r = await decodeFeedbackCode(await encodeFeedbackCode({ ...school, scores: [2.456789, 3, 1.999] }));
    expect(r.ok && r.value.scores).toEqual([2.46, 3, 2]);
  });

  it('survives a mail program that percent-encodes the link', async () => {
    const code = await encodeFeedbackCode(school);
    expect((await decodeFeedbackCode(encodeURIComponent(code).replace(/\./g, '%2E'))).ok).toBe(true);
  });

  it('treats an empty fragment or an in-page anchor as "no code"', async () => {
    expect(looksLikeFeedbackCode('#inhoud')).toBe(false);
    expect(looksLikeFeedbackCode('')).toBe(false);
    for (const f of ['', '#', '#inhoud']) expect(await decodeFeedbackCode(f)).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('detects a changed score, a changed name and a cut-off link', async () => {
    const code = await encodeFeedbackCode(school);
    const [prefix, data, check] = code.split('.') as [string, string, string];
    const json = JSON.parse(new TextDecoder().decode(base64UrlDecode(data)));
    const changed = base64UrlEncode(new TextEncoder().encode(JSON.stringify({ ...json, s: [4, 4, 4] })));
    expect(await decodeFeedbackCode(`${prefix}.${changed}.${check}`)).toMatchObject({ ok: false, reason: 'tampered', error: expect.stringMatching(/controlecode klopt niet/) });
    const renamed = base64UrlEncode(new TextEncoder().encode(JSON.stringify({ ...json, n: 'Andere school' })));
    expect((await decodeFeedbackCode(`${prefix}.${renamed}.${check}`)).ok).toBe(false);
    expect(await decodeFeedbackCode(code.slice(0, -3))).toMatchObject({ ok: false, reason: 'tampered' });
    expect(await decodeFeedbackCode(`${prefix}.${data}`)).toMatchObject({ ok: false, reason: 'malformed', error: expect.stringMatching(/niet compleet/) });
    expect(await decodeFeedbackCode('v1.%E0%A4%A')).toMatchObject({ ok: false, reason: 'malformed' });
    expect(await decodeFeedbackCode(`v1.${'a'.repeat(FEEDBACK_CODE_MAX_LENGTH)}.x`)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('rejects well-signed codes with bad content', async () => {
    expect(await decodeFeedbackCode(await withPayload({ v: 1, i: 'leesonderwijs-2025', g: 'sw-laag', n: 'X', s: ['hoog'] }))).toMatchObject({ reason: 'malformed' });
    expect(await decodeFeedbackCode(await withPayload({ v: 1, i: 'leesonderwijs-2025', g: 'sw-laag', n: '', s: [1] }))).toMatchObject({ reason: 'malformed' });
    expect(await decodeFeedbackCode(await withPayload('geen object'))).toMatchObject({ reason: 'malformed' });
    expect(await decodeFeedbackCode(await withPayload({ v: 1, i: 'x', g: 'y', n: 'Z', s: [1], extra: true }))).toMatchObject({ reason: 'malformed' });
  });

  it('names newer and unknown versions', async () => {
    expect(await decodeFeedbackCode('v2.abc.def')).toMatchObject({ ok: false, reason: 'version', error: expect.stringMatching(/nieuwere versie/) });
    expect(await decodeFeedbackCode('v0.abc.def')).toMatchObject({ ok: false, reason: 'version', error: expect.stringMatching(/kennen we niet/) });
    // The JSON must carry the same version as the prefix.
    expect(await decodeFeedbackCode(await withPayload({ v: 2, i: 'x', g: 'y', n: 'Z', s: [1] }))).toMatchObject({ reason: 'malformed' });
  });

  it('checks the code against the investigation', async () => {
    const read = async (p: Partial<FeedbackPayload>) => readFeedbackFragment(await encodeFeedbackCode({ ...school, ...p }), investigation);
    expect(await read({ investigation: 'ander-onderzoek' })).toMatchObject({ ok: false, reason: 'mismatch', error: expect.stringMatching(/ander themaonderzoek/) });
    expect(await read({ group: 'onbekend' })).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(await read({ scores: [2, 3, 3, 1] })).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(await read({ scores: [2, 5, 3] })).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(await read({ scores: [0.5, 2, 3] })).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(await read({ scores: [null, null, null] })).toMatchObject({ ok: false, reason: 'mismatch' });
  });

  it('still reads an old link after an indicator was added to the investigation', async () => {
    const r = await read2([2.4, 3.5]);
    expect(r.ok).toBe(true);
    if (r.ok) expect(buildReport(r.value, investigation).indicators[2]).toMatchObject({ id: 'aanbod', score: null, low: false, sentence: 'Voor Leesaanbod is er geen score van uw school.' });
    async function read2(scores: (number | null)[]) {
      return readFeedbackFragment(await encodeFeedbackCode({ ...school, scores }), investigation);
    }
  });
});

describe('report', () => {
  const d = { p10: 2, p25: 2.6, median: 3, p75: 3.4, p90: 3.7 };

  it('places a score among comparable schools', () => {
    expect([1.9, 2, 2.6, 3, 3.2, 3.4, 3.5, 3.7, 3.8].map((s) => positionOf(s, d))).toEqual([
      'below-p10', 'below-p25', 'below-median', 'at-median', 'above-median', 'above-median', 'above-p75', 'above-p75', 'above-p90',
    ]);
    expect(indicatorSentence('Leestijd', 2.4, d)).toBe('Uw school scoort op Leestijd lager dan drie kwart van de vergelijkbare scholen.');
    expect(indicatorSentence('Leestijd', 3.9, d)).toBe('Uw school scoort op Leestijd hoger dan 9 van de 10 vergelijkbare scholen.');
  });

  it('lists the low indicators and summarises them in one sentence', () => {
    const report = buildReport({ ...school, scores: [2.4, 2.2, 3] }, investigation);
    expect(report.group.label).toBe('Lage schoolweging');
    expect(report.low.map((i) => i.id)).toEqual(['leestijd', 'leesplezier']);
    expect(report.summary).toBe('Uw school scoort op 2 van de 3 indicatoren laag: Leestijd en Leesplezier. Onder de grafiek leest u wat u kunt doen.');
    expect(buildReport({ ...school, scores: [3, 3, 3] }, investigation).summary).toBe('Uw school scoort op geen van de 3 indicatoren laag.');
  });

  it('picks follow-up on the indicator’s standard first, and practices from the same sector', () => {
    const item = (collection: ItemSummary['collection'], id: string, o: Partial<ItemSummary> = {}): ItemSummary => ({
      collection, id, url: `/${collection}/${id}/`, title: id, summary: '', date: new Date('2025-01-01'), themes: [], standards: [], sectors: [], draft: false, ...o,
    });
    const items = [
      item('brochures', 'op-standaard', { standards: ['2021/op1'] }),
      item('brochures', 'op-thema', { themes: ['basisvaardigheden'], date: new Date('2026-01-01') }),
      item('brochures', 'los', { themes: ['burgerschap'] }),
      item('reflection-guides', 'wijzer', { themes: ['basisvaardigheden'] }),
      item('practices', 'po-school', { themes: ['basisvaardigheden'], sectors: ['po'] }),
      item('practices', 'vo-school', { standards: ['2021/op1'], sectors: ['vo'] }),
      item('expert-schools', 'expert-po', { themes: ['basisvaardigheden'], sectors: ['po'] }),
      item('brochures', 'concept', { standards: ['2021/op1'], draft: true }),
    ];
    const ofType = (collection: ItemSummary['collection']) => items.filter((i) => i.collection === collection);
    const byType = { brochures: ofType('brochures'), 'reflection-guides': ofType('reflection-guides'), practices: ofType('practices'), 'expert-schools': ofType('expert-schools') };
    const f = createFollowUp({ themes: ['basisvaardigheden'], sectors: ['po'] }, byType)({ standard: '2021/op1' });
    expect(f.brochures.map((l) => l.title)).toEqual(['op-standaard', 'op-thema']);
    expect(f.guides.map((l) => l.url)).toEqual(['/reflection-guides/wijzer/']);
    expect(f.practices.map((l) => l.title)).toEqual(['po-school']);
    expect(f.experts.map((l) => l.title)).toEqual(['expert-po']);
  });
});
