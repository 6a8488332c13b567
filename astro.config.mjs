// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { isPreview, previewModeIntegration } from './src/integrations/preview-mode.ts';
import { publishedMediaIntegration } from './src/integrations/published-media.ts';
import { safeBodiesIntegration } from './src/integrations/safe-bodies.ts';
import { safeBodies, safeHtml } from './src/lib/body/build-plugin.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { oneReaderIntegration } from './src/integrations/one-reader.ts';

// The public address; canonical URLs, feeds and the sitemap use it.
export const SITE = process.env.KP_SITE ?? 'https://kennisplatform.onderwijsinspectie.nl';
// The same folder src/content.config.ts loads (KP_CONTENT_DIR: fixtures, benchmarks).
const CONTENT_DIR = process.env.KP_CONTENT_DIR ?? './content';

const readText = (/** @type {string} */ file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

export default defineConfig({
  site: SITE,
  // KP_OUT_DIR lets benchmarks build elsewhere without touching dist/.
  outDir: process.env.KP_OUT_DIR ?? './dist',
  // KP_PUBLIC_DIR: fixture builds bring their own media (tests/unit/build/build-guards.test.ts).
  publicDir: process.env.KP_PUBLIC_DIR ?? './public',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // Astro's own processor (Sätteri) for .md and .mdx (mdx() inherits it), with the guard that refuses
  // raw HTML, code and unsafe links in bodies: the same analyser as npm run check (src/lib/body).
  // Under astro dev (isPreview) the page shows the problems instead of the body.
  markdown: { processor: satteri({ mdastPlugins: [safeBodies(readText, isPreview)], hastPlugins: [safeHtml] }) },
  integrations: [
    // contentCheck: the build refuses what npm run check refuses (same checker, same verdict).
    contentCheck(),
    safeBodiesIntegration(CONTENT_DIR),
    previewModeIntegration(),
    // Before mdx(): MDX entries get their frontmatter from our reader, not from js-yaml.
    oneReaderIntegration(CONTENT_DIR),
    mdx(),
    react(),
    sitemap({ filter: (page) => !page.includes('/404') }),
    // Last, after every page and feed is written: media nobody built links to are removed.
    publishedMediaIntegration(),
  ],
  // No telemetry, no prefetch scripts, no dev toolbar: content pages ship no JavaScript.
  devToolbar: { enabled: false },
  prefetch: false,
  // Incremental builds (docs/incremental-builds in README): pages whose cacheKey (src/data/cache-keys.ts)
  // and code are unchanged are copied from the cache. KP_CACHE_DIR keeps benchmarks and tests apart.
  cacheDir: process.env.KP_CACHE_DIR ?? './node_modules/.astro',
  experimental: { incrementalBuild: true },
});
