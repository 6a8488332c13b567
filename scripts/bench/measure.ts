/** Measuring helpers for the benchmark: wall time and peak memory of a process tree, the heaviest content page. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageWeight } from '../../src/lib/site/page-weight.ts';
import { COLLECTION_PATHS, ITEM_COLLECTIONS } from '../../src/lib/site/routes.ts';

// Detail pages only, /<type>/<id>/: listings, filters and pagination are not content pages.
const DETAIL_PAGE = new RegExp(`^/(${ITEM_COLLECTIONS.map((c) => COLLECTION_PATHS[c]).join('|')})/[^/]+$`);

export interface Measured {
  seconds: number;
  peakMb: number;
  out: string;
}

/** Runs a command, sampling the RSS of its whole process tree every 200 ms; fails with its output on a non-zero exit. */
export function measured(cmd: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<Measured> {
  return new Promise((done, fail) => {
    const started = performance.now();
    // node_modules/.bin first on PATH, as under npm run, so `#!/usr/bin/env node` scripts get Node 24.
    const PATH = `${join(options.cwd, 'node_modules/.bin')}:${process.env.PATH}`;
    const child = spawn(cmd, args, { cwd: options.cwd, env: { ...process.env, PATH, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    let peakKb = 0;
    const timer = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid!))), 200);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) return fail(new Error(`${cmd} ${args.join(' ')} faalde (exit ${code}):\n${out.slice(-3000)}`));
      done({ seconds: (performance.now() - started) / 1000, peakMb: Math.round(peakKb / 1024), out });
    });
  });
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRssKb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(p)]);
    } catch {
      // The process ended between listing and reading: it no longer uses memory.
    }
  }
  let kb = 0;
  const visit = (p: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Same: gone already.
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return kb;
}

/** The heaviest content (detail) page: compressed HTML plus the CSS it uses (content pages run no scripts). */
export function largestContentPage(out: string): { path: string; bytes: number } {
  let max = { path: '', bytes: 0 };
  for (const e of readdirSync(out, { withFileTypes: true, recursive: true })) {
    const dir = e.parentPath.slice(out.length);
    if (e.name !== 'index.html' || !DETAIL_PAGE.test(dir)) continue;
    const weight = pageWeight(readFileSync(join(e.parentPath, e.name), 'utf8'), (href) => readFileSync(join(out, href), 'utf8'));
    if (weight.html + weight.css > max.bytes) max = { path: `${dir}/`, bytes: weight.html + weight.css };
  }
  return max;
}
