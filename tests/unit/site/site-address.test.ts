import { describe, expect, it } from 'vitest';
import { isNeutralSite, NEUTRAL_SITE, siteAddress } from '../../../src/lib/site/site-address.ts';
import { siteAddressIntegration } from '../../../src/integrations/site-address.ts';

describe('siteAddress', () => {
  it('uses the neutral example address until KP_SITE is set', () => {
    expect(siteAddress({})).toEqual({ url: 'https://kennisplatform.example', configured: false });
    expect(siteAddress({ KP_SITE: '  ' })).toEqual({ url: NEUTRAL_SITE, configured: false });
    expect(new URL(NEUTRAL_SITE).host.endsWith('.example')).toBe(true);
  });

  it('takes the origin of KP_SITE and refuses what is not a web address', () => {
    expect(siteAddress({ KP_SITE: 'https://kennis.voorbeeld.nl/pad/' })).toEqual({ url: 'https://kennis.voorbeeld.nl', configured: true });
    expect(() => siteAddress({ KP_SITE: 'kennis.voorbeeld.nl' })).toThrow('KP_SITE "kennis.voorbeeld.nl" is geen webadres');
    expect(() => siteAddress({ KP_SITE: 'ftp://kennis.voorbeeld.nl' })).toThrow('moet met https:// beginnen');
  });

  it('knows a page on the neutral address', () => {
    expect(isNeutralSite('https://kennisplatform.example/themas/')).toBe(true);
    expect(isNeutralSite(new URL('https://kennis.voorbeeld.nl/'))).toBe(false);
  });
});

describe('the build warns when the production address is unset', () => {
  const warnings = (configured: boolean) => {
    const said: string[] = [];
    const hook = siteAddressIntegration({ url: NEUTRAL_SITE, configured }).hooks['astro:build:start']!;
    (hook as (o: unknown) => void)({ logger: { warn: (m: string) => said.push(m) } });
    return said;
  };
  it('says so once, in Dutch, naming KP_SITE', () => {
    expect(warnings(false)).toEqual([expect.stringMatching(/^KP_SITE is niet ingesteld: de site gebruikt het voorbeeldadres https:\/\/kennisplatform\.example\./)]);
    expect(warnings(true)).toEqual([]);
  });
});
