/**
 * The code in a personal feedback link after a themed investigation:
 *   school: https://…/themaonderzoeken/<id>/terugkoppeling/#v3.<key id>.<data>.<signature>
 *   board:  https://…/themaonderzoeken/<id>/bestuur/#v3.<key id>.<data>.<signature>
 *
 * - It lives in the URL fragment (after #), which browsers never send to a server: the scores
 *   reach only the reader's own browser.
 * - <data> is base64url JSON. Version 3 (written now) has a kind `k`:
 *     school {v: 3, k: "s", i: investigation id, d: day of signing, x?: last valid day,
 *             g: comparison group id, n: school name, s: scores in the investigation's indicator order (null = not scored)}
 *     board  {v: 3, k: "b", i, d, x?, b: bevoegd gezag number, n: board name,
 *             r: [{c: BRIN, n: school name, g: its comparison group, s: its scores}]}
 *   Version 2 (school links sent before boards had links) is {v: 2, i, g, n, s, d} and is still read.
 * - <signature> is ECDSA P-256 over "v<version>.<key id>.<data>", made by `npm run feedback-links` with
 *   a private key the Inspectorate keeps outside the repository. The page checks it against the
 *   public keys in src/config/feedback-keys.json (src/lib/feedback/signing/key-list.ts).
 * - Damage is told apart from forgery: a link cut short or broken by a mail program (a missing
 *   part, a short signature, data that is no JSON) is "incomplete", with how to open it again;
 *   only a complete code whose signature fails is called untrustworthy. What a mail program or a
 *   copy did to the whole link (percent-encoding, line breaks, a full stop after it) is undone
 *   first (fragment.ts); the signature still decides.
 * - Version 1 codes (an unkeyed checksum) are refused as not signed.
 * - Indicators may be added to an investigation after letters went out (old links then have no
 *   score for the new ones), but never reordered or removed: that would move old scores.
 * Pure functions; WebCrypto is in browsers and Node 24.
 */
import { z } from 'astro/zod';
import { t, type UiKey } from '../../i18n/t.ts';
import { formatDate } from '../../core/format.ts';
import type { distributionSchema, investigationSchema } from '../../schemas/investigation.ts';
import { INDICATOR_ID } from '../../schemas/investigation.ts';
import { codeFromFragment } from './fragment.ts';
import { base64UrlDecode, base64UrlEncode } from './signing/base64url.ts';
import { SIGNATURE_BYTES, signText, verifyText, type PrivateJwk } from './signing/ecdsa.ts';
import { KEY_ID, lookUpKey, type TrustedKey } from './signing/key-list.ts';

export { base64UrlDecode, base64UrlEncode, codeFromFragment };
/** The version new links are written in; version 2 school links are still read. */
export const FEEDBACK_CODE_VERSION = 3;
const READABLE_VERSIONS = [2, 3];
/** A school code is 200–450 characters, a board's about 130 more per school; anything far longer is not ours. */
export const FEEDBACK_CODE_MAX_LENGTH = 16_000;
/** A signature in base64url: 64 bytes → 86 characters. Fewer means the link was cut short. */
const SIGNATURE_CHARS = Math.ceil((SIGNATURE_BYTES * 4) / 3);

/** The feedback page of an investigation; a school's link adds #<code>. */
export function feedbackPagePath(investigationId: string): string {
  return `/themaonderzoeken/${investigationId}/terugkoppeling/`;
}

/** The board page of an investigation; a board's link adds #<code>. */
export function boardPagePath(investigationId: string): string {
  return `/themaonderzoeken/${investigationId}/bestuur/`;
}

export interface FeedbackPayload {
  investigation: string;
  group: string;
  school: string;
  scores: (number | null)[];
}

export interface BoardSchool {
  brin: string;
  school: string;
  group: string;
  scores: (number | null)[];
}

/** One board (bevoegd gezag) and only its own investigated schools. */
export interface BoardPayload {
  investigation: string;
  board: { number: string; name: string };
  schools: BoardSchool[];
}

/** Who signed a link, when, and how long it works: what the page shows as the link's validity. */
export interface LinkValidity {
  keyId: string;
  signedOn: string;
  /** Last day the link works, when it was made with one (--geldig-tot). */
  validUntil?: string;
  /** The signing key's own window (first and last day it may sign). */
  keyValidFrom: string;
  keyValidUntil?: string;
  /** Signed with the public test key: a demonstration, never a genuine report. */
  demo: boolean;
}

