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
import { bodyHastPlugins, safeBodies } from './src/lib/body/build-plugin.ts';
import { BODY_FEATURES } from './src/lib/body/parse.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { codeChangeIntegration } from './src/integrations/code-change.ts';
import { cmsAdminIntegration } from './src/integrations/cms-admin.ts';
import { imageOriginalsIntegration } from './src/integrations/image-originals.ts';
import { securityHeadersIntegration } from './src/integrations/security-headers.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/site/security-policy.ts';
import { siteAddressIntegration } from './src/integrations/site-address.ts';
import { dutchFootnotesIntegration } from './src/integrations/footnotes.ts';
import { siteAddress } from './src/lib/site/site-address.ts';
import { oneReaderIntegration } from './src/integrations/one-reader.ts';
import { buildMemoryIntegration } from './src/integrations/build-memory.ts';

// The public address (KP_SITE); canonical URLs, feeds, the sitemap and QR codes use it. Unset: a
// neutral example address and a warning in the build log (src/lib/site/site-address.ts).
const ADDRESS = siteAddress(process.env);
export const SITE = ADDRESS.url;
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
  // A strict Content-Security-Policy in a meta element on every page (GitHub Pages sends no headers):
  // scripts and styles from this site plus the hashes of what Astro inlines, never 'unsafe-inline'.
  // The policy lives in src/lib/site/security-policy.ts; BaseLayout adds per-route extras, and
  // dist/_headers (securityHeadersIntegration) is derived from the built pages.
  security: {
    csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: [...SCRIPT_SOURCES] }, styleDirective: { resources: [...STYLE_SOURCES] } },
  },
  // Astro's own processor (Sätteri) for .md and .mdx (mdx() inherits it), with the guard that refuses
  // raw HTML, code and unsafe links in bodies: the same reading as npm run check (src/lib/body), and
  // the same features, so both see one tree. No syntax highlighting: Shiki's inline styles would be
  // HTML the checker never sees (and a strict CSP refuses).
  // Under astro dev (isPreview) the page shows the problems instead of the body.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ features: BODY_FEATURES, mdastPlugins: [safeBodies(readText, isPreview)], hastPlugins: bodyHastPlugins(readText) }),
  },
  integrations: [
    // First: a build cache filled by other code is emptied before Astro reads it (a changed body reader re-renders every entry).
    codeChangeIntegration(),
    // contentCheck: the build refuses what npm run check refuses (same checker, same verdict).
    contentCheck(),
    siteAddressIntegration(ADDRESS),
    dutchFootnotesIntegration(),
    safeBodiesIntegration(CONTENT_DIR),
    previewModeIntegration(),
    // Before mdx(): MDX entries get their frontmatter from our reader, not from js-yaml.
    oneReaderIntegration(CONTENT_DIR),
    mdx(),
    react(),
    sitemap({ filter: (page) => !page.includes('/404') }),
    // The editors' CMS at /admin/, self-hosted (no request to another host), never in the sitemap or search.
    cmsAdminIntegration(),
    // Photos: only the resized copies are published, not the phone original Astro also writes out.
    imageOriginalsIntegration(),
    // Last, after every page and feed is written: media nobody built links to are removed.
    publishedMediaIntegration(),
    // Then the pages are final: every one must carry a CSP, and dist/_headers is derived from them.
    securityHeadersIntegration(),
    // The build's peak memory, the ceiling for the search index step (scripts/search/index-parts.ts).
    buildMemoryIntegration(),
  ],
  // No telemetry, no prefetch scripts, no dev toolbar: content pages ship no JavaScript.
  devToolbar: { enabled: false },
  prefetch: false,
  // Incremental builds (docs/incremental-builds in README): pages whose cacheKey (src/data/cache-keys.ts)
  // and code are unchanged are copied from the cache. KP_CACHE_DIR keeps benchmarks and tests apart.
  cacheDir: process.env.KP_CACHE_DIR ?? './node_modules/.astro',
  experimental: { incrementalBuild: true },
});
