/**
 * `npm run redactie`, as an editor types it: one command starts the preview and the CMS on one local
 * address, says in Dutch how to use them, and needs no other host.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_CSP } from '../../src/lib/site/admin-page.ts';

let PORT = 0;
let ADDRESS = '';
let child: ChildProcess;
let output = '';

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  PORT = await freePort();
  ADDRESS = `http://127.0.0.1:${PORT}`;
  // An editor's shell: none of the test runner's variables (with VITEST set, Astro's dev server serves no pages).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(k)));
  child = spawn('npm', ['run', 'redactie', '--', '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run redactie startte niet:\n${output}`)), 150_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Stoppen: Ctrl+C')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
  });
}, 180_000);

afterAll(() => {
  // The whole process group: npm, the script and astro dev.
  if (child?.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already stopped.
    }
  }
});

describe('npm run redactie', { timeout: 120_000 }, () => {
  it('says in Dutch where the preview and the CMS are and which folder to choose', () => {
    expect(output).toContain(`CMS voor de redactie:           ${ADDRESS}/admin/`);
    expect(output).toContain('Werken met een lokale repository');
    expect(output).not.toContain('New version of Astro');
  });

  it('serves the CMS with its policy and the current configuration, and the preview', async () => {
    const admin = await fetch(`${ADDRESS}/admin/`);
    expect(admin.status).toBe(200);
    expect(await admin.text()).toContain(ADMIN_CSP);
    expect(await (await fetch(`${ADDRESS}/admin/config.yml`)).text()).toBe(readFileSync('src/admin/config.yml', 'utf8'));
    const script = await fetch(`${ADDRESS}/admin/cms.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    const home = await fetch(`${ADDRESS}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<html lang="nl"');
  });
});
