// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// The public address; canonical URLs, feeds and the sitemap use it.
export const SITE = process.env.KP_SITE ?? 'https://kennisplatform.onderwijsinspectie.nl';

export default defineConfig({
  site: SITE,
  // KP_OUT_DIR lets benchmarks build elsewhere without touching dist/.
  outDir: process.env.KP_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  integrations: [mdx(), react(), sitemap({ filter: (page) => !page.includes('/404') })],
  // No telemetry, no prefetch scripts, no dev toolbar: content pages ship no JavaScript.
  devToolbar: { enabled: false },
  prefetch: false,
  // Incremental builds (docs/incremental-builds in README): pages whose cacheKey (src/data/cache-keys.ts)
  // and code are unchanged are copied from the cache. KP_CACHE_DIR keeps benchmarks and tests apart.
  cacheDir: process.env.KP_CACHE_DIR ?? './node_modules/.astro',
  experimental: { incrementalBuild: true },
});
