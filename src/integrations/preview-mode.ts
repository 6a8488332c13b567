/**
 * Drafts and scheduled items are shown by `astro dev` only. Astro's import.meta.env.DEV follows
 * the environment (NODE_ENV=test or DEV=1 on a build machine make it true during `astro build`),
 * so the build would publish drafts; this flag follows the command that runs instead.
 */
import type { AstroIntegration } from 'astro';

let preview = false;

/** True in the process that runs `astro dev`, for code that runs at build time (the Markdown guard in astro.config.mjs). */
export const isPreview = (): boolean => preview;

export function previewModeIntegration(): AstroIntegration {
  return {
    name: 'kennisplatform:preview-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        preview = command === 'dev';
        updateConfig({ vite: { define: { 'import.meta.env.KP_PREVIEW': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
