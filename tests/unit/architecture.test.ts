/**
 * House rules that keep the code easy to walk: pure logic in src/lib never imports astro:*
 * (so Vitest and plain Node scripts can run it), and islands never import Node-only modules
 * (they run in the reader's browser).
 */
import { readFileSync, globSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
const NODE_ONLY = /^(node:|fs$|fs\/|path$|os$|child_process$|crypto$|url$|util$|stream$|module$|worker_threads$|http$|https$|net$|zlib$)/;

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

const files = (pattern: string) => globSync(pattern, { cwd: ROOT }).sort();

describe('architecture', () => {
  it('finds the files it guards (the globs are not empty)', () => {
    expect(files('src/lib/**/*.ts').length).toBeGreaterThan(20);
    expect(files('src/components/islands/**/*.{ts,tsx}').length).toBeGreaterThan(0);
  });

  it('src/lib/** never imports astro:*', () => {
    const offenders = files('src/lib/**/*.ts').flatMap((f) => importsOf(f).filter((i) => i.startsWith('astro:')).map((i) => `${f} → ${i}`));
    expect(offenders).toEqual([]);
  });

  it('islands never import Node-only modules, directly or through the modules they import from src/', () => {
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string, chain: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of importsOf(file)) {
        if (NODE_ONLY.test(spec)) offenders.push([...chain, file, spec].join(' → '));
        else if (spec.startsWith('.') && /\.(ts|tsx)$/.test(spec)) visit(join(file, '..', spec).split('\\').join('/'), [...chain, file]);
      }
    };
    for (const island of files('src/components/islands/**/*.{ts,tsx}')) visit(island, []);
    expect(offenders).toEqual([]);
  });

  it('the import scanner sees a forbidden import when there is one (the test can fail)', () => {
    const text = "import { readFileSync } from 'node:fs';\nconst x = await import('astro:content');";
    const found = [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2]);
    expect(found).toEqual(['node:fs', 'astro:content']);
  });
});
