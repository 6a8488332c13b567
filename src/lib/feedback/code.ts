/**
 * The code in a school's personal feedback link:
 *   https://…/themaonderzoeken/<id>/terugkoppeling/#v2.<key id>.<data>.<signature>
 *
 * - It lives in the URL fragment (after #), which browsers never send to a server: the school's
 *   scores reach only the school's own browser.
 * - <data> is base64url JSON {v, i: investigation id, g: comparison group id, n: school name,
 *   s: scores in the investigation's indicator order (null = not scored), d: day of signing}.
 * - <signature> is ECDSA P-256 over "v2.<key id>.<data>", made by `npm run feedback-links` with a
 *   private key the Inspectorate keeps outside the repository. The page checks it against the public
 *   keys in src/config/feedback-keys.json (src/lib/feedback/signing/key-list.ts): a new name, new scores,
 *   another key or a cut-off signature all fail. The public test key verifies too, but only ever as
 *   a "voorbeeld" (demonstration), never as genuine.
 * - Version 1 codes (an unkeyed checksum) are refused as not signed.
 * - Indicators may be added to an investigation after letters went out (old links then have no
 *   score for the new ones), but never reordered or removed: that would move old scores.
 * Pure functions; WebCrypto is in browsers and Node 24.
 */
import { z } from 'astro/zod';
import { t, type UiKey } from '../../i18n/t.ts';
import type { distributionSchema, investigationSchema } from '../../schemas/investigation.ts';
import { INDICATOR_ID } from '../../schemas/investigation.ts';
import { codeFromFragment } from './fragment.ts';
import { base64UrlDecode, base64UrlEncode } from './signing/base64url.ts';
import { signText, verifyText, type PrivateJwk } from './signing/ecdsa.ts';
import { KEY_ID, lookUpKey, type TrustedKey } from './signing/key-list.ts';

export { base64UrlDecode, base64UrlEncode, codeFromFragment };
export const FEEDBACK_CODE_VERSION = 2;
/** A real code is 200–450 characters; anything far longer is not ours. */
export const FEEDBACK_CODE_MAX_LENGTH = 2000;

/** The feedback page of an investigation; a school's link adds #<code>. */
export function feedbackPagePath(investigationId: string): string {
  return `/themaonderzoeken/${investigationId}/terugkoppeling/`;
}

export interface FeedbackPayload {
  investigation: string;
  group: string;
  school: string;
  scores: (number | null)[];
}

/** A payload whose signature checked out, and what signed it. */
export interface VerifiedFeedback extends FeedbackPayload {
  keyId: string;
  signedOn: string;
  /** Signed with the public test key: a demonstration, never a genuine report. */
  demo: boolean;
}

export interface Signer {
  keyId: string;
  privateKey: PrivateJwk;
}

