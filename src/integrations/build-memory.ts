/** Writes the build's peak memory into the cache folder when the build is done (src/lib/site/build-memory.ts says why). */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordBuildPeak } from '../lib/site/build-memory.ts';

export function buildMemoryIntegration(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'kennisplatform:build-memory',
    hooks: {
      'astro:config:done': ({ config }) => void (cacheDir = fileURLToPath(config.cacheDir)),
      'astro:build:done': ({ logger }) => logger.info(`piekgeheugen van de bouw: ${recordBuildPeak(cacheDir)} MiB`),
    },
  };
}
