/**
 * The code in a school's or board's feedback link: round trip, signatures and every forgery we could
 * think of, damage told apart from forgery, key rotation and revocation, the test key, versions (old
 * v2 school links still open), an end date, and checks against the investigation; plus where a
 * score sits among comparable schools and the verdict lines. Next steps: next-steps.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  base64UrlDecode,
  base64UrlEncode,
  decodeBoardCode,
  decodeFeedbackCode,
  decodeSignedCode,
  encodeBoardCode,
  encodeFeedbackCode,
  FEEDBACK_CODE_MAX_LENGTH,
  looksLikeFeedbackCode,
  readBoardFragment,
  readFeedbackFragment,
  roundScore,
  type BoardPayload,
  type FeedbackPayload,
  type Signer,
} from '../../../src/lib/feedback/code.ts';
import { codeFromFragment, feedbackAddressFromPath } from '../../../src/lib/feedback/fragment.ts';
import { generateKeyPair, signText } from '../../../src/lib/feedback/signing/ecdsa.ts';
import { parseKeyList, type TrustedKey } from '../../../src/lib/feedback/signing/key-list.ts';
import { testPrivateKey, testPublicKey } from '../../../src/lib/feedback/signing/test-key.ts';
import { trustedKeys } from '../../../src/lib/feedback/signing/trusted-keys.ts';
import { buildReport, formatScoreAgainst, indicatorSentence, positionOf, verdictLines } from '../../../src/lib/feedback/report.ts';
import fc from 'fast-check';
import { investigation } from './fixtures-investigation.ts';

const school: FeedbackPayload = { investigation: 'leesonderwijs-2025', group: 'sw-laag', school: 'OBS De Vlieger ’t Zand', scores: [2.4, 3.5, null] };
const TODAY = '2026-11-30';
const SIGNED_ON = '2026-10-01';

// Two "real" keys (made fresh for this test run) and the public test key.
const old = await generateKeyPair();
const current = await generateKeyPair();
const stolen = await generateKeyPair();
const KEYS: TrustedKey[] = [
  { id: '2025-1', publicKey: old.publicJwk, validFrom: '2025-01-01', validUntil: '2026-06-30' },
  { id: '2026-1', publicKey: current.publicJwk, validFrom: '2026-07-01' },
  { id: '2024-1', publicKey: stolen.publicJwk, validFrom: '2024-01-01', revoked: '2026-03-01' },
  { id: 'test', publicKey: testPublicKey(), validFrom: '2000-01-01', test: true },
];
const REAL: Signer = { keyId: '2026-1', privateKey: current.privateJwk };
const encode = (p: FeedbackPayload, signer: Signer = REAL, on = SIGNED_ON) => encodeFeedbackCode(p, signer, on);
const decode = (code: string) => decodeFeedbackCode(code, KEYS, TODAY);
const WINDOWS: Record<string, { keyValidFrom: string; keyValidUntil?: string }> = {
  '2025-1': { keyValidFrom: '2025-01-01', keyValidUntil: '2026-06-30' },
  '2026-1': { keyValidFrom: '2026-07-01' },
  test: { keyValidFrom: '2000-01-01' },
};
const verified = (p: FeedbackPayload, keyId = '2026-1', demo = false, signedOn = SIGNED_ON) => ({ kind: 'school', ...p, keyId, signedOn, ...WINDOWS[keyId], demo });

/** A version 2 code, as links sent before boards had links were made. */
async function v2Code(p: FeedbackPayload, signer: Signer = REAL, on = SIGNED_ON): Promise<string> {
  const data = base64UrlEncode(new TextEncoder().encode(JSON.stringify({ v: 2, i: p.investigation, g: p.group, n: p.school, s: p.scores, d: on })));
  return `v2.${signer.keyId}.${data}.${await signText(signer.privateKey, `v2.${signer.keyId}.${data}`)}`;
}

/** Rebuilds a code around new JSON, keeping the old signature: what a forger without the key can do. */
function withPayload(code: string, json: unknown): string {
  const [prefix, keyId, , signature] = code.split('.');
  return `${prefix}.${keyId}.${base64UrlEncode(new TextEncoder().encode(JSON.stringify(json)))}.${signature}`;
}
const payloadOf = (code: string) => JSON.parse(new TextDecoder().decode(base64UrlDecode(code.split('.')[2]!)));

