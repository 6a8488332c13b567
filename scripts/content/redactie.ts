/**
 * npm run redactie: the editors' setup on a laptop, offline. Starts the preview (astro dev, drafts
 * and scheduled items included) with the CMS at /admin/ on the same address, and says in Dutch how
 * to use them. The CMS works on this project folder through the browser (Chrome or Edge: "Werken
 * met een lokale repository"); what it saves lands in the folder, and the preview shows it at once.
 * Stop with Ctrl+C. `--port <n>`: another port (default 4321).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' } } });
const root = join(import.meta.dirname, '../..');
const address = `http://127.0.0.1:${values.port}`;
const astro = join(root, 'node_modules/.bin/astro');

// Offline: Astro neither asks npm for a newer version nor sends telemetry. A development server, whatever NODE_ENV the shell has.
const env = { ...process.env, NODE_ENV: 'development', ASTRO_DISABLE_UPDATE_CHECK: 'true', ASTRO_TELEMETRY_DISABLED: '1' };
const child = spawn(astro, ['dev', '--host', '127.0.0.1', '--port', values.port!], { cwd: root, stdio: ['inherit', 'pipe', 'inherit'], env });
let told = false;
child.stdout.on('data', (chunk: Buffer) => {
  const text = chunk.toString();
  process.stdout.write(text);
  if (told || !text.includes(address)) return;
  told = true;
  console.log(
    [
      '',
      'De redactieomgeving draait; internet is niet nodig.',
      `  Voorvertoning (ook concepten):  ${address}/`,
      `  CMS voor de redactie:           ${address}/admin/`,
      '',
      'Open de CMS in Chrome of Edge, klik op "Werken met een lokale repository" en kies deze map:',
      `  ${root}`,
      'Wat u opslaat, komt in die map en staat meteen in de voorvertoning. Controleren: npm run check.',
      'Publiceren gaat via een pull request (hoofdstuk 21 van docs/redactiehandleiding.md). Stoppen: Ctrl+C.',
      '',
    ].join('\n'),
  );
});
const stop = () => child.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
