/**
 * Renders a body as the site's build does, for the differential fuzz tests: `.md` through the
 * Markdown renderer Astro builds from the `markdown.processor` in astro.config.mjs (the very
 * plugins, features and options of the build); `.mdx` through Sätteri with the same plugins and
 * features, run with React instead of Astro's JSX runtime, and stand-ins for the five components
 * that write their props the way the real ones do (src/components/ui, src/components/mdx).
 */
import { createElement, type ComponentType, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { evaluate, type EvaluateOptions } from 'satteri';
import config from '../../astro.config.mjs';
import { unsafeBodyProblems } from '../../src/lib/body/index.ts';
import { presentationHastPlugins } from '../../src/lib/body/build-plugin.ts';
import type { BodyFormat } from '../../src/lib/body/parse.ts';
import { isLocalPath } from '../../src/core/safe-href.ts';

type Processor = {
  options: { mdastPlugins: never[]; hastPlugins: never[]; features: Record<string, unknown> };
  createRenderer: (shared: object) => Promise<{ render: (text: string, options: object) => Promise<{ code: string }> }>;
};
const { processor, ...shared } = config.markdown as unknown as { processor: Processor };
const markdownRenderer = processor.createRenderer(shared);
/** The same renderer without the guards: raw HTML copied as typed, as Astro does by default. */
const verbatimRenderer = createSatteriMarkdownProcessor({ ...shared, features: processor.options.features, hastPlugins: presentationHastPlugins });

type Props = { children?: ReactNode } & Record<string, string | undefined>;
const COMPONENTS = {
  Callout: ({ title, children }: Props) => createElement('aside', { className: 'kp-callout', 'aria-label': title ?? 'Informatie' }, title ? createElement('p', null, title) : null, children),
  Quote: ({ name, role, children }: Props) => createElement('figure', null, createElement('blockquote', null, children), createElement('figcaption', null, name, role ? `, ${role}` : null)),
  ZoDoenWijHet: ({ school, children }: Props) => createElement('aside', { 'aria-label': `Zo doen wij het: ${school}` }, children),
  Figure: ({ src = '', alt, caption }: Props) => {
    if (!isLocalPath(src)) throw new Error(`<Figure src="${src}">: alleen afbeeldingen van deze site`);
    return createElement('figure', null, createElement('img', { src, alt, loading: 'lazy', decoding: 'async' }), caption ? createElement('figcaption', null, caption) : null);
  },
  // React (not Astro) would add a <link rel="preload"> for every eager image; lazy ones it leaves alone.
  img: (props: Props) => createElement('img', { ...props, loading: 'lazy' }),
  Standaard: ({ code }: Props) => createElement('a', { href: `/onderzoekskader/2021/${String(code).toLowerCase()}/` }, createElement('abbr', { title: 'Standaard' }, code)),
};

/** What `npm run check` and the build's guard say about the body: accepted when empty. */
export const verdict = (text: string, format: BodyFormat) => unsafeBodyProblems(text, format);

/** The HTML the build writes for a body (the build refuses, and this throws, when the body is refused). */
export async function renderAsBuilt(text: string, format: BodyFormat): Promise<string> {
  if (format === 'markdown') return (await (await markdownRenderer).render(text, {})).code;
  const { mdastPlugins, hastPlugins, features } = processor.options;
  const react = runtime as unknown as Pick<EvaluateOptions, 'jsx' | 'jsxs' | 'Fragment'>;
  const { default: Content } = (await evaluate(text, { ...react, mdastPlugins, hastPlugins, features })) as { default: ComponentType<{ components: object }> };
  return renderToStaticMarkup(createElement(Content, { components: COMPONENTS }));
}

/** What a build without the guards would write for a Markdown body: raw HTML copied as typed. */
export async function renderVerbatim(text: string): Promise<string> {
  return (await (await verbatimRenderer).render(text, {})).code;
}
