/**
 * House rules that keep the layout readable (README, "Architecture"): a ground floor of value
 * parsers that imports nothing, schemas on top of it, checks that never import their runner,
 * islands that never reach Node-only code, and no import circles. Each rule is also run on a
 * copy of the real graph with one planted violation, so a rule that can no longer fail is caught.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsIn, readGraph, RULES, SOURCE_PATTERNS, type ImportGraph } from './import-graph.ts';

const ROOT = join(import.meta.dirname, '../../..');
const graph = readGraph(ROOT, SOURCE_PATTERNS);

/** The real graph with one more import added to one file. */
function planted(file: string, spec: string): ImportGraph {
  const copy = new Map([...graph].map(([f, specs]) => [f, [...specs]]));
  copy.set(file, [...(copy.get(file) ?? []), spec]);
  return copy;
}

const PLANTS: Record<keyof typeof RULES, [file: string, spec: string]> = {
  'src/core imports nothing else from src/': ['src/core/format.ts', '../lib/site/routes.ts'],
  'src/schemas imports only src/core': ['src/schemas/common.ts', '../lib/content/errors.ts'],
  'no check imports the runner (check/run.ts)': ['src/lib/check/unique.ts', './run.ts'],
  'src/lib and src/core never import astro:*': ['src/lib/catalog/items.ts', 'astro:content'],
  'islands never reach a file that uses node:': ['src/lib/feedback/code.ts', 'node:fs'],
  'no import circle': ['src/lib/content/errors.ts', '../check/run.ts'],
};

describe('architecture', () => {
  it('reads the files it guards (the globs are not empty)', () => {
    expect([...graph.keys()].filter((f) => f.startsWith('src/core/')).length).toBeGreaterThan(4);
    expect([...graph.keys()].filter((f) => f.startsWith('src/components/islands/')).length).toBeGreaterThan(4);
    expect([...graph.keys()].filter((f) => f.startsWith('src/lib/check/')).length).toBeGreaterThan(10);
  });

  for (const [rule, check] of Object.entries(RULES)) {
    it(rule, () => expect(check(graph)).toEqual([]));
    it(`${rule}: a planted violation is found`, () => {
      const [file, spec] = PLANTS[rule as keyof typeof RULES];
      expect(graph.has(file), `${file} still exists`).toBe(true);
      expect(check(planted(file, spec)).length).toBeGreaterThan(0);
    });
  }

  it('reads imports the way TypeScript does: static, type-only, re-exports and dynamic ones', () => {
    const text = "import type { A } from './a.ts';\nexport { b } from '../b.ts';\nconst c = await import('astro:content');\n// import x from 'not-this';";
    expect(importsIn(text, 'x.ts')).toEqual(['./a.ts', '../b.ts', 'astro:content']);
    expect(importsIn("---\nimport X from '../X.astro';\n---\n<p>import y from 'no'</p>\n<script>import './seek.ts';</script>", 'p.astro')).toEqual(['../X.astro', './seek.ts']);
  });
});
