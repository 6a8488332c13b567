/**
 * Runs `npm run check`'s checker inside `astro build`, so a build can never publish content the
 * checker refuses (a reference to an item that appears later, a broken link, a missing media file,
 * an unsafe body): checker and build give the same verdict by construction (src/lib/check/verdict.ts),
 * print the same lines and exit with the same code. Not in `astro dev`: editors preview unfinished
 * work there (src/lib/body/build-plugin.ts shows them what is wrong in the page).
 */
import type { AstroIntegration } from 'astro';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/check/run.ts';
import { verdictOf, verdictSummary } from '../lib/check/verdict.ts';
import { contentDirFromEnv, nowFromEnv } from '../lib/content/loader.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'kennisplatform-content-check',
    hooks: {
      // config:setup runs before Astro reads the content, so editors get the checker's Dutch lines first.
      'astro:config:setup': async ({ command, config, logger }) => {
        // KP_BUILD_CHECK=0 only for tests: they prove Astro's own reading refuses the same files.
        if (command !== 'build' || process.env.KP_BUILD_CHECK === '0') return;
        const started = performance.now();
        const root = dirname(resolve(contentDirFromEnv()));
        // The same 'today' as the pages (src/data/content.ts BUILD_TIME) and npm run check: KP_NOW in tests and benchmarks.
        // Each file's own results come from the build cache while the file and the checker are unchanged (file-cache.ts).
        const { problems, files } = await checkContent({ root, now: nowFromEnv(), cacheDir: fileURLToPath(config.cacheDir) });
        const verdict = verdictOf(problems);
        // `npm run build` has no separate check step: the lines go out exactly as npm run check prints
        // them (no logger prefix), warnings included, so an editor finds the same text in both.
        for (const line of verdict.lines) process.stderr.write(`${line}\n`);
        const summary = verdictSummary(verdict, files, Math.round(performance.now() - started));
        if (verdict.ok) {
          logger.info(summary);
          return;
        }
        process.stderr.write(`\n${summary}\n`);
        // Exit like npm run check instead of throwing: Astro would wrap a thrown error in an English
        // "unhandled error" banner and a stack trace of this file, which tell an editor nothing.
        // Nothing has been read or written yet at config:setup.
        process.exit(1);
      },
    },
  };
}
