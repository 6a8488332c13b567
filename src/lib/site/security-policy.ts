/**
 * The site's security policy, written once. Astro's `security.csp` (astro.config.mjs) puts it in a
 * `<meta http-equiv="content-security-policy">` on every page, with the hashes of the scripts and
 * styles Astro itself inlines; BaseLayout adds the per-route extras below; after the build,
 * src/integrations/security-headers.ts reads the pages' policies back and writes `dist/_headers`
 * for hosts that send headers (GitHub Pages does not; README, "Content-Security-Policy and security headers").
 */

/**
 * Everything not named is refused: no plugins, fonts or images from elsewhere, and no frames
 * (default-src 'none'; a webinar page adds its external recording's origin, see frameSource).
 */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self'",
  "media-src 'self'",
  // Pagefind's index, scholen.json and woorden.json.
  "connect-src 'self'",
  // Workers from the site only (Pagefind's, when a page loads it with its worker).
  "worker-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  // The only forms are the search box (GET /zoeken/) and the islands' own forms.
  "form-action 'self'",
] as const;

/** Scripts and styles: files from this site, plus the hashes Astro adds for what it inlines. Never 'unsafe-inline'. */
export const SCRIPT_SOURCES = ["'self'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/**
 * Extra script sources for some routes only (site path prefix → sources). Pagefind compiles its
 * WebAssembly in the search page (src/lib/search/engine.ts), so only that page may compile it.
 */
export const ROUTE_SCRIPT_SOURCES: readonly { prefix: string; sources: readonly string[] }[] = [{ prefix: '/zoeken/', sources: ["'wasm-unsafe-eval'"] }];

export function routeScriptSources(pathname: string): string[] {
  return ROUTE_SCRIPT_SOURCES.filter((r) => pathname.startsWith(r.prefix)).flatMap((r) => r.sources);
}

/**
 * The frame-src for a page that embeds a recording hosted elsewhere (a webinar's externalRecording,
 * framed only after the reader clicks): that origin only, on that page only.
 */
export function frameSource(url: string): `frame-src ${string}` | undefined {
  const parsed = URL.parse(url);
  if (!parsed) return undefined;
  const { origin, protocol } = parsed;
  // An origin is one CSP token: https, a DNS host name and maybe a port. Anything else (a `;` or `,`
  // is a valid URL host but no DNS name) is not allowed, so the frame stays blocked: fail closed.
  return protocol === 'https:' && /^https:\/\/[a-z0-9_.-]+(:\d+)?$/.test(origin) ? `frame-src ${origin}` : undefined;
}

/** Browsers ignore these in a meta policy; they only work as a response header. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * The parts of the pages' policy a host repeats in its CSP header. One header reaches every file,
 * so only what is safe for any file goes there: scripts (an SVG or XML file opened on its own cannot
 * run inline script either), base-uri and form-action. default-src, object-src and style-src stay
 * in each page's meta element (browsers enforce meta and header together): on a PDF they break
 * Chrome's viewer (crbug.com/271452), and the style hashes would pass Cloudflare's limit of 2,000
 * characters per `_headers` line.
 */
export const HEADER_CSP_DIRECTIVES = ['script-src', 'script-src-elem', 'script-src-attr', 'base-uri', 'form-action'] as const;

/** Sent as a header and, since browsers read it there too, as `<meta name="referrer">` on every page. */
export const REFERRER_POLICY = 'same-origin';

/** The headers besides the CSP, for hosts that send headers (dist/_headers). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // One year; no `preload`: that is a decision for the whole onderwijsinspectie.nl domain.
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': REFERRER_POLICY,
  // Nothing on the site uses these; video may go full screen and picture-in-picture.
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(self), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(self), publickey-credentials-get=(), screen-wake-lock=(), usb=(), xr-spatial-tracking=()',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
};
