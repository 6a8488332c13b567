/**
 * The test key of the sample site and the tests. Its private half is derived from a seed written
 * right here, so anyone can compute it: that is the point. Nothing signed with it can be genuine,
 * and the feedback page says so ("voorbeeld") in every build, the real site included. Nothing is
 * stored, so no key file can leak or be committed by mistake.
 * Node only (node:crypto computes the public point); the browser only ever sees the public half.
 */
import { createECDH, createHash } from 'node:crypto';
import { base64UrlEncode } from './base64url.ts';
import type { PrivateJwk, PublicJwk } from './ecdsa.ts';

export const TEST_KEY_ID = 'test';
const SEED = 'kennisplatform: openbare testsleutel voor de voorbeeldsite, nooit echt';

export function testPrivateKey(): PrivateJwk {
  const d = createHash('sha256').update(SEED).digest();
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey(); // 0x04 ‖ x ‖ y
  return { kty: 'EC', crv: 'P-256', x: base64UrlEncode(point.subarray(1, 33)), y: base64UrlEncode(point.subarray(33, 65)), d: base64UrlEncode(d) };
}

export function testPublicKey(): PublicJwk {
  const { kty, crv, x, y } = testPrivateKey();
  return { kty, crv, x, y };
}
