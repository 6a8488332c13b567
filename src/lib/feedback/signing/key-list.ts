/**
 * The public keys the feedback page trusts, from src/config/feedback-keys.json (see the editors'
 * guide, "Sleutels voor de terugkoppeling"). Each key has an id (in every link it signed) and a
 * window of dates in which it may sign; after a rotation the old key stays listed with its end
 * date, so links from before still open. A revoked key fails for every link, old or new.
 * The public test key is added by the page itself and is never genuine (see test-key.ts).
 */
import { z } from 'astro/zod';
import type { PublicJwk } from './ecdsa.ts';

export const KEY_ID = /^[a-z0-9][a-z0-9-]{0,19}$/;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2026-09-01' });
const base64url = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: 'geen geldige sleutel: kopieer de regel die npm run feedback-keys gaf' });

export const keyEntrySchema = z
  .strictObject({
    id: z.string().regex(KEY_ID, { error: 'een sleutel-id is kort, met kleine letters, cijfers en streepjes, zoals 2026-1' }).refine((id) => id !== 'test', { error: '"test" is de naam van de openbare testsleutel; kies een andere id' }),
    publicKey: z.strictObject({ kty: z.literal('EC'), crv: z.literal('P-256'), x: base64url, y: base64url }),
    /** First day this key may sign. */
    validFrom: day,
    /** Last day this key may sign (set at rotation); links signed up to then keep working. */
    validUntil: day.optional(),
    /** Set when the private key may have leaked: every link signed with it then fails. */
    revoked: day.optional(),
    note: z.string().max(200).optional(),
  })
  .refine((k) => !k.validUntil || k.validFrom <= k.validUntil, { error: 'validUntil ligt vóór validFrom', path: ['validUntil'] });

export const keyListSchema = z
  .strictObject({ $uitleg: z.string().optional(), keys: z.array(keyEntrySchema) })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.keys.forEach((k, i) => {
      if (seen.has(k.id)) ctx.addIssue({ code: 'custom', path: ['keys', i, 'id'], message: `sleutel-id "${k.id}" staat er twee keer in; elke sleutel krijgt een eigen id` });
      seen.add(k.id);
    });
  });

export type KeyEntry = z.output<typeof keyEntrySchema>;
/** A key as the page uses it; `test` marks the public test key (never genuine). */
export interface TrustedKey {
  id: string;
  publicKey: PublicJwk;
  validFrom: string;
  validUntil?: string;
  revoked?: string;
  test?: boolean;
}

export type KeyLookup = { ok: true; key: TrustedKey } | { ok: false; reason: 'unknown-key' | 'revoked' | 'outside-window' };

/** The day after `day` (YYYY-MM-DD). */
const nextDay = (day: string) => new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Whether `keyId` may have signed a code dated `signedOn` (YYYY-MM-DD). `today` catches post-dated
 * codes, with one day of slack for a reader whose clock is behind.
 */
export function lookUpKey(keys: readonly TrustedKey[], keyId: string, signedOn: string, today: string): KeyLookup {
  const key = keys.find((k) => k.id === keyId);
  if (!key) return { ok: false, reason: 'unknown-key' };
  if (key.revoked) return { ok: false, reason: 'revoked' };
  if (signedOn < key.validFrom || (key.validUntil && signedOn > key.validUntil) || signedOn > nextDay(today)) return { ok: false, reason: 'outside-window' };
  return { ok: true, key };
}

/** Reads the key list file; a problem is one Dutch line naming the file and field. */
export function parseKeyList(raw: unknown, file = 'src/config/feedback-keys.json'): TrustedKey[] {
  const parsed = keyListSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(bestand)'}: ${issue.message}`);
  }
  return parsed.data.keys.map(({ note: _note, ...k }) => k);
}
