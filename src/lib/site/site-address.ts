/**
 * The site's own public address. Until the Inspectorate sets its production address (KP_SITE at
 * build time), the site uses a neutral example address: example is reserved for exactly this
 * (RFC 2606), so no page, feed, calendar or QR code borrows a host that belongs to someone else.
 * Real public pages of the Inspectorate (www.onderwijsinspectie.nl) are cited as sources; that is
 * not the site's own address.
 */
export const NEUTRAL_SITE = 'https://kennisplatform.example';

export interface SiteAddress {
  /** The origin without a trailing slash, as Astro's `site` takes it. */
  url: string;
  /** False while the neutral example address stands in. */
  configured: boolean;
}

/** The address from the environment (KP_SITE), or the neutral one. Refuses what is not an http(s) origin. */
export function siteAddress(env: Readonly<Record<string, string | undefined>>): SiteAddress {
  const raw = env.KP_SITE?.trim();
  if (!raw) return { url: NEUTRAL_SITE, configured: false };
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`KP_SITE "${raw}" is geen webadres. Schrijf het adres van de site, zoals https://kennisplatform.voorbeeld.nl`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`KP_SITE "${raw}" moet met https:// beginnen`);
  return { url: parsed.origin, configured: !isNeutralSite(parsed) };
}

/** Is this (a page on) the neutral stand-in address? Then nothing may be printed as if it were the real one. */
export function isNeutralSite(url: URL | string): boolean {
  return new URL(url).host === new URL(NEUTRAL_SITE).host;
}

/** One line for the build log when the production address is not set. */
export const UNSET_SITE_WARNING =
  `KP_SITE is niet ingesteld: de site gebruikt het voorbeeldadres ${NEUTRAL_SITE}. ` +
  'Zet KP_SITE op het echte adres voor een productiebouw; tot dan hebben de bezoekkits geen QR-codes.';
