/**
 * Before `astro build` starts, every .md/.mdx body under the content folder goes through the
 * same analyser as `npm run check`. Astro's content loader only logs a Markdown file it cannot
 * render and builds on; this makes anything unsafe stop the build instead. (The Markdown
 * processor guard in astro.config.mjs still protects `npm run dev` and MDX at compile time.)
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatProblem } from '../lib/content/errors.ts';
import { formatOfFile, unsafeBodyProblems } from '../lib/body/index.ts';
import { UnsafeBodyError } from '../lib/body/build-plugin.ts';

/** Every problem of every body file, as `file:line  (tekst)  message` lines. Files and folders starting with _ are ignored, as Astro does. */
export function unsafeBodiesIn(contentDir: string): string[] {
  const lines: string[] = [];
  for (const rel of globSync('**/*.{md,mdx}', { cwd: contentDir }).sort()) {
    if (rel.split(/[\\/]/).some((part) => part.startsWith('_'))) continue;
    const file = join(contentDir, rel);
    const name = relative(process.cwd(), file);
    for (const p of unsafeBodyProblems(readFileSync(file, 'utf8'), formatOfFile(rel))) {
      lines.push(formatProblem({ file: name, line: p.line, field: '(tekst)', message: p.message, allowed: p.allowed, severity: 'error' }));
    }
  }
  return lines;
}

export function safeBodiesIntegration(contentDir: string): AstroIntegration {
  return {
    name: 'kennisplatform:safe-bodies',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const problems = unsafeBodiesIn(contentDir);
        if (problems.length) throw new UnsafeBodyError(problems);
      },
    },
  };
}
