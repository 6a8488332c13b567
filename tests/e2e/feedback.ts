import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentSource } from '../../src/lib/content/source.ts';
import { boardPagePath, encodeBoardCode, encodeFeedbackCode, feedbackPagePath } from '../../src/lib/feedback/code.ts';
import { investigationDefinition } from '../../src/lib/feedback/report.ts';
import { TEST_KEY_ID, testPrivateKey } from '../../src/lib/feedback/signing/test-key.ts';
import { collectionSchemas } from '../../src/schemas/index.ts';
import { plainReference } from '../../src/schemas/reference.ts';

/** The investigation that ships a sample CSV, read with the same schema as the site. */
export function sampleInvestigation() {
  const dir = 'content/investigations/_scores';
  const csv = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith('-voorbeeldscores.csv')) : undefined;
  if (!csv) throw new Error(`geen voorbeeld-CSV in ${dir}/ (<id>-voorbeeldscores.csv)`);
  const id = csv.replace(/-voorbeeldscores\.csv$/, '');
  const file = ['md', 'mdx'].map((ext) => `content/investigations/${id}.${ext}`).find(existsSync)!;
  const data = collectionSchemas(plainReference).investigations.parse(parseContentSource(readFileSync(file, 'utf8'), false).data);
  return { id, csv: join(dir, csv), definition: investigationDefinition(id, data) };
}

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
const TEST_SIGNER = () => ({ keyId: TEST_KEY_ID, privateKey: testPrivateKey() });

/** The sample investigation's feedback page with a school's link signed by the public test key (shown as a demonstration). */
export async function demoSchoolLink(): Promise<string> {
  const { id, definition } = sampleInvestigation();
  const payload = { investigation: id, group: definition.comparisonGroups[0]!.id, school: 'OBS Proefschool', scores: definition.indicators.map(() => 3) };
  return `${feedbackPagePath(id)}#${await encodeFeedbackCode(payload, TEST_SIGNER(), today())}`;
}

/** The sample investigation's board page with a board's link of three schools, signed by the public test key. */
export async function demoBoardLink(): Promise<string> {
  const { id, definition } = sampleInvestigation();
  const groups = definition.comparisonGroups.map((g) => g.id);
  const schools = ['Openbare basisschool De Regenboog (fictief)', 'Christelijke basisschool Het Kompas (fictief)', 'Integraal kindcentrum De Vlinderboom (fictief)'].map((school, i) => ({
    brin: `99Z${'ABC'[i]}`,
    school,
    group: groups[i % groups.length]!,
    scores: definition.indicators.map((_, j) => 1 + ((i + j) % 3)),
  }));
  return `${boardPagePath(id)}#${await encodeBoardCode({ investigation: id, board: { number: '41299', name: 'Stichting Voorbeeldscholen Noord (fictief)' }, schools }, TEST_SIGNER(), today())}`;
}
