/**
 * Review before publishing: a pull request (also one the CMS opens) gets the check's annotations,
 * the tests, a list of the pages it changes and the built site to look at; nothing is published
 * until it is merged; CODEOWNERS says who approves, the kaderredactie for the framework.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '../../..');
type Step = { name?: string; run?: string; uses?: string; if?: string; with?: Record<string, unknown> };
const workflow = parse(readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8')) as {
  on: Record<string, unknown>;
  jobs: { build: { steps: Step[] }; deploy: { if: string } };
};
const steps = workflow.jobs.build.steps;

describe('review before publishing (.github/workflows/deploy.yml, .github/CODEOWNERS)', () => {
  it('checks every pull request with annotations and the tests, and publishes only from main', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect(steps.some((s) => s.run === 'npm run check -- --github')).toBe(true);
    expect(steps.some((s) => s.run === 'npm test')).toBe(true);
    expect(workflow.jobs.deploy.if).toContain("github.ref == 'refs/heads/main'");
    expect(workflow.jobs.deploy.if).toContain("github.event_name != 'pull_request'");
  });

  it('lists the changed pages in the job summary and keeps the built site as the artifact "voorvertoning"', () => {
    const summary = steps.find((s) => s.run?.includes('scripts/content/changed-pages.ts'));
    expect(summary?.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(summary?.if).toContain("github.event_name == 'pull_request'");
    const artifact = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(artifact?.with).toMatchObject({ name: 'voorvertoning', path: 'dist' });
    // The merge commit and the branch it goes into, for the diff.
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 2 });
  });

  it('names who approves: the kaderredactie for frameworks and standards, the redactie for content', () => {
    const owners = readFileSync(join(ROOT, '.github/CODEOWNERS'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.trim().split(/\s+/));
    const ownerOf = (path: string) => owners.filter(([pattern]) => pattern === '*' || path.startsWith(pattern!.replace(/^\//, ''))).at(-1)?.slice(1);
    expect(ownerOf('content/standards/2021/op0.yaml')).toEqual(['@onderwijsinspectie/kaderredactie']);
    expect(ownerOf('content/frameworks/2021.yaml')).toEqual(['@onderwijsinspectie/kaderredactie']);
    expect(ownerOf('content/practices/x.md')).toEqual(['@onderwijsinspectie/kennisplatform-redactie']);
    expect(ownerOf('src/lib/check/run.ts')).toEqual(['@onderwijsinspectie/kennisplatform-ontwikkeling']);
  });
});
