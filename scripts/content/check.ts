/**
 * npm run check: validates all content in about a second, without building the site.
 * Prints one line per problem (file:line  field  problem  (toegestaan: ...)), errors first,
 * and exits 1 on errors, 0 when there are only warnings.
 * Usage: node scripts/content/check.ts [root] [--github]   (--github: also as annotations in a GitHub pull request)
 * What each file says on its own (parse, schema, body) is kept in KP_CACHE_DIR (default node_modules/.astro,
 * the build's cache) while the file and the checker's code are unchanged (src/lib/site/file-cache.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/check/run.ts';
import { nowFromEnv } from '../../src/lib/content/loader.ts';
import { githubAnnotation, verdictOf, verdictSummary } from '../../src/lib/check/verdict.ts';

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--')) ?? process.cwd();
const github = args.includes('--github');
const started = performance.now();
if (!existsSync(join(root, 'content'))) {
  console.error(`Geen map content/ gevonden in ${root}. Start npm run check in de projectmap.`);
  process.exit(1);
}
let result: Awaited<ReturnType<typeof checkContent>>;
try {
  // Each file's own results are kept in the build cache (KP_CACHE_DIR), shared with the build's checker.
  result = await checkContent({ root, now: nowFromEnv(), cacheDir: process.env.KP_CACHE_DIR ?? 'node_modules/.astro' });
} catch (e) {
  // checkContent reports bad content as problems; this is a fault in the checker itself.
  console.error(`npm run check liep vast (${(e as Error).name}). Dit is een fout in het programma, niet in uw tekst: meld het bij het ontwikkelteam.`);
  process.exit(2);
}
const { problems, files } = result;
const verdict = verdictOf(problems);
for (const line of verdict.lines) console.log(line);
// In GitHub Actions (deploy.yml), the same problems also appear next to the lines in the pull request ("Files changed").
if (github) for (const p of [...verdict.errors, ...verdict.warnings]) console.log(githubAnnotation(p));
const summary = verdictSummary(verdict, files, Math.round(performance.now() - started));
if (!verdict.ok) {
  console.error(`\n${summary}`);
  process.exit(1);
}
console.log(`${verdict.warnings.length ? '\n' : ''}${summary}`);
