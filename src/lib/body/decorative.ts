/**
 * An image in a body always says what it shows (WCAG 1.1.1): `![](/images/x.png)` is refused by the
 * checker and the build. An image that is only decoration says so: `![decoratief](/images/rand.png)`
 * is published with alt="" and role="presentation", so screen readers skip it.
 */
import type { HastPluginDefinition } from 'satteri';

export const DECORATIVE_ALT = 'decoratief';

export function isDecorativeAlt(alt: string): boolean {
  return alt.trim().toLowerCase() === DECORATIVE_ALT;
}

/** Hast plugin for the build (astro.config.mjs): the word becomes an empty alt text. */
export const decorativeImages: HastPluginDefinition = {
  name: 'kennisplatform-decorative-images',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      const alt = node.properties.alt;
      if (typeof alt !== 'string' || !isDecorativeAlt(alt)) return;
      ctx.setProperty(node, 'alt', '');
      ctx.setProperty(node, 'role', 'presentation');
    },
  },
};
