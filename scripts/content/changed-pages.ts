/**
 * For the check of a pull request on GitHub (.github/workflows/deploy.yml): which pages the proposal
 * changes, as Markdown for the job summary. Compares HEAD with its first parent (the pull request's
 * merge commit against the branch it goes into). Usage: node scripts/content/changed-pages.ts [base]
 */
import { execFileSync } from 'node:child_process';
import { changedFiles, changedPagesSummary } from '../../src/lib/site/changed-pages.ts';

const base = process.argv[2] ?? 'HEAD^1';
const files = execFileSync('git', ['diff', '--name-only', '--no-renames', base, 'HEAD'], { encoding: 'utf8' }).split('\n').filter(Boolean);
const preview =
  'De gebouwde site van dit voorstel staat hieronder bij **Artifacts** als `voorvertoning`. Bekijken: downloaden, uitpakken ' +
  'in de map `dist/` van het project en `npm run preview` typen; de site staat dan op http://127.0.0.1:4321/.';
console.log(changedPagesSummary(changedFiles(files), preview));
