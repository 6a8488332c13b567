/**
 * The browser tests need Debian's Chromium. If it is missing, install it when we can
 * (root, or password-less sudo); otherwise stop with one line saying what to run.
 * A missing browser never silently skips the browser tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function canRun(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

if (!existsSync(CHROMIUM_PATH)) {
  const isRoot = process.getuid?.() === 0;
  const sudo = !isRoot && canRun('sudo', ['-n', 'true']) ? ['sudo', '-n'] : isRoot ? [] : undefined;
  if (!sudo || !canRun('which', ['apt-get'])) {
    console.error(`Chromium ontbreekt voor de browsertests. Voer uit: sudo apt-get install -y chromium   (of zet CHROMIUM_PATH naar een Chromium/Chrome)`);
    process.exit(1);
  }
  console.log('Chromium ontbreekt; installeren met apt-get (Debian-pakket chromium)...');
  const run = (args: string[]) => execFileSync(sudo[0] ?? args[0]!, sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`Chromium is geïnstalleerd maar niet gevonden op ${CHROMIUM_PATH}. Zet CHROMIUM_PATH naar het juiste pad.`);
    process.exit(1);
  }
}
console.log(`Chromium: ${CHROMIUM_PATH}`);
