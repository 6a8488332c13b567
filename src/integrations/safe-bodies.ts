/**
 * Before `astro build` starts, every .md/.mdx body under the content folder goes through the
 * same analyser as `npm run check`. Astro's content loader only logs a Markdown file it cannot
 * render and builds on; this makes anything unsafe stop the build instead. (The Markdown
 * processor guard in astro.config.mjs still protects `npm run dev` and MDX at compile time.)
 * The checker runs first in a build (content-check.ts) and refuses the same bodies; this is the
 * guard that holds when it is switched off (KP_BUILD_CHECK=0).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatProblem } from '../lib/content/errors.ts';
import { formatOfFile, unsafeBodyProblems } from '../lib/body/index.ts';
import { UnsafeBodyError } from '../lib/body/build-plugin.ts';
import { placeFolder, readContentTree } from '../lib/content/content-tree.ts';
import type { FileCache } from '../lib/site/file-cache.ts';
import { cachedBodyReader, openCheckCache } from '../lib/check/per-file.ts';
import { fileURLToPath } from 'node:url';

/**
 * Every problem of every body file, as `content/x/y.md:line  (tekst)  message` lines: the files the checker reads, named as it names them.
 * `cache`: the checker's (src/lib/site/file-cache.ts), so a body it read in this build or an earlier one with the same code is not read again.
 */
export function unsafeBodiesIn(contentDir: string, cache?: FileCache): string[] {
  const root = dirname(resolve(contentDir));
  const lines: string[] = [];
  const readBody = cache && cachedBodyReader(cache, root);
  for (const [place, files] of readContentTree(contentDir, root).files) {
    for (const rel of files.filter((f) => /\.mdx?$/.test(f))) {
      const file = `content/${placeFolder(place)}/${rel}`;
      const abs = join(contentDir, placeFolder(place), rel);
      const text = readFileSync(abs, 'utf8');
      for (const p of unsafeBodyProblems(text, formatOfFile(rel), readBody?.(file, text))) {
        lines.push(formatProblem({ file, line: p.line, field: '(tekst)', message: p.message, allowed: p.allowed, severity: 'error' }));
      }
    }
  }
  return lines;
}

export function safeBodiesIntegration(contentDir: string): AstroIntegration {
  return {
    name: 'kennisplatform:safe-bodies',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        if (command !== 'build') return;
        const cache = await openCheckCache(fileURLToPath(config.cacheDir));
        const problems = unsafeBodiesIn(contentDir, cache);
        cache.save();
        if (problems.length) throw new UnsafeBodyError(problems);
      },
    },
  };
}
