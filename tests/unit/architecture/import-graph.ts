/**
 * The import graph of the source tree, read with TypeScript's own pre-processor (not a regular
 * expression), and the house rules checked on it. The rules take a graph, so the test can plant
 * a violation in a copy and see each rule fail.
 */
import { readFileSync, globSync } from 'node:fs';
import { join, posix } from 'node:path';
import { importsIn } from '../../../src/lib/site/import-reader.ts';

export { importsIn };

/** file (repo-relative, posix) → its import specifiers as written. */
export type ImportGraph = Map<string, string[]>;

const NODE_ONLY = /^(node:|fs$|fs\/|path$|os$|child_process$|crypto$|url$|util$|stream$|module$|worker_threads$|http$|https$|net$|zlib$)/;

export function readGraph(root: string, patterns: string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of patterns.flatMap((p) => globSync(p, { cwd: root })).sort()) {
    const rel = file.split('\\').join('/');
    graph.set(rel, importsIn(readFileSync(join(root, rel), 'utf8'), rel));
  }
  return graph;
}

/** A relative specifier resolved against the importing file; undefined for packages and virtual modules. */
export function resolveSpec(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  return posix.normalize(posix.join(posix.dirname(from), spec));
}

const edges = (graph: ImportGraph, file: string) =>
  (graph.get(file) ?? []).map((spec) => ({ spec, target: resolveSpec(file, spec) }));

/** Rule: the ground floor (src/core/) imports nothing else from src/. */
export function coreViolations(graph: ImportGraph): string[] {
  return [...graph.keys()]
    .filter((f) => f.startsWith('src/core/'))
    .flatMap((f) => edges(graph, f).filter((e) => e.target?.startsWith('src/') && !e.target.startsWith('src/core/')).map((e) => `${f} → ${e.spec}`));
}

/** Rule: schemas import only the ground floor (and each other). */
export function schemaViolations(graph: ImportGraph): string[] {
  const allowed = (t: string) => t.startsWith('src/core/') || t.startsWith('src/schemas/');
  return [...graph.keys()]
    .filter((f) => f.startsWith('src/schemas/'))
    .flatMap((f) => edges(graph, f).filter((e) => e.target?.startsWith('src/') && !allowed(e.target)).map((e) => `${f} → ${e.spec}`));
}

/** Rule: no check imports the runner (the shared types live in check/context.ts). */
export function checkRunnerViolations(graph: ImportGraph): string[] {
  return [...graph.keys()]
    .filter((f) => f.startsWith('src/lib/check/') && f !== 'src/lib/check/run.ts')
    .flatMap((f) => edges(graph, f).filter((e) => e.target === 'src/lib/check/run.ts').map((e) => `${f} → ${e.spec}`));
}

/** Rule: src/lib never imports astro:* (Vitest and plain Node run it). */
export function astroInLibViolations(graph: ImportGraph): string[] {
  return [...graph.keys()]
    .filter((f) => f.startsWith('src/lib/') || f.startsWith('src/core/'))
    .flatMap((f) => (graph.get(f) ?? []).filter((s) => s.startsWith('astro:')).map((s) => `${f} → ${s}`));
}

/** Rule: browser code (islands and what they import from src/) never reaches a file that imports a Node-only module. */
export function islandNodeViolations(graph: ImportGraph): string[] {
  const offenders: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { spec, target } of edges(graph, file)) {
      if (NODE_ONLY.test(spec)) offenders.push([...chain, file, spec].join(' → '));
      else if (target && graph.has(target)) visit(target, [...chain, file]);
    }
  };
  for (const island of [...graph.keys()].filter((f) => f.startsWith('src/components/islands/'))) visit(island, []);
  return offenders;
}

/** Every import circle among the files of the graph, each as one chain (a → b → a). */
export function importCycles(graph: ImportGraph): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const { target } of edges(graph, file)) {
      if (!target || !graph.has(target)) continue;
      if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].join(' → '));
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

export const RULES = {
  'src/core imports nothing else from src/': coreViolations,
  'src/schemas imports only src/core': schemaViolations,
  'no check imports the runner (check/run.ts)': checkRunnerViolations,
  'src/lib and src/core never import astro:*': astroInLibViolations,
  'islands never reach a file that uses node:': islandNodeViolations,
  'no import circle': importCycles,
} as const satisfies Record<string, (graph: ImportGraph) => string[]>;

export const SOURCE_PATTERNS = ['src/**/*.ts', 'src/**/*.tsx', 'src/**/*.astro', 'scripts/**/*.ts'];
