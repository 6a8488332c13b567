/**
 * The commands editors and CI run, as they run them: `node scripts/content/check.ts <root> [--github]`
 * (npm run check) and `astro build` on a content tree elsewhere (KP_CONTENT_DIR, KP_PUBLIC_DIR;
 * astro.config.mjs). Tests compare what they print and how they exit, not the library's lists.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT = join(import.meta.dirname, '../..');
export const FIXTURES = join(PROJECT, 'tests/fixtures');
/** "Today" for every command, so review dates and scheduled items do not depend on the day the tests run. */
export const NOW = '2026-11-23T12:00:00Z';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr, colour codes removed. */
  output: string;
}

function run(command: string, args: string[], env: Record<string, string>, timeout: number): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: PROJECT, env: { ...process.env, KP_NOW: NOW, ASTRO_TELEMETRY_DISABLED: '1', ...env }, timeout });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    // eslint-disable-next-line no-control-regex
    child.on('close', (status) => done({ status, stdout, stderr, output: `${stdout}\n${stderr}`.replace(/\u001b\[[0-9;]*m/g, '') }));
  });
}

/**
 * npm run check on a tree; `--github` as CI runs it. Its cache (KP_CACHE_DIR) is the tree's own, the
 * one build() uses: the first run fills it, a second run and the build's checker read it.
 */
export function check(root: string, ...flags: string[]): Promise<Run> {
  return checkWithCache(root, join(root, '.cache'), ...flags);
}

/** npm run check on a tree with the cache in `cacheDir`. */
export function checkWithCache(root: string, cacheDir: string, ...flags: string[]): Promise<Run> {
  return run(process.execPath, [join(PROJECT, 'scripts/content/check.ts'), root, ...flags], { KP_CACHE_DIR: cacheDir }, 60_000);
}

/** astro build of a tree into <root>/dist, with its own cache so builds of different trees never share one. */
export function build(root: string, env: Record<string, string> = {}): Promise<Run & { out: string }> {
  const out = join(root, 'dist');
  const vars = { KP_CONTENT_DIR: join(root, 'content'), KP_PUBLIC_DIR: join(root, 'public'), KP_OUT_DIR: out, KP_CACHE_DIR: join(root, '.cache'), ...env };
  return run(join(PROJECT, 'node_modules/.bin/astro'), ['build'], vars, 300_000).then((r) => ({ ...r, out }));
}

/** tests/fixtures/base with the given fixture folders laid over it, in a new temporary folder. */
export function fixtureTree(roots: string[], ...overlays: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'kp-cmd-'));
  roots.push(root);
  cpSync(join(FIXTURES, 'base'), root, { recursive: true });
  for (const overlay of overlays) cpSync(join(FIXTURES, overlay), root, { recursive: true });
  return root;
}

/** The problem lines a command printed ("content/x.md:12  field  message"), in order. */
export function problemLines(output: string): string[] {
  return output.split('\n').filter((l) => /^[^\s:]+:\d+ {2}\S/.test(l));
}

/** The summary line with its duration left out: "4 bestanden gecontroleerd in … ms: 1 fout en 0 waarschuwingen. …". */
export function summaryOf(output: string): string | undefined {
  return /(\d+ bestand(?:en)? gecontroleerd in )\d+( ms: .*)$/m.exec(output)?.slice(1, 3).join('…');
}

/** Runs at most `limit` of the tasks at a time (two cores are shared with the other test files). */
export async function inPool<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
