/**
 * Runs `npm run check`'s checker inside `astro build`, so a build can never publish content the
 * checker refuses (a reference to an item that appears later, a broken link, a missing media file):
 * checker and build give the same verdict by construction. Not in `astro dev`: editors preview
 * unfinished work there.
 */
import type { AstroIntegration } from 'astro';
import { dirname, resolve } from 'node:path';
import { plural } from '../i18n/t.ts';
import { checkContent } from '../lib/check/run.ts';
import { formatProblem } from '../lib/content/errors.ts';
import { contentDirFromEnv } from '../lib/content/loader.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'kennisplatform-content-check',
    hooks: {
      // config:setup runs before Astro reads the content, so editors get the checker's Dutch lines first.
      'astro:config:setup': async ({ command, logger }) => {
        // KP_BUILD_CHECK=0 only for tests/unit/check/check-build-agree.test.ts: it proves Astro's own reading refuses the same files.
        if (command !== 'build' || process.env.KP_BUILD_CHECK === '0') return;
        const root = dirname(resolve(contentDirFromEnv()));
        // The same 'today' as the pages (src/data/content.ts BUILD_TIME): KP_NOW in tests and benchmarks.
        const now = process.env.KP_NOW ? new Date(process.env.KP_NOW) : new Date();
        const { problems } = await checkContent({ root, now });
        const errors = problems.filter((p) => p.severity === 'error');
        // `npm run build` has no separate check step, so warnings are shown here too.
        for (const p of problems.filter((x) => x.severity === 'warning')) logger.warn(formatProblem(p));
        if (!errors.length) return;
        for (const p of errors) logger.error(formatProblem(p));
        throw new Error(`${plural('check.errors', errors.length)} in de inhoud; de site wordt niet gebouwd. Zie npm run check.`);
      },
    },
  };
}
