// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';

// The public address; canonical URLs, feeds and the sitemap use it.
export const SITE = process.env.KP_SITE ?? 'https://kennisplatform.onderwijsinspectie.nl';

export default defineConfig({
  site: SITE,
  // KP_OUT_DIR lets benchmarks build elsewhere without touching dist/.
  outDir: process.env.KP_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // contentCheck: the build refuses what npm run check refuses (same checker, same verdict).
  integrations: [contentCheck(), mdx(), react(), sitemap({ filter: (page) => !page.includes('/404') })],
  // No telemetry, no prefetch scripts, no dev toolbar: content pages ship no JavaScript.
  devToolbar: { enabled: false },
  prefetch: false,
});
