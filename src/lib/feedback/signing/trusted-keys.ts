/**
 * The keys the built feedback page trusts: the Inspectorate's public keys from
 * src/config/feedback-keys.json, plus the public test key, marked `test` so the page shows
 * anything it signed as a demonstration, never as genuine. Build-time only (Node).
 */
import keyFile from '../../../config/feedback-keys.json' with { type: 'json' };
import { parseKeyList, type TrustedKey } from './key-list.ts';
import { TEST_KEY_ID, testPublicKey } from './test-key.ts';

export function trustedKeys(raw: unknown = keyFile): TrustedKey[] {
  const test = testPublicKey();
  const real = parseKeyList(raw);
  for (const k of real) {
    if (k.publicKey.x === test.x && k.publicKey.y === test.y) throw new Error(`src/config/feedback-keys.json: keys.${k.id}: dit is de openbare testsleutel; die mag hier nooit staan`);
  }
  return [...real, { id: TEST_KEY_ID, publicKey: test, validFrom: '2000-01-01', test: true }];
}
