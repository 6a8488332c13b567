/**
 * npm run cms:config: writes src/admin/config.yml, the CMS configuration derived from the content
 * model (src/lib/content/cms-config.ts). Refuses, and writes nothing, when a schema field has no
 * place in the CMS and no reason to be left out; warns about a field without a Dutch label
 * (src/lib/content/field-help.ts), which the CMS test does not let pass.
 * `--check`: only say whether the file is up to date (exit code 1 when not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCmsConfig, cmsConfigYaml } from '../../src/lib/content/cms-config.ts';

export const CMS_CONFIG_FILE = 'src/admin/config.yml';

const file = join(import.meta.dirname, '../..', CMS_CONFIG_FILE);
const { unmapped, unlabelled } = buildCmsConfig();
if (unmapped.length) {
  for (const f of unmapped) console.error(`${f}: dit veld past in geen CMS-veld; zet het met een reden in CMS_EXCLUDED_FIELDS (src/lib/content/cms-config.ts)`);
  process.exit(1);
}
// Written anyway (the field's own name stands in), so a new collection is in the CMS at once; the
// CMS test keeps failing until every field has its Dutch label.
for (const f of unlabelled) console.warn(`waarschuwing: ${f} heeft geen Nederlandse naam; voeg hem toe aan src/lib/content/field-help.ts`);
const text = cmsConfigYaml();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current !== text) {
    console.error(`${CMS_CONFIG_FILE} is niet bijgewerkt: voer npm run cms:config uit`);
    process.exit(1);
  }
  console.log(`${CMS_CONFIG_FILE} is bijgewerkt`);
} else {
  writeFileSync(file, text);
  console.log(`${CMS_CONFIG_FILE} geschreven`);
}
