/**
 * Signing and verifying feedback codes with ECDSA P-256 / SHA-256 through WebCrypto, so the very
 * same code runs in Node 24 (npm run feedback-links) and in the school's browser (the feedback page).
 * Keys travel as JWK (JSON Web Key); signatures are the raw 64-byte r‖s form WebCrypto produces.
 */
import { base64UrlDecode, base64UrlEncode } from './base64url.ts';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;
export const SIGNATURE_BYTES = 64;

export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}
export interface PrivateJwk extends PublicJwk {
  d: string;
}

export async function generateKeyPair(): Promise<{ publicJwk: PublicJwk; privateJwk: PrivateJwk }> {
  const pair = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  const priv = (await crypto.subtle.exportKey('jwk', pair.privateKey)) as JsonWebKey;
  return { publicJwk: publicPart(priv as PrivateJwk), privateJwk: { kty: 'EC', crv: 'P-256', x: priv.x!, y: priv.y!, d: priv.d! } };
}

export const publicPart = (jwk: PublicJwk): PublicJwk => ({ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y });

export async function signText(privateJwk: PrivateJwk, text: string): Promise<string> {
  const key = await crypto.subtle.importKey('jwk', { ...privateJwk, ext: true }, ALGORITHM, false, ['sign']);
  const signature = await crypto.subtle.sign(SIGN, key, new TextEncoder().encode(text));
  return base64UrlEncode(new Uint8Array(signature));
}

/** False for a wrong, cut-off or malformed signature and for an unusable key; never throws. */
export async function verifyText(publicJwk: PublicJwk, text: string, signature: string): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    bytes = base64UrlDecode(signature);
  } catch {
    return false;
  }
  if (bytes.length !== SIGNATURE_BYTES) return false;
  try {
    const key = await crypto.subtle.importKey('jwk', publicPart(publicJwk), ALGORITHM, false, ['verify']);
    return await crypto.subtle.verify(SIGN, key, bytes as Uint8Array<ArrayBuffer>, new TextEncoder().encode(text));
  } catch {
    return false;
  }
}
