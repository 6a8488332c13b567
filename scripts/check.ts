/**
 * npm run check: validates all content in seconds, without building the site.
 * Prints one line per problem (file:line  field  problem  (allowed: ...)) and exits 1 on errors.
 */
import { checkContent } from '../src/lib/check-content.ts';
import { formatProblem } from '../src/lib/content-errors.ts';

const root = process.argv[2] ?? process.cwd();
const started = performance.now();
const { problems, entries } = checkContent({ root });
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');
for (const p of [...errors, ...warnings]) console.log(formatProblem(p));
const ms = Math.round(performance.now() - started);
if (errors.length) {
  console.error(`\n${errors.length} fout(en), ${warnings.length} waarschuwing(en) in ${entries.length + errors.length} bestanden (${ms} ms). Los de fouten op; de site wordt niet gebouwd.`);
  process.exit(1);
}
console.log(`Inhoud in orde: ${entries.length} bestanden gecontroleerd, ${warnings.length} waarschuwing(en) (${ms} ms).`);
