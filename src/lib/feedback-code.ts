/**
 * The code in a school's personal feedback link: https://…/themaonderzoeken/<id>/terugkoppeling/#v1.<data>.<check>
 *
 * - It lives in the URL fragment (after #), which browsers never send to a server: the school's
 *   scores reach only the school's own browser.
 * - <data> is base64url JSON {v, i: investigation id, g: comparison group id, n: school name,
 *   s: scores in the investigation's indicator order (null = not scored)}.
 * - <check> is the first 64 bits of SHA-256 over "v1.<data>" (base64url). It catches a link that
 *   was cut off, mistyped or edited by hand. It is not a signature (a static site can keep no
 *   secret), and it needs none: the scores are the school's own and the page only shows them.
 * - Indicators may be added to an investigation after letters went out (old links then have no
 *   score for the new ones), but never reordered or removed: that would move old scores.
 * Pure functions; WebCrypto is in browsers and Node 24.
 */
import { z } from 'astro/zod';
import { t } from '../i18n/t.ts';
import { INDICATOR_ID } from '../schemas/investigation.ts';

export const FEEDBACK_CODE_VERSION = 1;
/** A real code is 100–400 characters; anything far longer is not ours. */
export const FEEDBACK_CODE_MAX_LENGTH = 2000;
const CHECK_BYTES = 8;

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

export type FeedbackErrorReason = 'missing' | 'malformed' | 'tampered' | 'version' | 'mismatch';
export type FeedbackResult<T> = { ok: true; value: T } | { ok: false; reason: FeedbackErrorReason; error: string };

const payloadSchema = z.strictObject({
  v: z.literal(FEEDBACK_CODE_VERSION),
  i: z.string().regex(INDICATOR_ID).max(100),
  g: z.string().regex(INDICATOR_ID).max(100),
  n: z.string().trim().min(1).max(150),
  s: z.array(z.number().finite().nullable()).min(1).max(200),
});

export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64UrlDecode(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('geen base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function checkOf(signed: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(signed));
  return base64UrlEncode(new Uint8Array(digest).slice(0, CHECK_BYTES));
}

/** Scores are rounded to two decimals: enough for the chart, and it keeps the QR code small. */
const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

export async function encodeFeedbackCode(p: FeedbackPayload): Promise<string> {
  const json = JSON.stringify({ v: FEEDBACK_CODE_VERSION, i: p.investigation, g: p.group, n: p.school.trim(), s: p.scores.map(round) });
  const signed = `v${FEEDBACK_CODE_VERSION}.${base64UrlEncode(new TextEncoder().encode(json))}`;
  return `${signed}.${await checkOf(signed)}`;
}

/** Whether a fragment is meant as a feedback code (and not an in-page anchor such as #inhoud). */
export function looksLikeFeedbackCode(fragment: string): boolean {
  return /^v\d+\./.test(fragment.replace(/^#/, '').trim());
}

const fail = (reason: FeedbackErrorReason, error: string): { ok: false; reason: FeedbackErrorReason; error: string } => ({ ok: false, reason, error });

/** Reads a fragment (with or without #) without knowing the investigation: shape, version and checksum. */
export async function decodeFeedbackCode(fragment: string): Promise<FeedbackResult<FeedbackPayload>> {
  let code = fragment.replace(/^#/, '').trim();
  try {
    // Some mail programs percent-encode links; a base64url code has nothing to decode otherwise.
    code = decodeURIComponent(code);
  } catch {
    return fail('malformed', t('feedback.error.malformed'));
  }
  if (!code || !looksLikeFeedbackCode(code)) return fail('missing', t('feedback.error.missing'));
  if (code.length > FEEDBACK_CODE_MAX_LENGTH) return fail('malformed', t('feedback.error.malformed'));
  const parts = code.split('.');
  const version = Number(parts[0]!.slice(1));
  if (version !== FEEDBACK_CODE_VERSION) {
    return fail('version', t(version > FEEDBACK_CODE_VERSION ? 'feedback.error.newerVersion' : 'feedback.error.unknownVersion'));
  }
  if (parts.length !== 3 || !parts[1] || !parts[2]) return fail('malformed', t('feedback.error.malformed'));
  const [prefix, data, check] = parts as [string, string, string];
  if ((await checkOf(`${prefix}.${data}`)) !== check) return fail('tampered', t('feedback.error.tampered'));
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64UrlDecode(data)));
  } catch {
    return fail('malformed', t('feedback.error.malformed'));
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) return fail('malformed', t('feedback.error.malformed'));
  const { i, g, n, s } = parsed.data;
  return { ok: true, value: { investigation: i, group: g, school: n, scores: s } };
}

export interface Distribution {
  p10: number;
  p25: number;
  median: number;
  p75: number;
  p90: number;
}

/** What the feedback page knows about an investigation (from its content entry). */
export interface InvestigationDefinition {
  id: string;
  title: string;
  scaleMax: number;
  indicators: { id: string; label: string; description: string; lowBelow: number; standard?: string }[];
  comparisonGroups: { id: string; label: string; description: string; schools: number; scores: Record<string, Distribution> }[];
}

/** Checks a decoded code against the investigation: same investigation, known group, scores on the scale. */
export function checkAgainstInvestigation(p: FeedbackPayload, inv: InvestigationDefinition): FeedbackResult<FeedbackPayload> {
  if (p.investigation !== inv.id) return fail('mismatch', t('feedback.error.otherInvestigation'));
  if (!inv.comparisonGroups.some((g) => g.id === p.group)) return fail('mismatch', t('feedback.error.mismatch'));
  if (p.scores.length > inv.indicators.length) return fail('mismatch', t('feedback.error.mismatch'));
  if (p.scores.some((s) => s !== null && (s < 1 || s > inv.scaleMax))) return fail('mismatch', t('feedback.error.mismatch'));
  if (p.scores.every((s) => s === null)) return fail('mismatch', t('feedback.error.mismatch'));
  return { ok: true, value: p };
}

/** Fragment → a payload that fits this investigation, or the reason it does not (with a Dutch message). */
export async function readFeedbackFragment(fragment: string, inv: InvestigationDefinition): Promise<FeedbackResult<FeedbackPayload>> {
  const decoded = await decodeFeedbackCode(fragment);
  return decoded.ok ? checkAgainstInvestigation(decoded.value, inv) : decoded;
}
