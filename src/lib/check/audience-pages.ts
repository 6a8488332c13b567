/**
 * The audience pages (content/pages/voor-wie/<doelgroep>.md) are no collection, but the build reads
 * and renders them (src/data/audience-pages.ts): the same reader, schema and body checks as every
 * entry, so `npm run check` and the build agree on them too. One page per audience, or none at all
 * (a site without the folder has no audience pages).
 */
import { join } from 'node:path';
import { AUDIENCES, audiencePageSchema } from '../catalog/audiences.ts';
import { readSource } from '../content/loader.ts';
import { AUDIENCE_PAGES_FOLDER, walkPlace } from '../content/content-tree.ts';
import { bodyChecker } from './body.ts';
import type { ContentCheck } from './context.ts';
import { schemaProblems } from './schema-problems.ts';

export const checkAudiencePages: ContentCheck = async (ctx) => {
  const folder = `content/${AUDIENCE_PAGES_FOLDER}`;
  // What stands wrong in the folder was reported with the content tree already.
  const pages = walkPlace(join(ctx.root, 'content'), 'audience-pages', ctx.root).files.get('audience-pages') ?? [];
  if (!pages.length) return;
  const bodies = bodyChecker(ctx);
  const found = new Set<string>();
  for (const rel of pages) {
    const file = `${folder}/${rel}`;
    const audience = rel.replace(/\.md$/, '');
    if (!(AUDIENCES as readonly string[]).includes(audience)) {
      ctx.add({ file, line: 1, field: '(bestandsnaam)', message: `onbekende doelgroep "${audience}"; geef het bestand de naam van een doelgroep`, allowed: AUDIENCES.join(', ') });
      continue;
    }
    found.add(audience);
    const { text, source } = readSource(join(ctx.root, file));
    for (const e of source.syntaxErrors) ctx.add({ file, line: e.line, field: e.field ?? '(yaml)', message: `YAML-fout: ${e.message}` });
    if (source.syntaxErrors.length) continue;
    const result = schemaProblems(audiencePageSchema, source.data ?? {}, source, file);
    if (Array.isArray(result)) {
      // Reported through ctx.add like every other check (an error), without the severity schemaProblems set.
      for (const { problem: { severity: _error, ...at } } of result) ctx.add(at);
      continue;
    }
    bodies.check({ file, text, source, data: result.data as Record<string, unknown> });
  }
  await bodies.finish();
  const missing = AUDIENCES.filter((a) => !found.has(a));
  if (missing.length) ctx.add({ file: folder, line: 1, field: '(map)', message: `pagina ontbreekt voor ${missing.join(', ')}: elke doelgroep heeft een pagina, of geen enkele` });
};