/** A school payload whose signature checked out, and what signed it. */
export interface VerifiedFeedback extends FeedbackPayload, LinkValidity {
  kind: 'school';
}
export interface VerifiedBoard extends BoardPayload, LinkValidity {
  kind: 'board';
}
export type VerifiedCode = VerifiedFeedback | VerifiedBoard;

export interface Signer {
  keyId: string;
  privateKey: PrivateJwk;
}

export interface SignOptions {
  /** Last day the link may be opened (YYYY-MM-DD). */
  validUntil?: string;
}

export type FeedbackErrorReason =
  | 'missing'
  | 'incomplete'
  | 'malformed'
  | 'tampered'
  | 'version'
  | 'unsigned'
  | 'unknown-key'
  | 'revoked'
  | 'outside-window'
  | 'expired'
  | 'other-kind'
  | 'mismatch';
export type FeedbackResult<T> = { ok: true; value: T } | { ok: false; reason: FeedbackErrorReason; error: string };

/** Which failures mean "someone may have changed this link" (the page then says: do not trust it). */
export const UNTRUSTED_REASONS: ReadonlySet<FeedbackErrorReason> = new Set(['tampered', 'unsigned', 'unknown-key', 'revoked', 'outside-window']);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const BRIN = /^\d{2}[A-Z]{2}(\d{2})?$/;
/** A bevoegd gezag number (DUO): five digits. */
export const BOARD_NUMBER = /^\d{5}$/;
const id = z.string().regex(INDICATOR_ID).max(100);
const name = z.string().trim().min(1).max(150);
const scores = z.array(z.number().finite().nullable()).min(1).max(200);
const v2Schema = z.strictObject({ v: z.literal(2), i: id, g: id, n: name, s: scores, d: z.string().regex(DAY) });
const v3Common = { v: z.literal(3), i: id, d: z.string().regex(DAY), x: z.string().regex(DAY).optional() };
const v3Schema = z
  .discriminatedUnion('k', [
    z.strictObject({ ...v3Common, k: z.literal('s'), g: id, n: name, s: scores }),
    z.strictObject({
      ...v3Common,
      k: z.literal('b'),
      b: z.string().regex(BOARD_NUMBER),
      n: name,
      r: z.array(z.strictObject({ c: z.string().regex(BRIN), n: name, g: id, s: scores })).min(1).max(500),
    }),
  ])
  .refine((p) => !p.x || p.x >= p.d, { error: 'x vóór d' });

/**
 * Rounds a score to two decimals (enough for the chart, and it keeps the QR code small) without
 * ever changing whether it is low: 2.496 with threshold 2.5 becomes 2.49, not 2.5.
 */
export function roundScore(score: number, lowBelow: number): number {
  const rounded = Math.round(score * 100) / 100;
  if (score < lowBelow && rounded >= lowBelow) return Math.floor(Math.round(score * 1e6) / 1e4) / 100;
  return rounded;
}

async function signJson(json: object, signer: Signer): Promise<string> {
  if (!KEY_ID.test(signer.keyId) && signer.keyId !== 'test') throw new Error(`ongeldige sleutel-id ${signer.keyId}`);
  const signed = `v${FEEDBACK_CODE_VERSION}.${signer.keyId}.${base64UrlEncode(new TextEncoder().encode(JSON.stringify(json)))}`;
  return `${signed}.${await signText(signer.privateKey, signed)}`;
}

const validity = (signedOn: string, options: SignOptions) => {
  if (options.validUntil !== undefined && !(DAY.test(options.validUntil) && options.validUntil >= signedOn)) throw new Error(`geldig-tot ${options.validUntil} ligt vóór ${signedOn} of is geen datum`);
  return { d: signedOn, ...(options.validUntil ? { x: options.validUntil } : {}) };
};

/** Signs a school's payload as it is: round scores first with roundScore (buildFeedbackLinks does). */
export async function encodeFeedbackCode(p: FeedbackPayload, signer: Signer, signedOn: string, options: SignOptions = {}): Promise<string> {
  return signJson({ v: FEEDBACK_CODE_VERSION, k: 's', i: p.investigation, ...validity(signedOn, options), g: p.group, n: p.school.trim(), s: p.scores }, signer);
}