export type FeedbackErrorReason = 'missing' | 'malformed' | 'tampered' | 'version' | 'unsigned' | 'unknown-key' | 'revoked' | 'outside-window' | 'mismatch';
export type FeedbackResult<T> = { ok: true; value: T } | { ok: false; reason: FeedbackErrorReason; error: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const payloadSchema = z.strictObject({
  v: z.literal(FEEDBACK_CODE_VERSION),
  i: z.string().regex(INDICATOR_ID).max(100),
  g: z.string().regex(INDICATOR_ID).max(100),
  n: z.string().trim().min(1).max(150),
  s: z.array(z.number().finite().nullable()).min(1).max(200),
  d: z.string().regex(DAY),
});

/**
 * Rounds a score to two decimals (enough for the chart, and it keeps the QR code small) without
 * ever changing whether it is low: 2.496 with threshold 2.5 becomes 2.49, not 2.5.
 */
export function roundScore(score: number, lowBelow: number): number {
  const rounded = Math.round(score * 100) / 100;
  if (score < lowBelow && rounded >= lowBelow) return Math.floor(Math.round(score * 1e6) / 1e4) / 100;
  return rounded;
}

/** Signs the payload as it is: round scores first with roundScore (buildFeedbackLinks does). */
export async function encodeFeedbackCode(p: FeedbackPayload, signer: Signer, signedOn: string): Promise<string> {
  if (!KEY_ID.test(signer.keyId) && signer.keyId !== 'test') throw new Error(`ongeldige sleutel-id ${signer.keyId}`);
  const json = JSON.stringify({ v: FEEDBACK_CODE_VERSION, i: p.investigation, g: p.group, n: p.school.trim(), s: p.scores, d: signedOn });
  const signed = `v${FEEDBACK_CODE_VERSION}.${signer.keyId}.${base64UrlEncode(new TextEncoder().encode(json))}`;
  return `${signed}.${await signText(signer.privateKey, signed)}`;
}

/**
 * Whether a fragment is meant as a feedback code, however a mail program encoded it (and not an
 * in-page anchor such as #inhoud). A fragment garbled beyond reading counts: it gets a message.
 */
export function looksLikeFeedbackCode(fragment: string): boolean {
  return codeFromFragment(fragment).kind !== 'none';
}

const fail = (reason: FeedbackErrorReason, key: UiKey): { ok: false; reason: FeedbackErrorReason; error: string } => ({ ok: false, reason, error: t(key) });

/**
 * Reads a fragment (with or without #, percent-encoded or not, see fragment.ts): shape, version,
 * key and signature. Nothing from the data part is trusted, or even parsed, before the signature
 * checks out.
 */
export async function decodeFeedbackCode(fragment: string, keys: readonly TrustedKey[], today: string): Promise<FeedbackResult<VerifiedFeedback>> {
  const read = codeFromFragment(fragment);
  if (read.kind === 'garbled') return fail('malformed', 'feedback.error.malformed');
  if (read.kind === 'none') return fail('missing', 'feedback.error.missing');
  const { code } = read;
  if (code.length > FEEDBACK_CODE_MAX_LENGTH) return fail('malformed', 'feedback.error.malformed');
  const parts = code.split('.');
  const version = Number(parts[0]!.slice(1));
  if (version === 1) return fail('unsigned', 'feedback.error.unsigned');
  if (version !== FEEDBACK_CODE_VERSION) return fail('version', version > FEEDBACK_CODE_VERSION ? 'feedback.error.newerVersion' : 'feedback.error.unknownVersion');
  if (parts.length !== 4 || parts.some((p) => !p)) return fail('malformed', 'feedback.error.malformed');
  const [prefix, keyId, data, signature] = parts as [string, string, string, string];
  if (!/^[a-z0-9-]{1,20}$/.test(keyId) || !/^[A-Za-z0-9_-]+$/.test(data)) return fail('malformed', 'feedback.error.malformed');
  const key = keys.find((k) => k.id === keyId);
  if (!key) return fail('unknown-key', 'feedback.error.unknownKey');
  if (!(await verifyText(key.publicKey, `${prefix}.${keyId}.${data}`, signature))) return fail('tampered', 'feedback.error.tampered');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64UrlDecode(data)));
  } catch {
    return fail('malformed', 'feedback.error.malformed');
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) return fail('malformed', 'feedback.error.malformed');
  const { i, g, n, s, d } = parsed.data;
  const lookup = lookUpKey(keys, keyId, d, today);
  if (!lookup.ok) return fail(lookup.reason, lookup.reason === 'revoked' ? 'feedback.error.revoked' : 'feedback.error.outsideWindow');
  return { ok: true, value: { investigation: i, group: g, school: n, scores: s, keyId, signedOn: d, demo: !!lookup.key.test } };
}

type InvestigationData = z.output<ReturnType<typeof investigationSchema>>;
type IndicatorData = InvestigationData['indicators'][number];
export type Distribution = z.output<typeof distributionSchema>;

/** What the feedback page knows about an investigation: its content entry, with references as ids. */
export interface InvestigationDefinition extends Pick<InvestigationData, 'title' | 'scaleMax' | 'comparisonGroups'> {
  id: string;
  indicators: (Omit<IndicatorData, 'standard'> & { standard?: string })[];
}

/** Checks a decoded code against the investigation: same investigation, known group, scores on the scale. */
export function checkAgainstInvestigation<P extends FeedbackPayload>(p: P, inv: InvestigationDefinition): FeedbackResult<P> {
  if (p.investigation !== inv.id) return fail('mismatch', 'feedback.error.otherInvestigation');
  if (!inv.comparisonGroups.some((g) => g.id === p.group)) return fail('mismatch', 'feedback.error.mismatch');
  if (p.scores.length > inv.indicators.length) return fail('mismatch', 'feedback.error.mismatch');
  if (p.scores.some((s) => s !== null && (s < 1 || s > inv.scaleMax))) return fail('mismatch', 'feedback.error.mismatch');
  if (p.scores.every((s) => s === null)) return fail('mismatch', 'feedback.error.mismatch');
  return { ok: true, value: p };
}

/** Fragment → a verified payload that fits this investigation, or the reason it does not (with a Dutch message). */
export async function readFeedbackFragment(fragment: string, inv: InvestigationDefinition, keys: readonly TrustedKey[], today: string): Promise<FeedbackResult<VerifiedFeedback>> {
  const decoded = await decodeFeedbackCode(fragment, keys, today);
  return decoded.ok ? checkAgainstInvestigation(decoded.value, inv) : decoded;
}
