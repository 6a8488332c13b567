/**
 * The private key file made by `npm run feedback-keys` and read by `npm run feedback-links`:
 * { "keyId": "2026-1", "privateKey": { JWK with d } }. Kept by staff outside the repository.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import type { Signer } from '../../src/lib/feedback/code.ts';
import { KEY_ID } from '../../src/lib/feedback/signing/key-list.ts';

const b64 = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
export const signerFileSchema = z.strictObject({
  keyId: z.string().regex(KEY_ID),
  createdAt: z.string().optional(),
  privateKey: z.strictObject({ kty: z.literal('EC'), crv: z.literal('P-256'), x: b64, y: b64, d: b64 }),
});

export function readSignerFile(file: string, stop: (message: string) => never): Signer {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    stop(`Sleutelbestand ${file} kan niet gelezen worden (${(e as Error).message}). Geef het bestand dat npm run feedback-keys maakte.`);
  }
  const parsed = signerFileSchema.safeParse(raw);
  if (!parsed.success) stop(`${file} is geen privésleutel van npm run feedback-keys (${parsed.error.issues[0]?.path.join('.') || 'bestand'}: ${parsed.error.issues[0]?.message}).`);
  return { keyId: parsed.data.keyId, privateKey: parsed.data.privateKey };
}