/** Signs a board's payload: its own schools only (buildFeedbackLinks groups the rows by board). */
export async function encodeBoardCode(p: BoardPayload, signer: Signer, signedOn: string, options: SignOptions = {}): Promise<string> {
  return signJson(
    {
      v: FEEDBACK_CODE_VERSION,
      k: 'b',
      i: p.investigation,
      ...validity(signedOn, options),
      b: p.board.number,
      n: p.board.name.trim(),
      r: p.schools.map((s) => ({ c: s.brin, n: s.school.trim(), g: s.group, s: s.scores })),
    },
    signer,
  );
}

/**
 * Whether a fragment is meant as a feedback code, however a mail program encoded it (and not an
 * in-page anchor such as #inhoud). A fragment garbled beyond reading counts: it gets a message.
 */
export function looksLikeFeedbackCode(fragment: string): boolean {
  return codeFromFragment(fragment).kind !== 'none';
}

const fail = (reason: FeedbackErrorReason, key: UiKey, params: Record<string, string> = {}): { ok: false; reason: FeedbackErrorReason; error: string } => ({ ok: false, reason, error: t(key, params) });
const incomplete = () => fail('incomplete', 'feedback.error.incomplete');

/** The data part as JSON, or undefined: only to tell a damaged link from a forged one, never trusted. */
function jsonOf(data: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64UrlDecode(data)));
  } catch {
    return undefined;
  }
}

/** "2026-07-01" → "1 juli 2026" (noon UTC is that same day in Amsterdam). */
export function formatDay(day: string): string {
  return formatDate(new Date(`${day}T12:00:00Z`));
}

/**
 * Reads a fragment (with or without #): shape, version, key, signature, then the payload, the
 * key's window and the link's own last day. Nothing from the data part is trusted before the
 * signature checks out.
 */
export async function decodeSignedCode(fragment: string, keys: readonly TrustedKey[], today: string): Promise<FeedbackResult<VerifiedCode>> {
  // What a mail program or a copy did to the whole link is undone first (fragment.ts).
  const read = codeFromFragment(fragment);
  if (read.kind === 'garbled') return incomplete();
  if (read.kind === 'none') return fail('missing', 'feedback.error.missing');
  const { code } = read;
  if (code.length > FEEDBACK_CODE_MAX_LENGTH) return incomplete();
  const parts = code.split('.');
  if (!/^v\d+$/.test(parts[0]!)) return incomplete();
  const version = Number(parts[0]!.slice(1));
  if (version === 1) return fail('unsigned', 'feedback.error.unsigned');
  if (!READABLE_VERSIONS.includes(version)) return fail('version', version > FEEDBACK_CODE_VERSION ? 'feedback.error.newerVersion' : 'feedback.error.unknownVersion');
  // A part missing, a signature cut short, data that is no longer JSON: what a mail program does, not a forger.
  if (parts.length !== 4 || parts.some((p) => !p)) return incomplete();
  const [prefix, keyId, data, signature] = parts as [string, string, string, string];
  if (!/^[a-z0-9-]{1,20}$/.test(keyId) || !/^[A-Za-z0-9_-]+$/.test(data) || !/^[A-Za-z0-9_-]+$/.test(signature)) return incomplete();
  if (signature.length !== SIGNATURE_CHARS) return incomplete();
  const raw = jsonOf(data);
  if (raw === undefined) return incomplete();
  const key = keys.find((k) => k.id === keyId);
  if (!key) return fail('unknown-key', 'feedback.error.unknownKey');
  if (!(await verifyText(key.publicKey, `${prefix}.${keyId}.${data}`, signature))) return fail('tampered', 'feedback.error.tampered');
  const parsed = version === 2 ? v2Schema.safeParse(raw) : v3Schema.safeParse(raw);
  if (!parsed.success) return fail('malformed', 'feedback.error.malformed');
  const p = parsed.data;
  const lookup = lookUpKey(keys, keyId, p.d, today);
  if (!lookup.ok) return fail(lookup.reason, lookup.reason === 'revoked' ? 'feedback.error.revoked' : 'feedback.error.outsideWindow');
  const x = 'x' in p ? p.x : undefined;
  if (x && today > x) return fail('expired', 'feedback.error.expired', { date: formatDay(x) });
  const signed: LinkValidity = {
    keyId,
    signedOn: p.d,
    ...(x ? { validUntil: x } : {}),
    keyValidFrom: lookup.key.validFrom,
    ...(lookup.key.validUntil ? { keyValidUntil: lookup.key.validUntil } : {}),
    demo: !!lookup.key.test,
  };
  if (p.v === 2 || p.k === 's') return { ok: true, value: { kind: 'school', investigation: p.i, group: p.g, school: p.n, scores: p.s, ...signed } };
  return {
    ok: true,
    value: { kind: 'board', investigation: p.i, board: { number: p.b, name: p.n }, schools: p.r.map((r) => ({ brin: r.c, school: r.n, group: r.g, scores: r.s })), ...signed },
  };
}

