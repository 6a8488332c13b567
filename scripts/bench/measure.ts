/** Measuring helpers for the benchmark: wall time and peak memory of a process tree, output sizes. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COLLECTION_PATHS, ITEM_COLLECTIONS } from '../../src/lib/routes.ts';

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

/** Bytes on disk and number of HTML pages under a folder. */
export function dirStats(dir: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(join(e.parentPath, e.name)).size;
    if (e.name.endsWith('.html')) pages++;
  }
  return { bytes, pages };
}

/** The heaviest content (detail) page: gzip of its HTML plus the stylesheets it links. */
export function largestContentPage(out: string): { path: string; bytes: number } {
  let max = { path: '', bytes: 0 };
  for (const e of readdirSync(out, { withFileTypes: true, recursive: true })) {
    const dir = e.parentPath.slice(out.length);
    if (e.name !== 'index.html' || !DETAIL_PAGE.test(dir)) continue;
    const html = readFileSync(join(e.parentPath, e.name), 'utf8');
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readFileSync(join(out, m[1]!), 'utf8')).join('');
    const bytes = gzipSync(html + css).length;
    if (bytes > max.bytes) max = { path: `${dir}/`, bytes };
  }
  return max;
}
