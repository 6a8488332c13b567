/**
 * `npm run check` and a real `astro build` must give the same verdict on the same content: a file
 * the checker passes must build, a file it refuses must stop the build. Each tree is
 * tests/fixtures/base with one folder laid over it; KP_CONTENT_DIR points the build at it
 * (src/content.config.ts). A handful of trees only: each build takes 10 to 30 seconds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/run.ts';
import { formatProblem } from '../../../src/lib/content/errors.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(import.meta.dirname, '../../fixtures');
const roots: string[] = [];
afterAll(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

function tree(overlay: string): string {
  const root = mkdtempSync(join(tmpdir(), 'kp-agree-'));
  roots.push(root);
  cpSync(join(FIXTURES, 'base'), root, { recursive: true });
  cpSync(join(FIXTURES, overlay), root, { recursive: true });
  return root;
}

/** Runs astro build on the tree into its own folder; true when it succeeded. */
function build(root: string, env: Record<string, string> = {}): { ok: boolean; out: string; log: string } {
  const out = join(root, 'dist');
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: ROOT,
    env: { ...process.env, KP_CONTENT_DIR: join(root, 'content'), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { ok: r.status === 0, out, log: `${r.stdout}\n${r.stderr}` };
}

async function verdicts(overlay: string) {
  const root = tree(overlay);
  const { problems, entries } = await checkContent({ root });
  const errors = problems.filter((p) => p.severity === 'error');
  return { root, checkOk: errors.length === 0, errors, entries, build: build(root) };
}

describe('checker and build agree', { timeout: 300_000 }, () => {
  it('passes: a BOM, a file name Astro has to slug, and ignored _ files (one broken) pass both, with the same ids', async () => {
    const v = await verdicts('agree/passes');
    expect(v.errors).toEqual([]);
    expect(v.build.ok, v.build.log.slice(-2000)).toBe(true);
    const practices = v.entries.filter((e) => e.collection === 'practices').map((e) => e.id);
    expect(practices).toEqual(['lezen--schrijven_2-groep-5', 'lezen-in-groep-5', 'met-bom']);
    for (const id of practices) expect(existsSync(join(v.build.out, 'goede-voorbeelden', id, 'index.html')), id).toBe(true);
    // The ignored files are not pages either.
    expect(existsSync(join(v.build.out, 'goede-voorbeelden', 'concept-notities'))).toBe(false);
    expect(existsSync(join(v.build.out, 'goede-voorbeelden', '_concept-notities'))).toBe(false);
  });

  // Each with a phrase the build's own log must contain: it fails for this reason, not another one.
  // `npm run build` is `astro build` without a separate check step, so the build itself must name
  // every problem exactly as `npm run check` does (file:line, field, what to write) and publish nothing.
  it.each([
    ['broken/impossible-date', 'die dag bestaat niet'],
    ['broken/misspelled-draft', 'bedoelt u "draft"?'],
    ['broken/javascript-url', 'alleen webadressen die beginnen met https://'],
    ['broken/yaml-alias-bomb', 'verwijst te vaak naar eerdere stukken'],
    ['broken/reference-to-scheduled', 'verschijnt pas op 2099-01-01'],
  ])('%s: refused by both', async (overlay, phrase) => {
    const v = await verdicts(overlay);
    expect(v.checkOk).toBe(false);
    expect(v.errors.map((e) => e.message).join('\n')).toContain(phrase);
    expect(v.build.ok).toBe(false);
    expect(v.build.log).toContain(phrase);
    for (const e of v.errors) expect(v.build.log).toContain(formatProblem(e));
    expect(v.build.log).toContain('de site wordt niet gebouwd. Zie npm run check.');
    expect(existsSync(join(v.build.out, 'index.html'))).toBe(false);
  });

  // The build runs the checker first (src/integrations/content-check.ts). Without it, Astro's own
  // reading (our loader and the schemas) must still refuse what its YAML reader used to let through.
  it.each([
    ['broken/impossible-date', 'die dag bestaat niet'],
    ['broken/yaml-alias-bomb', 'verwijst te vaak naar eerdere stukken'],
  ])('%s: refused by Astro itself, without the checker step', (overlay, phrase) => {
    const b = build(tree(overlay), { KP_BUILD_CHECK: '0' });
    expect(b.ok).toBe(false);
    expect(b.log).toContain(phrase);
  });
});
