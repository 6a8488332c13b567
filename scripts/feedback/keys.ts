/**
 * npm run feedback-keys -- --id <sleutel-id> --map <map buiten de repository>
 *
 * Makes a new signing key pair for the feedback links (ECDSA P-256, WebCrypto). The private key is
 * written to <map>/terugkoppeling-sleutel-<id>.json, readable only by the current user; the script
 * refuses a folder inside this repository. The public half is printed as the entry to add to
 * src/config/feedback-keys.json. Rotation and revocation: docs/redactiehandleiding.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { todayInAmsterdam } from '../../src/core/amsterdam-time.ts';
import { generateKeyPair } from '../../src/lib/feedback/signing/ecdsa.ts';
import { KEY_ID } from '../../src/lib/feedback/signing/key-list.ts';

const USAGE = 'Gebruik: npm run feedback-keys -- --id <sleutel-id, bijvoorbeeld 2026-1> --map <map buiten de repository>';
function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

let values: { id?: string; map?: string; root?: string };
try {
  ({ values } = parseArgs({ options: { id: { type: 'string' }, map: { type: 'string' }, root: { type: 'string' } } }));
} catch (e) {
  stop(`${(e as Error).message}\n${USAGE}`);
}
if (!values.id || !values.map) stop(USAGE);
if (!KEY_ID.test(values.id) || values.id === 'test') stop(`Sleutel-id "${values.id}" kan niet: kort, kleine letters, cijfers en streepjes, zoals 2026-1 (en niet "test").`);
const ROOT = resolve(values.root ?? join(import.meta.dirname, '..', '..'));
const dir = resolve(values.map);
if (dir === ROOT || dir.startsWith(ROOT + sep)) stop(`De map ${dir} ligt in de repository. Een privésleutel hoort daar nooit: kies een map op een beveiligde plek, buiten ${ROOT}.`);
const file = join(dir, `terugkoppeling-sleutel-${values.id}.json`);
if (existsSync(file)) stop(`${file} bestaat al. Een sleutel wordt nooit overschreven: kies een nieuwe id.`);

const { publicJwk, privateJwk } = await generateKeyPair();
mkdirSync(dir, { recursive: true, mode: 0o700 });
writeFileSync(file, `${JSON.stringify({ keyId: values.id, createdAt: new Date().toISOString(), privateKey: privateJwk }, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
const entry = { id: values.id, publicKey: publicJwk, validFrom: todayInAmsterdam() };
console.log(`Privésleutel geschreven naar ${file} (alleen leesbaar voor u). Bewaar hem veilig en deel hem nooit.\n`);
console.log('Zet deze regel in "keys" in src/config/feedback-keys.json (openbaar, hoort in de repository):\n');
console.log(JSON.stringify(entry, null, 2));
console.log('\nVervangt deze sleutel een oudere? Zet bij de oude sleutel "validUntil" op de datum van vandaag. Oude links blijven dan werken.');
