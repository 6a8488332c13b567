import Callout from '../ui/Callout.astro';
import Figure from '../ui/Figure.astro';
import Quote from '../ui/Quote.astro';
import ZoDoenWijHet from '../ui/ZoDoenWijHet.astro';
import Standaard from './Standaard.astro';
import type { AllowedMdxComponent } from '../../lib/content/mdx-components.ts';

/** Components editors may use in MDX; the names are checked by npm run check (src/lib/content/mdx-components.ts). */
export const mdxComponents: Record<AllowedMdxComponent, unknown> = { Callout, Figure, Quote, ZoDoenWijHet, Standaard };
