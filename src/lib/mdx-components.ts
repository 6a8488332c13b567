/** The components editors may use in .mdx content (documented in docs/redactiehandleiding.md). */
export const ALLOWED_MDX_COMPONENTS = ['Callout', 'Quote', 'Figure', 'ZoDoenWijHet', 'Standaard'] as const;
export type AllowedMdxComponent = (typeof ALLOWED_MDX_COMPONENTS)[number];

/** One attribute of an MDX component, as `npm run check` validates it. */
export interface MdxPropSpec {
  required?: boolean;
  /** The only values allowed (e.g. Callout's type). */
  values?: readonly string[];
  /** "path": a file under public/ that must exist; "number": digits only. */
  kind?: 'text' | 'path' | 'number';
  minLength?: number;
}

export interface MdxComponentSpec {
  /** Wraps text (<Callout>…</Callout>) or stands alone (<Figure … />). */
  children: boolean;
  props: Record<string, MdxPropSpec>;
}

/**
 * The props of each component (mirrors the Props of src/components/ui/*.astro and
 * src/components/mdx/Standaard.astro). A wrong or missing prop fails `npm run check`
 * with file and line instead of failing the build.
 */
export const MDX_COMPONENT_SPECS: Record<AllowedMdxComponent, MdxComponentSpec> = {
  Callout: { children: true, props: { type: { values: ['info', 'let-op'] }, title: { minLength: 2 } } },
  Quote: { children: true, props: { name: { required: true, minLength: 2 }, role: { minLength: 2 } } },
  // WCAG 1.1.1: an image in content always has a text alternative.
  Figure: {
    children: false,
    props: {
      src: { required: true, kind: 'path' },
      alt: { required: true, minLength: 5 },
      caption: {},
      width: { kind: 'number' },
      height: { kind: 'number' },
    },
  },
  ZoDoenWijHet: { children: true, props: { school: { required: true, minLength: 2 } } },
  Standaard: { children: false, props: { code: { required: true }, editie: {} } },
};
