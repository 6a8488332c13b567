/**
 * Footnotes in Dutch. Supervision pages cite a source per fact as a footnote; Sätteri's defaults
 * are English ("Footnotes", "Back to reference 1"). Set through the processor's options, as
 * @astrojs/markdown-satteri allows integrations to, so .md and .mdx both get them.
 */
import type { AstroIntegration } from 'astro';
import { t } from '../i18n/t.ts';

interface SatteriOptions {
  options?: { features?: Record<string, unknown> };
}

export function dutchFootnotesIntegration(): AstroIntegration {
  return {
    name: 'kennisplatform:dutch-footnotes',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = (config.markdown as { processor?: SatteriOptions }).processor;
        if (!processor?.options?.features) return;
        processor.options.features.gfm = { footnotes: { label: t('footnotes.label'), backLabel: t('footnotes.back', { reference: '{reference}' }) } };
      },
    },
  };
}
