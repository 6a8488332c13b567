/**
 * `npm run dev` (astro dev) never drops a body silently: where the build would refuse a body, the
 * preview shows the editor the checker's own lines in its place (src/lib/body/preview-notice.ts),
 * and nothing of the body runs, in the browser or (MDX) on the editor's computer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, FIXTURES, fixtureTree, NOW, PROJECT, problemLines } from '../commands.ts';

const roots: string[] = [];
const PRACTICE = readFileSync(join(FIXTURES, 'base/content/practices/lezen-in-groep-5.md'), 'utf8');
const pwned = join(tmpdir(), `kp-pwned-dev-${process.pid}`);
const PAGES = {
  script: { file: 'script.md', body: 'Eerst gewone tekst.\n\n<script>alert(1)</script>\n' },
  mdx: { file: 'code.mdx', body: `import { writeFileSync } from 'node:fs';\n\n{writeFileSync(${JSON.stringify(pwned)}, 'x')}\n` },
  safe: { file: 'veilig.md', body: 'Een gewone alinea over lezen.\n' },
};

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/** The environment of an editor's shell: without what Vitest adds (MODE, BASE_URL, DEV, NODE_ENV=test...), which astro dev would take as its own. */
function editorShell(): NodeJS.ProcessEnv {
  const vitest = ['NODE_ENV', 'MODE', 'BASE_URL', 'DEV', 'PROD', 'SSR', 'TEST'];
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitest.includes(k) && !k.startsWith('VITEST')));
}

/** Text of a page as a reader sees it: tags left out, the entities the renderers write decoded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('astro dev shows what the build would refuse', () => {
  let dev: ChildProcess;
  let base: string;
  let root: string;
  let log = '';

  beforeAll(async () => {
    root = fixtureTree(roots);
    for (const { file, body } of Object.values(PAGES)) writeFileSync(join(root, 'content/practices', file), PRACTICE.replace('Testtekst.\n', body).replace('groep 5', file));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dev = spawn(join(PROJECT, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: PROJECT,
      env: { ...editorShell(), KP_CONTENT_DIR: join(root, 'content'), KP_PUBLIC_DIR: join(root, 'public'), KP_CACHE_DIR: join(root, '.cache'), KP_NOW: NOW, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    dev.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    dev.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    for (let i = 0; i < 180 && !log.includes(base); i++) await new Promise((r) => setTimeout(r, 500));
  }, 120_000);

  afterAll(async () => {
    if (dev.exitCode === null) {
      const exited = new Promise((r) => dev.once('exit', r));
      dev.kill('SIGTERM');
      await exited;
    }
    roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true }));
  });

  const page = async (file: string) => {
    const res = await fetch(`${base}/goede-voorbeelden/${file.replace(/\.mdx?$/, '')}/`);
    return { status: res.status, html: await res.text() };
  };

  it.each([PAGES.script.file, PAGES.mdx.file])('%s: the page shows the lines npm run check prints, instead of the body', async (file) => {
    expect(log, log).toContain(base);
    const { status, html } = await page(file);
    expect(status, log).toBe(200);
    const text = textOf(html);
    expect(text).toContain('Alleen in de voorbeeldweergave: deze tekst wordt niet getoond.');
    const lines = problemLines((await check(root)).output).filter((l) => l.startsWith(`content/practices/${file}:`));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(text).toContain(line);
    expect(html).not.toMatch(/<script>alert/);
  }, 120_000);

  it('the MDX code did not run on the editor\'s computer', () => {
    expect(existsSync(pwned)).toBe(false);
  });

  it('a safe body is shown as written, without the notice', async () => {
    const { html } = await page(PAGES.safe.file);
    expect(textOf(html)).toContain('Een gewone alinea over lezen.');
    expect(html).not.toContain('Alleen in de voorbeeldweergave');
  }, 120_000);
});
