/**
 * A problem always has a severity, and only an explicit warning lets the build through: the types
 * leave no way to report one without it (src/lib/check/context.ts), and data that gets past the
 * types at run time (plain JavaScript, a cast) still counts as an error.
 */
import { describe, expect, it } from 'vitest';
import { problemCollector } from '../../../src/lib/check/run.ts';
import { githubAnnotation, verdictOf } from '../../../src/lib/check/verdict.ts';
import type { ContentProblem } from '../../../src/lib/content/errors.ts';
import type { AddProblem } from '../../../src/lib/check/context.ts';

const at = { file: 'content/practices/x.md', line: 23, field: '(tekst)', message: 'HTML-code (<script>) is niet toegestaan' };

describe('reporting a problem', () => {
  it('add makes an error and warn a warning, whatever the caller passed at run time', () => {
    const { problems, add, warn } = problemCollector();
    add(at);
    // What the types forbid, as plain JavaScript could still pass it.
    (add as (p: unknown) => void)({ ...at, severity: undefined });
    (add as (p: unknown) => void)({ ...at, severity: 'warning' });
    warn(at);
    expect(problems.map((p) => p.severity)).toEqual(['error', 'error', 'error', 'warning']);
  });

  // Checked by `npm run typecheck`: the directive fails it the day add accepts a severity again.
  it('the types refuse a severity passed to add (the old default could be overridden with undefined)', () => {
    const add: AddProblem = () => {};
    // @ts-expect-error severity is set by how a problem is reported, never by the caller
    add({ ...at, severity: 'warning' });
  });
});

describe('the verdict npm run check and the build share', () => {
  it('counts a problem without a known severity as an error, printed as one', () => {
    const problems = [{ ...at, severity: undefined }, { ...at, line: 24, severity: 'fatal' }, { ...at, line: 25, severity: 'warning' }] as unknown as ContentProblem[];
    const v = verdictOf(problems);
    expect(v.ok).toBe(false);
    expect(v.errors.map((p) => p.line)).toEqual([23, 24]);
    expect(v.warnings.map((p) => p.line)).toEqual([25]);
    expect(v.lines).toEqual([
      'content/practices/x.md:23  (tekst)  HTML-code (<script>) is niet toegestaan',
      'content/practices/x.md:24  (tekst)  HTML-code (<script>) is niet toegestaan',
      'content/practices/x.md:25  (tekst)  waarschuwing: HTML-code (<script>) is niet toegestaan',
    ]);
  });

  it('only warnings pass', () => {
    expect(verdictOf([{ ...at, severity: 'warning' }]).ok).toBe(true);
    expect(verdictOf([]).ok).toBe(true);
  });

  it('annotates an error without a severity as an error in a pull request, not as a warning', () => {
    expect(githubAnnotation({ ...at, severity: undefined } as unknown as ContentProblem)).toBe(
      '::error file=content/practices/x.md,line=23,title=npm run check::(tekst): HTML-code (<script>) is niet toegestaan',
    );
    expect(githubAnnotation({ ...at, severity: 'warning' })).toMatch(/^::warning /);
  });
});
