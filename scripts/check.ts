/**
 * npm run check: validates all content in about a second, without building the site.
 * Prints one line per problem (file:line  field  problem  (toegestaan: ...)), errors first,
 * and exits 1 on errors, 0 when there are only warnings.
 * Usage: node scripts/check.ts [root] [--github]   (--github: also as annotations in a GitHub pull request)
 */
import { checkContent } from '../src/lib/check-content.ts';
import { formatProblem } from '../src/lib/content-errors.ts';

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--')) ?? process.cwd();
const github = args.includes('--github');
const started = performance.now();
const { problems, files } = await checkContent({ root });
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
const summary = `${files} bestanden gecontroleerd in ${ms} ms: ${errors.length} fout(en), ${warnings.length} waarschuwing(en).`;
if (errors.length) {
  console.error(`\n${summary} Los de fouten op; de site wordt niet gebouwd. Uitleg per melding: docs/redactiehandleiding.md`);
  process.exit(1);
}
console.log(`${warnings.length ? '\n' : ''}${summary} Inhoud in orde.`);
