import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentSource } from '../../src/lib/content/source.ts';
import { investigationDefinition } from '../../src/lib/feedback/report.ts';
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
