/// <reference types="astro/client" />
// Plain `tsc` does not know .astro modules (the Astro language server does); typed loosely here.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

interface ImportMetaEnv {
  /** True under `astro dev` only (src/integrations/preview-mode.ts): drafts and scheduled items are shown. */
  readonly KP_PREVIEW: boolean;
}
