/**
 * A change to the code that shapes pages must reach every page, also in an incremental build: Astro
 * keeps each entry's rendered Markdown in its content store, keyed by the file, so without
 * src/integrations/code-change.ts a changed body reader left every unchanged entry as it was.
 * In a copy of the repository's code (the change is never made in the real one): build a fixture,
 * change how bodies are rendered (src/lib/body/phone-links.ts), build again on the same cache, and
 * compare byte for byte with a full build of the changed code.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measured } from '../../scripts/bench/measure.ts';
import { diffDigests, dirDigests } from '../../scripts/build/dir-digests.ts';

const project = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'kp-code-change-'));
const repo = join(work, 'repo');
const content = join(work, 'content');
const NOW = '2026-11-30T05:00:00Z';
const PRACTICE = 'practices/lezen-in-groep-5.md';
const PHONE_LINKS = join(repo, 'src/lib/body/phone-links.ts');

/** Builds the copy into the same folder every time (Astro's image module names it), then keeps it as `name`. */
async function build(name: string, cache: string): Promise<{ out: string; log: string }> {
  const dist = join(work, 'dist');
  const env = { KP_CONTENT_DIR: content, KP_PUBLIC_DIR: join(work, 'public'), KP_OUT_DIR: dist, KP_CACHE_DIR: join(work, cache), KP_NOW: NOW, ASTRO_TELEMETRY_DISABLED: '1' };
  const run = await measured(join(project, 'node_modules/.bin/astro'), ['build'], { cwd: repo, env });
  const out = join(work, name);
  renameSync(dist, out);
  return { out, log: run.out };
}

const page = (out: string) => readFileSync(join(out, 'goede-voorbeelden/lezen-in-groep-5/index.html'), 'utf8');

let before: { out: string; log: string };
let incremental: { out: string; log: string };
let full: { out: string; log: string };

beforeAll(async () => {
  for (const part of ['src', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) cpSync(join(project, part), join(repo, part), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(repo, 'node_modules'));
  cpSync(join(project, 'tests/fixtures/base/content'), content, { recursive: true });
  mkdirSync(join(work, 'public'));
  // A phone number in a body: the build turns it into a tel: link (src/lib/body/phone-links.ts).
  const practice = join(content, PRACTICE);
  writeFileSync(practice, readFileSync(practice, 'utf8').replace('Testtekst.\n', 'Testtekst. Bel 088 669 60 60.\n'));

  before = await build('voor', 'cache');
  // The change: every tel: link gets a class. Content and cache stay as they are.
  const code = readFileSync(PHONE_LINKS, 'utf8');
  const changed = code.replace('properties: { href: `tel:${e164}` }', "properties: { href: `tel:${e164}`, className: ['bellen'] }");
  expect(changed).not.toBe(code);
  writeFileSync(PHONE_LINKS, changed);
  incremental = await build('na', 'cache');
  full = await build('volledig', 'cache-volledig');
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a code change in an incremental build', () => {
  it('changes the rendered body (the change is visible at all)', () => {
    expect(page(before.out)).not.toContain('class="bellen"');
    expect(page(full.out)).toContain('class="bellen"');
  });

  it('empties the cache of other code and says so', () => {
    expect(incremental.log).toContain('de bouwcache is geleegd');
    expect(full.log).not.toContain('de bouwcache is geleegd');
  });

  it('publishes exactly what a full build of the new code publishes', () => {
    expect(diffDigests(dirDigests(full.out), dirDigests(incremental.out))).toEqual({ added: [], removed: [], changed: [] });
  });
});
