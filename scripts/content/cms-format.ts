/**
 * npm run cms:format: writes the content files the CMS edits the way the CMS writes them
 * (src/lib/content/cms-format.ts), so the first edit in the CMS changes only the field edited.
 * Run it once after content was written by hand in another layout; the data stays the same (the
 * script checks that every file reads back to the same values and stops otherwise). `.mdx` files
 * are left alone: the CMS does not open them. `--root <folder>`: another project folder (tests).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { buildCmsConfig, cmsCollections } from '../../src/lib/content/cms-config.ts';
import { formatLikeCms, type CmsCollectionConfig } from '../../src/lib/content/cms-format.ts';
import { loadCollectionSources } from '../../src/lib/content/loader.ts';
import { parseBody } from '../../src/lib/body/parse.ts';
import { parseContentSource } from '../../src/lib/content/source.ts';
import { collectionSchemas } from '../../src/schemas/registry.ts';
import { plainReference } from '../../src/schemas/reference.ts';
import { plural } from '../../src/i18n/t.ts';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const root = values.root ?? join(import.meta.dirname, '../..');
const schemas = collectionSchemas(plainReference);
const configs = (buildCmsConfig().config as { collections: (CmsCollectionConfig & { name: string })[] }).collections;

let changed = 0;
for (const collection of cmsCollections()) {
  const config = configs.find((c) => c.name === collection)!;
  for (const { file, text, source } of loadCollectionSources(root, collection)) {
    if (file.endsWith('.mdx') || source.syntaxErrors.length || typeof source.data !== 'object' || source.data === null) continue;
    const out = formatLikeCms(config, source.data as Record<string, unknown>, source.body);
    if (out === text) continue;
    // The same values after the schema (an empty optional list left out reads as its default []).
    const schema = schemas[collection];
    const before = schema.safeParse(source.data);
    const after = schema.safeParse(parseContentSource(out, config.format === 'yaml').data);
    // And the same text: the body's tree without positions (emphasis is emphasis, with * or _).
    const tree = (body: string) => JSON.stringify(parseBody(body, 'markdown').tree ?? null, (k, v) => (k === 'position' ? undefined : v));
    const bodyAfter = parseContentSource(out, config.format === 'yaml').body;
    if (before.success !== after.success || !isDeepStrictEqual(before.data, after.data) || tree(source.body) !== tree(bodyAfter)) {
      console.error(`${file}: niet herschreven, de waarden zouden veranderen`);
      process.exitCode = 1;
      continue;
    }
    writeFileSync(join(root, file), out);
    changed++;
  }
}
console.log(`${plural('check.files', changed)} herschreven zoals de CMS ze schrijft`);
