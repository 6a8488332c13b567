/**
 * What `npm run check` (scripts/content/check.ts) and `astro build` (src/integrations/content-check.ts)
 * conclude from the checker's problems, in one place so the two cannot differ: which problems
 * stop the build, the lines both print, in which order, and the summary under them.
 */
import { plural, t } from '../../i18n/t.ts';
import { formatProblem, type ContentProblem } from '../content/errors.ts';

/**
 * A problem is a warning only when it says so. Anything else stops the build: a missing or
 * misspelt severity (from a check that bypassed the types) must never count as neither.
 */
export function isWarning(p: ContentProblem): boolean {
  return p.severity === 'warning';
}

export interface Verdict {
  errors: ContentProblem[];
  warnings: ContentProblem[];
  /** One line per problem, errors first, exactly as both commands print them. */
  lines: string[];
  /** True when nothing stops the build. */
  ok: boolean;
}

export function verdictOf(problems: readonly ContentProblem[]): Verdict {
  const errors = problems.filter((p) => !isWarning(p)).map((p) => ({ ...p, severity: 'error' as const }));
  const warnings = problems.filter(isWarning);
  return { errors, warnings, lines: [...errors, ...warnings].map(formatProblem), ok: errors.length === 0 };
}

/** "12 bestanden gecontroleerd in 80 ms: 1 fout en 0 waarschuwingen. Los de fouten op; ..." */
export function verdictSummary(verdict: Verdict, files: number, ms: number): string {
  const summary = t('check.summary', {
    files: plural('check.files', files),
    ms,
    errors: plural('check.errors', verdict.errors.length),
    warnings: plural('check.warnings', verdict.warnings.length),
  });
  return `${summary} ${t(verdict.ok ? 'check.ok' : 'check.failed')}`;
}

/** The same problem as a GitHub Actions annotation, shown beside the line in a pull request. */
export function githubAnnotation(p: ContentProblem): string {
  const escData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escProp = (s: string) => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const text = `${p.field}: ${p.message}${p.allowed ? ` (toegestaan: ${p.allowed})` : ''}`;
  return `::${isWarning(p) ? 'warning' : 'error'} file=${escProp(p.file)},line=${p.line},title=npm run check::${escData(text)}`;
}