describe('feedback code', () => {
  it('round-trips a school’s scores, with or without #, and says which key signed it', async () => {
    const code = await encode(school);
    expect(code).toMatch(/^v3\.2026-1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    expect(await decode(code)).toEqual({ ok: true, value: verified(school) });
    expect(await readFeedbackFragment(`#${code}`, investigation, KEYS, TODAY)).toEqual({ ok: true, value: verified(school) });
  });

  it('is compact enough for a QR code in a letter', async () => {
    const code = await encode({ ...school, school: 'Openbare basisschool De Wilgenhoek locatie Noord', scores: [3.25, 2.75, 1.5] });
    expect(code.length).toBeLessThan(300);
  });

  it('rounds scores to two decimals, never across the low threshold', () => {
    expect([roundScore(2.456789, 2.5), roundScore(3, 2.5), roundScore(1.999, 2.5), roundScore(2.496, 2.5), roundScore(2.29999, 2.3)]).toEqual([2.46, 3, 2, 2.49, 2.29]);
  });

  it('survives a mail program that percent-encodes the link', async () => {
    const code = await encode(school);
    expect((await decode(encodeURIComponent(code).replace(/\./g, '%2E'))).ok).toBe(true);
  });

  it('treats an empty fragment or an in-page anchor as "no code"', async () => {
    expect(looksLikeFeedbackCode('#inhoud')).toBe(false);
    expect(looksLikeFeedbackCode('')).toBe(false);
    for (const f of ['', '#', '#inhoud']) expect(await decode(f)).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('refuses every forgery: new name, new scores, another key, a swapped key id, a changed signature', async () => {
    const code = await encode(school);
    const json = payloadOf(code);
    const forged = [
      withPayload(code, { ...json, n: 'Uw school is zeer zwak beoordeeld. Bel 0900-1234' }),
      withPayload(code, { ...json, s: [1, 1, 1] }),
      withPayload(code, { ...json, k: 'b', b: '41234', r: [{ c: '99XA', n: 'Nep', g: 'sw-laag', s: [1] }] }),
      await encode({ ...school, school: 'Nep' }, { keyId: '2026-1', privateKey: (await generateKeyPair()).privateJwk }),
      code.replace('.2026-1.', '.2025-1.'),
      // One signature character changed where every bit counts (the last one carries padding bits).
      `${code.slice(0, -10)}${code.at(-10) === 'A' ? 'B' : 'A'}${code.slice(-9)}`,
      code.replace(/^v3\./, 'v2.'),
    ];
    for (const f of forged) expect(await decode(f), f).toMatchObject({ ok: false, reason: 'tampered', error: expect.stringMatching(/Vertrouw de gegevens/) });
    expect(await decode(code.replace('.2026-1.', '.2099-9.'))).toMatchObject({ ok: false, reason: 'unknown-key', error: expect.stringMatching(/sleutel die de inspectie niet kent/) });
    // The old unkeyed checksum links are not signed at all.
    expect(await decode('v1.eyJ2IjoxfQ.abcdefghijk')).toMatchObject({ ok: false, reason: 'unsigned', error: expect.stringMatching(/niet ondertekend/) });
    expect(await decode(`v2.2026-1.${'a'.repeat(FEEDBACK_CODE_MAX_LENGTH)}.x`)).toMatchObject({ ok: false, reason: 'incomplete' });
    expect(await decode('v2.%E0%A4%A')).toMatchObject({ ok: false, reason: 'incomplete' });
  });

  it('calls a link cut short or broken by a mail program incomplete, never forged, wherever it was cut', async () => {
    for (const code of [await encode(school), await v2Code(school)]) {
      for (let end = 2; end < code.length; end++) {
        const r = await decode(code.slice(0, end));
        expect(r, `${end}/${code.length}`).toMatchObject({ ok: false, reason: 'incomplete', error: expect.stringMatching(/mailprogramma[\s\S]*hele link uit de brief[\s\S]*opnieuw te sturen/) });
        expect(r.ok ? '' : r.error).not.toMatch(/Vertrouw/);
      }
    }
    // Data that is no longer base64url JSON (a character dropped in the middle) is damage too.
    const code = await encode(school);
    const [prefix, key, data, sig] = code.split('.') as [string, string, string, string];
    expect(await decode(`${prefix}.${key}.${data.slice(0, 10)}${data.slice(11)}.${sig}`)).toMatchObject({ reason: 'incomplete' });
  });

  it('reads a link as a mail program passes it on: wrapped over lines, percent-encoded, a full stop or bracket glued to its end', async () => {
    const code = await encode(school);
    for (const damaged of [`${code.slice(0, 60)}\n${code.slice(60, 140)} ${code.slice(140)}`, `${code}.`, `${code}).`, `${code}>`, encodeURIComponent(code), `#${code}%20`]) {
      expect(await decode(damaged), damaged).toEqual({ ok: true, value: verified(school) });
    }
  });

  it('keeps old links working after a rotation, but not new links signed with the old key; a revoked key always fails', async () => {
    const oldSigner: Signer = { keyId: '2025-1', privateKey: old.privateJwk };
    expect(await decode(await encode(school, oldSigner, '2026-03-15'))).toEqual({ ok: true, value: verified(school, '2025-1', false, '2026-03-15') });
    expect(await decode(await encode(school, oldSigner, '2026-08-01'))).toMatchObject({ ok: false, reason: 'outside-window' });
    expect(await decode(await encode(school, REAL, '2026-06-01'))).toMatchObject({ ok: false, reason: 'outside-window' });
    expect(await decode(await encode(school, REAL, '2026-12-02'))).toMatchObject({ ok: false, reason: 'outside-window' });
    // One day of slack for a reader whose clock is behind.
    expect((await decode(await encode(school, REAL, '2026-12-01'))).ok).toBe(true);
    expect(await decode(await encode(school, { keyId: '2024-1', privateKey: stolen.privateJwk }, '2025-05-01'))).toMatchObject({ ok: false, reason: 'revoked', error: expect.stringMatching(/ingetrokken/) });
  });

  it('verifies the public test key only as a demonstration', async () => {
    const code = await encode(school, { keyId: 'test', privateKey: testPrivateKey() });
    expect(await decode(code)).toEqual({ ok: true, value: verified(school, 'test', true) });
    // Without the test key in the list (as a site could choose), it is unknown.
    expect(await decodeFeedbackCode(code, KEYS.filter((k) => !k.test), TODAY)).toMatchObject({ ok: false, reason: 'unknown-key' });
  });

  it('rejects well-signed codes with bad content', async () => {
    const signed = (json: unknown) => {
      const data = base64UrlEncode(new TextEncoder().encode(JSON.stringify(json)));
      return signText(current.privateJwk, `v2.2026-1.${data}`).then((sig) => `v2.2026-1.${data}.${sig}`);
    };
    const base = { v: 2, i: 'leesonderwijs-2025', g: 'sw-laag', n: 'X', s: [1], d: SIGNED_ON };
    expect(await decode(await signed({ ...base, s: ['hoog'] }))).toMatchObject({ reason: 'malformed' });
    expect(await decode(await signed({ ...base, n: '' }))).toMatchObject({ reason: 'malformed' });
    expect(await decode(await signed('geen object'))).toMatchObject({ reason: 'malformed' });
    expect(await decode(await signed({ ...base, extra: true }))).toMatchObject({ reason: 'malformed' });
    expect(await decode(await signed({ ...base, v: 1 }))).toMatchObject({ reason: 'malformed' });
    expect(await decode(await signed({ ...base, d: 'gisteren' }))).toMatchObject({ reason: 'malformed' });
  });

  it('still opens a version 2 school link sent before boards had links', async () => {
    expect(await decode(await v2Code(school))).toEqual({ ok: true, value: verified(school) });
    expect(await decode(withPayload(await v2Code(school), { v: 2, i: school.investigation, g: school.group, n: 'Nep', s: school.scores, d: SIGNED_ON }))).toMatchObject({ reason: 'tampered' });
  });

  it('carries an end date: the link works up to and including that day, then asks for a new one', async () => {
    const code = await encodeFeedbackCode(school, REAL, SIGNED_ON, { validUntil: '2026-11-30' });
    expect(await decode(code)).toEqual({ ok: true, value: { ...verified(school), validUntil: '2026-11-30' } });
    expect(await decodeFeedbackCode(code, KEYS, '2026-12-01')).toMatchObject({ ok: false, reason: 'expired', error: 'Deze link was geldig tot en met 30 november 2026. Vraag de inspectie om een nieuwe link.' });
    await expect(encodeFeedbackCode(school, REAL, SIGNED_ON, { validUntil: '2026-09-30' })).rejects.toThrow(/geldig-tot/);
  });

  it('round-trips a board with only its own schools, and keeps school and board links on their own pages', async () => {
    const board: BoardPayload = {
      investigation: 'leesonderwijs-2025',
      board: { number: '41234', name: 'Stichting Lezen ’t Zand' },
      schools: [
        { brin: '99XA', school: 'OBS De Vlieger', group: 'sw-laag', scores: [2.4, 3.5, null] },
        { brin: '99XB01', school: 'CBS Het Anker', group: 'sw-hoog', scores: [3, 2, 2.5] },
      ],
    };
    const code = await encodeBoardCode(board, REAL, SIGNED_ON);
    expect(code).toMatch(/^v3\.2026-1\./);
    expect(await decodeBoardCode(code, KEYS, TODAY)).toEqual({ ok: true, value: { kind: 'board', ...board, keyId: '2026-1', signedOn: SIGNED_ON, keyValidFrom: '2026-07-01', demo: false } });
    expect(await decodeFeedbackCode(code, KEYS, TODAY)).toMatchObject({ ok: false, reason: 'other-kind', error: expect.stringMatching(/pagina voor besturen/) });
    expect(await decodeBoardCode(await encode(school), KEYS, TODAY)).toMatchObject({ ok: false, reason: 'other-kind', error: expect.stringMatching(/pagina voor scholen/) });
    expect((await decodeSignedCode(code, KEYS, TODAY)).ok).toBe(true);
    expect(await readBoardFragment(code, investigation, KEYS, TODAY)).toMatchObject({ ok: true });
    expect(await readBoardFragment(await encodeBoardCode({ ...board, schools: [...board.schools, { brin: '99XC', school: 'X', group: 'onbekend', scores: [3] }] }, REAL, SIGNED_ON), investigation, KEYS, TODAY)).toMatchObject({ ok: false, reason: 'mismatch' });
    // A forged board: another school slipped in under the board's signature.
    const json = payloadOf(code);
    expect(await decodeBoardCode(withPayload(code, { ...json, r: [...json.r, { c: '99ZZ', n: 'Andere school', g: 'sw-laag', s: [1] }] }), KEYS, TODAY)).toMatchObject({ ok: false, reason: 'tampered' });
  });

  it('names newer and unknown versions', async () => {
    expect(await decode('v9.abc.def.ghi')).toMatchObject({ ok: false, reason: 'version', error: expect.stringMatching(/nieuwere versie/) });
    expect(await decode('v0.abc.def')).toMatchObject({ ok: false, reason: 'version', error: expect.stringMatching(/kennen we niet/) });
  });

  it('checks the code against the investigation', async () => {
    const read = async (p: Partial<FeedbackPayload>) => readFeedbackFragment(await encode({ ...school, ...p }), investigation, KEYS, TODAY);
    expect(await read({ investigation: 'ander-onderzoek' })).toMatchObject({ ok: false, reason: 'mismatch', error: expect.stringMatching(/ander themaonderzoek/) });
    expect(await read({ group: 'onbekend' })).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(await read({ scores: [2, 3, 3, 1] })).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(await read({ scores: [2, 5, 3] })).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(await read({ scores: [0.5, 2, 3] })).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(await read({ scores: [null, null, null] })).toMatchObject({ ok: false, reason: 'mismatch' });
  });

  it('still reads an old link after an indicator was added to the investigation', async () => {
    const r = await readFeedbackFragment(await encode({ ...school, scores: [2.4, 3.5] }), investigation, KEYS, TODAY);
    expect(r.ok).toBe(true);
    if (r.ok) expect(buildReport(r.value, investigation).indicators[2]).toMatchObject({ id: 'aanbod', score: null, low: false, sentence: 'Voor Leesaanbod is er geen score van uw school.' });
  });
});

describe('a code a mail program or a copy changed on the way', () => {
  const percent = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  /** A valid code's payload: any school name (accents, quotes, emoji), scores on the scale or missing. */
  const payloadArb = fc.record({
    investigation: fc.constant(school.investigation),
    group: fc.constant(school.group),
    school: fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }).filter((n) => n.trim().length > 0),
    scores: fc.array(fc.option(fc.integer({ min: 100, max: 400 }).map((n) => n / 100), { nil: null }), { minLength: 1, maxLength: 3 }),
  });
  /** What happens to a link on its way: some or all characters percent-encoded, maybe twice, # encoded or doubled, line breaks, a full stop after it. */
  const manglingArb = fc.record({
    encode: fc.constantFrom('none', 'uri', 'dots', 'every', 'some'),
    twice: fc.boolean(),
    hash: fc.constantFrom('', '#', '%23', '#%23', '##'),
    breaks: fc.array(fc.nat(), { maxLength: 2 }),
    after: fc.constantFrom('', '.', ')', '>', ' ', '%0A'),
    pick: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  });
  type Mangling = typeof manglingArb extends fc.Arbitrary<infer T> ? T : never;
  function mangle(code: string, m: Mangling): string {
    const once = (text: string) =>
      m.encode === 'uri' ? encodeURIComponent(text)
      : m.encode === 'dots' ? encodeURIComponent(text).replace(/\./g, '%2E')
      : m.encode === 'every' ? [...text].map(percent).join('')
      : m.encode === 'some' ? [...text].map((c, i) => (m.pick[i % 8] ? percent(c) : c)).join('')
      : text;
    let text = once(code);
    if (m.twice && m.encode !== 'none') text = encodeURIComponent(text);
    for (const at of m.breaks) text = `${text.slice(0, at % (text.length + 1))}\n${text.slice(at % (text.length + 1))}`;
    return `${m.hash}${text}${m.after}`;
  }

  it('reads every encoding of a valid code as that code (round trip, fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(payloadArb, manglingArb, async (p, m) => {
        const code = await encode(p);
        expect(codeFromFragment(encodeURIComponent(code))).toEqual({ kind: 'code', code });
        expect(codeFromFragment(mangle(code, m))).toEqual({ kind: 'code', code });
        expect(await decode(mangle(code, m))).toEqual(await decode(code));
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on any fragment: a broken percent sequence is a clear message, not "no code"', async () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('%', '#', 'v', '2', '.', 'E', '0', 'A', 'z', ' ', '\n', 'é') }), (fragment) => {
        expect(['none', 'garbled', 'code']).toContain(codeFromFragment(fragment).kind);
      }),
      { numRuns: 3000 },
    );
    for (const garbled of ['v2.%E0%A4%A', '%76%32%2E%', '#%E0%A4%A', `v2.abc%zz`]) {
      expect(codeFromFragment(garbled)).toEqual({ kind: 'garbled' });
      expect(await decode(garbled)).toMatchObject({ ok: false, reason: 'incomplete', error: expect.stringMatching(/hele link uit de brief/) });
      expect(looksLikeFeedbackCode(garbled)).toBe(true);
    }
    // In-page anchors stay what they are.
    for (const anchor of ['#inhoud', '#', '', '%23inhoud', '#t-1m15s']) expect(codeFromFragment(anchor)).toEqual({ kind: 'none' });
  });

  it('sends a link whose # became %23 (a path the host does not know) on to the feedback page', async () => {
    const code = await encode(school);
    const page = '/themaonderzoeken/leesonderwijs-2025/terugkoppeling/';
    expect(feedbackAddressFromPath(`${page}%23${code}`)).toBe(`${page}#${code}`);
    expect(feedbackAddressFromPath(`${page}%2523${code.replace(/\./g, '%252E')}`)).toBe(`${page}#${code}`);
    const board = '/themaonderzoeken/leesonderwijs-2025/bestuur/';
    expect(feedbackAddressFromPath(`${board}%23${code}`)).toBe(`${board}#${code}`);
    for (const other of [`${page}iets`, `${page}%23inhoud`, `/brochures/x/%23${code}`, `${page}${code}`, '/deze-pagina-bestaat-niet/']) expect(feedbackAddressFromPath(other), other).toBeUndefined();
  });
});

