/**
 * The only URLs a page may put in href/src: web addresses (https/http), e-mail (mailto), phone
 * numbers (tel, which the build makes of numbers in bodies: src/lib/body/phone-links.ts) and
 * links within the site (relative, /path, #anchor, ?query). Everything else with a scheme
 * (javascript:, data:, vbscript:, file:, ...) is refused, also when written with entities,
 * mixed case, or with spaces and control characters that browsers skip.
 */
const ALLOWED_SCHEMES = new Set(['https', 'http', 'mailto', 'tel']);

/** Browsers drop these before reading a scheme: ASCII whitespace and C0 controls (WHATWG URL). */
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f\u200b-\u200d\ufeff]/g;

const NAMED_ENTITIES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', amp: '&', lpar: '(', rpar: ')', period: '.' };

/** Decodes character references (&#106;, &#x6A;, &colon;) the way an HTML attribute would; invalid ones become U+FFFD. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));?/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** The scheme a browser would see (lower case, without the colon), or undefined for a link within the site. */
export function urlScheme(url: string): string | undefined {
  let plain = url;
  // Entities may be nested (&amp;#106;); a few rounds settle every real case.
  for (let i = 0; i < 3; i++) {
    const next = decodeEntities(plain);
    if (next === plain) break;
    plain = next;
  }
  plain = plain.replace(IGNORED_BY_BROWSERS, '');
  const m = /^([^/?#]*?):/.exec(plain);
  return m ? m[1]!.toLowerCase() : undefined;
}

export function isSafeHref(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme);
}

/** The URL itself when it is safe to render; otherwise undefined, so the page leaves the link out. */
export function safeHref(url: string | undefined | null): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  return isSafeHref(url) ? url : undefined;
}

/** A path on this site (/images/x.png): no scheme, no other host (//host or /\host). */
export function isLocalPath(url: string): boolean {
  return url.startsWith('/') && !/^\/[/\\]/.test(url) && urlScheme(url) === undefined;
}

/** For a frame loaded on request (an external recording): https only, never a page of this site or mail. */
export function safeEmbedUrl(url: string | undefined | null): string | undefined {
  return typeof url === 'string' && urlScheme(url) === 'https' && /^https:\/\//i.test(url.trim()) ? url.trim() : undefined;
}
