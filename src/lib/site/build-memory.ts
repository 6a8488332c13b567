/**
 * The Astro build's peak memory, kept in the build cache for the search index step: the index
 * may use as much memory as the build of the same site already needed, and no more
 * (scripts/search/index-parts.ts chooses its number of parts by it).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'bouwgeheugen.json';

/** Records this process's peak resident memory (the Astro build runs in one process; its workers are threads). */
export function recordBuildPeak(cacheDir: string): number {
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, FILE), JSON.stringify({ peakMb }));
  return peakMb;
}

/** The last build's peak memory in MiB, or undefined when no build recorded one. */
export function readBuildPeak(cacheDir: string): number | undefined {
  const file = join(cacheDir, FILE);
  if (!existsSync(file)) return undefined;
  const peakMb = (JSON.parse(readFileSync(file, 'utf8')) as { peakMb?: unknown }).peakMb;
  return typeof peakMb === 'number' && peakMb > 0 ? peakMb : undefined;
}

/** Peak resident memory (VmHWM) of a process in MiB, from /proc (Linux); undefined elsewhere or when it is gone. */
export function processPeakMb(pid: number): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** Peak memory in MiB of this process's child processes whose command starts with `name` (Pagefind's service), the largest one. */
export function childPeakMb(name: string): number | undefined {
  let peak: number | undefined;
  try {
    for (const p of readdirSync('/proc')) {
      if (!/^\d+$/.test(p)) continue;
      try {
        const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
        const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid === process.pid && comm.startsWith(name)) peak = Math.max(peak ?? 0, processPeakMb(Number(p)) ?? 0);
      } catch {
        // The process ended between listing and reading.
      }
    }
  } catch {
    // No /proc (not Linux): unknown.
  }
  return peak;
}