describe('key list', () => {
  it('reads the committed key list, and adds the test key only as a test key', () => {
    const keys = trustedKeys();
    expect(keys.filter((k) => k.test).map((k) => k.id)).toEqual(['test']);
    expect(keys.filter((k) => !k.test).every((k) => k.id !== 'test')).toBe(true);
  });

  it('refuses a bad key list with a Dutch line naming the field', () => {
    const pub = { kty: 'EC', crv: 'P-256', x: 'a'.repeat(43), y: 'b'.repeat(43) };
    expect(() => parseKeyList({ keys: [{ id: 'test', publicKey: pub, validFrom: '2026-01-01' }] })).toThrow(/keys\.0\.id: "test" is de naam van de openbare testsleutel/);
    expect(() => parseKeyList({ keys: [{ id: 'a', publicKey: { ...pub, d: 'x'.repeat(43) }, validFrom: '2026-01-01' }] })).toThrow(/keys\.0\.publicKey/);
    expect(() => parseKeyList({ keys: [{ id: 'a', publicKey: pub, validFrom: '1-1-2026' }] })).toThrow(/validFrom: schrijf een datum als JJJJ-MM-DD/);
    expect(() => parseKeyList({ keys: [{ id: 'a', publicKey: pub, validFrom: '2026-01-01' }, { id: 'a', publicKey: pub, validFrom: '2026-01-01' }] })).toThrow(/staat er twee keer in/);
    expect(() => trustedKeys({ keys: [{ id: 'echt', publicKey: testPublicKey(), validFrom: '2026-01-01' }] })).toThrow(/openbare testsleutel; die mag hier nooit staan/);
  });

  it('derives the same test key every time (so tests and the sample site agree)', () => {
    expect(testPrivateKey()).toEqual(testPrivateKey());
    expect(testPublicKey()).toMatchObject({ kty: 'EC', crv: 'P-256' });
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

  it('lists the low indicators', () => {
    const report = buildReport({ ...school, scores: [2.4, 2.2, 3] }, investigation);
    expect(report.group.label).toBe('Lage schoolweging');
    expect(report.low.map((i) => i.id)).toEqual(['leestijd', 'leesplezier']);
    expect(buildReport({ ...school, scores: [3, 3, 3] }, investigation).low).toEqual([]);
  });

  it('gives one verdict line per standard, naming every indicator under its tone', () => {
    const lines = verdictLines(buildReport({ ...school, scores: [2.4, 2.95, null] }, investigation));
    expect(lines).toEqual([
      { standard: '2021/op1', tone: 'low', text: 'Laag: Leestijd.' },
      { standard: '', tone: 'fine', text: 'Niet lager dan de helft: Leesplezier. Geen score: Leesaanbod.' },
    ]);
    expect(verdictLines(buildReport({ ...school, scores: [2.8, 2.5, 2.6] }, investigation))[1]).toEqual({ standard: '', tone: 'below', text: 'Lager dan de helft: Leesplezier en Leesaanbod.' });
  });
});

describe('honest rounding', () => {
  it('never rounds a low score up to its threshold', () => {
    expect(formatScoreAgainst(2.496, 2.5)).toBe('2,49');
    expect(formatScoreAgainst(2.4999, 2.5)).toBe('2,49');
    expect(formatScoreAgainst(2.29, 2.3)).toBe('2,29');
    expect(formatScoreAgainst(2.456, 2.5)).toBe('2,46');
    expect(formatScoreAgainst(2.5, 2.5)).toBe('2,5');
    expect(formatScoreAgainst(2.504, 2.5)).toBe('2,5');
    expect(formatScoreAgainst(3, 2.5)).toBe('3');
    // Whatever the score, a low one never displays as the threshold or above.
    for (let i = 0; i < 1000; i++) {
      const score = 1 + i * 0.00299;
      const shown = Number(formatScoreAgainst(score, 2.5).replace(',', '.'));
      if (score < 2.5) expect(shown, String(score)).toBeLessThan(2.5);
    }
  });
});
