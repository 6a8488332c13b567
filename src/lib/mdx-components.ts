/** The components editors may use in .mdx content (documented in docs/redactiehandleiding.md). */
export const ALLOWED_MDX_COMPONENTS = ['Callout', 'Quote', 'Figure', 'ZoDoenWijHet', 'Standaard'] as const;
export type AllowedMdxComponent = (typeof ALLOWED_MDX_COMPONENTS)[number];
