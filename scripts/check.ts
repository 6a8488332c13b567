/**
 * npm run check: validates all content in about a second, without building the site.
 * Prints one line per problem (file:line  field  problem  (toegestaan: ...)), errors first,
 * and exits 1 on errors, 0 when there are only warnings. Usage: node scripts/check.ts [root]
 */
import { checkContent } from '../src/lib/check-content.ts';
import { formatProblem } from '../src/lib/content-errors.ts';

const root = process.argv[2] ?? process.cwd();
const started = performance.now();
const { problems, files } = await checkContent({ root });
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');
for (const p of [...errors, ...warnings]) console.log(formatProblem(p));
const ms = Math.round(performance.now() - started);
const summary = `${files} bestanden gecontroleerd in ${ms} ms: ${errors.length} fout(en), ${warnings.length} waarschuwing(en).`;
if (errors.length) {
  console.error(`\n${summary} Los de fouten op; de site wordt niet gebouwd. Uitleg per melding: docs/redactiehandleiding.md`);
  process.exit(1);
}
console.log(`${warnings.length ? '\n' : ''}${summary} Inhoud in orde.`);
