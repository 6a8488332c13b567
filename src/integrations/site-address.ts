/** Says in the build log when the production address (KP_SITE) is not set, so a neutral build never goes live unnoticed. */
import type { AstroIntegration } from 'astro';
import { UNSET_SITE_WARNING, type SiteAddress } from '../lib/site/site-address.ts';

export function siteAddressIntegration(address: SiteAddress): AstroIntegration {
  return {
    name: 'kennisplatform:site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!address.configured) logger.warn(UNSET_SITE_WARNING);
      },
    },
  };
}
