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
 * The props of each component, written once: the checker and the build guard validate MDX
 * against it, and the components' own `Props` types are derived from it (`MdxProps<'Callout'>`).
 * A wrong or missing prop fails `npm run check` with file and line instead of failing the build.
 */
const SPECS = {
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
} as const satisfies Record<AllowedMdxComponent, MdxComponentSpec>;

/** The same specs, widened for code that reads any prop of any component. */
export const MDX_COMPONENT_SPECS: Record<AllowedMdxComponent, MdxComponentSpec> = SPECS;

type PropsSpec<C extends AllowedMdxComponent> = (typeof SPECS)[C]['props'];
/** The TypeScript value of one prop: its listed values, a number for `kind: 'number'`, else text. */
type PropValue<S> = S extends { values: readonly (infer V)[] } ? V : S extends { kind: 'number' } ? number : string;
type RequiredKeys<P> = { [K in keyof P]: P[K] extends { required: true } ? K : never }[keyof P];

/** A component's props as its spec defines them (required ones required, the rest optional). */
export type MdxProps<C extends AllowedMdxComponent> = { [K in RequiredKeys<PropsSpec<C>>]: PropValue<PropsSpec<C>[K]> } & {
  [K in Exclude<keyof PropsSpec<C>, RequiredKeys<PropsSpec<C>>>]?: PropValue<PropsSpec<C>[K]>;
};