/** A school's code; a board's code is refused with the way to the board page. */
export async function decodeFeedbackCode(fragment: string, keys: readonly TrustedKey[], today: string): Promise<FeedbackResult<VerifiedFeedback>> {
  const r = await decodeSignedCode(fragment, keys, today);
  if (!r.ok) return r;
  return r.value.kind === 'school' ? { ok: true, value: r.value } : fail('other-kind', 'feedback.error.boardLink');
}

/** A board's code; a school's code is refused with the way to the school page. */
export async function decodeBoardCode(fragment: string, keys: readonly TrustedKey[], today: string): Promise<FeedbackResult<VerifiedBoard>> {
  const r = await decodeSignedCode(fragment, keys, today);
  if (!r.ok) return r;
  return r.value.kind === 'board' ? { ok: true, value: r.value } : fail('other-kind', 'feedback.error.schoolLink');
}

type InvestigationData = z.output<ReturnType<typeof investigationSchema>>;
type IndicatorData = InvestigationData['indicators'][number];
export type Distribution = z.output<typeof distributionSchema>;

/** What the feedback page knows about an investigation: its content entry, with references as ids. */
export interface InvestigationDefinition extends Pick<InvestigationData, 'title' | 'scaleMax' | 'comparisonGroups'> {
  id: string;
  indicators: (Omit<IndicatorData, 'standard'> & { standard?: string })[];
  /** When the schools were visited (YYYY-MM-DD): the date of every school's scores. */
  period?: { start: string; end: string };
}

/** One school's group and scores against the investigation: known group, scores on the scale. */
function scoresFit(group: string, scores: readonly (number | null)[], inv: InvestigationDefinition): boolean {
  if (!inv.comparisonGroups.some((g) => g.id === group)) return false;
  if (scores.length > inv.indicators.length) return false;
  if (scores.some((s) => s !== null && (s < 1 || s > inv.scaleMax))) return false;
  return !scores.every((s) => s === null);
}

/** Checks a decoded school code against the investigation: same investigation, known group, scores on the scale. */
export function checkAgainstInvestigation<P extends FeedbackPayload>(p: P, inv: InvestigationDefinition): FeedbackResult<P> {
  if (p.investigation !== inv.id) return fail('mismatch', 'feedback.error.otherInvestigation');
  return scoresFit(p.group, p.scores, inv) ? { ok: true, value: p } : fail('mismatch', 'feedback.error.mismatch');
}

/** The same for a board: every one of its schools must fit. */
export function checkBoardAgainstInvestigation<P extends BoardPayload>(p: P, inv: InvestigationDefinition): FeedbackResult<P> {
  if (p.investigation !== inv.id) return fail('mismatch', 'feedback.error.otherInvestigation');
  return p.schools.every((s) => scoresFit(s.group, s.scores, inv)) ? { ok: true, value: p } : fail('mismatch', 'feedback.error.mismatch');
}

/** Fragment → a verified school payload that fits this investigation, or the reason it does not (with a Dutch message). */
export async function readFeedbackFragment(fragment: string, inv: InvestigationDefinition, keys: readonly TrustedKey[], today: string): Promise<FeedbackResult<VerifiedFeedback>> {
  const decoded = await decodeFeedbackCode(fragment, keys, today);
  return decoded.ok ? checkAgainstInvestigation(decoded.value, inv) : decoded;
}

/** Fragment → a verified board payload that fits this investigation. */
export async function readBoardFragment(fragment: string, inv: InvestigationDefinition, keys: readonly TrustedKey[], today: string): Promise<FeedbackResult<VerifiedBoard>> {
  const decoded = await decodeBoardCode(fragment, keys, today);
  return decoded.ok ? checkBoardAgainstInvestigation(decoded.value, inv) : decoded;
}
