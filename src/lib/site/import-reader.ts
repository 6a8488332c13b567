/**
 * The import specifiers of a source file, read with TypeScript's own pre-processor (not a regular
 * expression): static, type-only, re-exports and dynamic imports with a literal specifier. One
 * reader for the architecture test (tests/unit/architecture/import-graph.ts) and the checker's cache
 * key (src/lib/check/code-digest.ts).
 */
import ts from 'typescript';

/** The import specifiers of a TS/TSX file, or of an .astro file's frontmatter and scripts. */
export function importsIn(text: string, file: string): string[] {
  const code = file.endsWith('.astro') ? astroCode(text) : text;
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

/** An .astro file's frontmatter plus its <script> bodies: the parts that import. */
function astroCode(text: string): string {
  const front = text.startsWith('---') ? text.slice(3, text.indexOf('\n---', 3)) : '';
  const scripts = text.split('<script').slice(1).map((s) => s.slice(s.indexOf('>') + 1, s.indexOf('</script>')));
  return [front, ...scripts].join('\n');
}
