/**
 * npm run check: validates all content in about a second, without building the site.
 * Prints one line per problem (file:line  field  problem  (toegestaan: ...)), errors first,
 * and exits 1 on errors, 0 when there are only warnings.
 * Usage: node scripts/content/check.ts [root] [--github]   (--github: also as annotations in a GitHub pull request)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/check/run.ts';
import { formatProblem } from '../../src/lib/content/errors.ts';
import { plural, t } from '../../src/i18n/t.ts';

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
  result = await checkContent({ root });
} catch (e) {
  // checkContent reports bad content as problems; this is a fault in the checker itself.
  console.error(`npm run check liep vast (${(e as Error).name}). Dit is een fout in het programma, niet in uw tekst: meld het bij het ontwikkelteam.`);
  process.exit(2);
}
const { problems, files } = result;
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');
for (const p of [...errors, ...warnings]) console.log(formatProblem(p));
// In GitHub Actions (deploy.yml), the same problems also appear next to the lines in the pull request ("Files changed").
if (github) {
  const escData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escProp = (s: string) => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  for (const p of [...errors, ...warnings]) {
    const text = `${p.field}: ${p.message}${p.allowed ? ` (toegestaan: ${p.allowed})` : ''}`;
    console.log(`::${p.severity === 'error' ? 'error' : 'warning'} file=${escProp(p.file)},line=${p.line},title=npm run check::${escData(text)}`);
  }
}
const ms = Math.round(performance.now() - started);
const summary = t('check.summary', {
  files: plural('check.files', files),
  ms,
  errors: plural('check.errors', errors.length),
  warnings: plural('check.warnings', warnings.length),
});
if (errors.length) {
  console.error(`\n${summary} ${t('check.failed')}`);
  process.exit(1);
}
console.log(`${warnings.length ? '\n' : ''}${summary} ${t('check.ok')}`);
