/**
 * npm run docs:model: writes the content-model tables into docs/redactiehandleiding.md (between the
 * inhoudsmodel markers). tests/unit/content/content-model-doc.test.ts fails when they are out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { updateGuide } from '../../src/lib/content/model-doc.ts';

const file = join(import.meta.dirname, '../../docs/redactiehandleiding.md');
const before = readFileSync(file, 'utf8');
const after = updateGuide(before);
if (after === before) console.log('docs/redactiehandleiding.md is al bij.');
else {
  writeFileSync(file, after);
  console.log('docs/redactiehandleiding.md bijgewerkt.');
}
