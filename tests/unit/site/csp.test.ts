import { describe, expect, it } from 'vitest';
import { effectiveSources, envelope, formatCsp, parseCsp } from '../../../src/lib/site/csp.ts';
import { headPolicies } from '../../../src/lib/site/csp-meta.ts';
import { frameSource, routeScriptSources } from '../../../src/lib/site/security-policy.ts';

const HASH_A = "'sha256-AAAA'";
const HASH_B = "'sha256-BBBB'";

describe('parseCsp / formatCsp', () => {
  it('reads directives and sources; the first of a repeated directive wins, as in browsers', () => {
    const policy = parseCsp("  Default-Src 'none' ;script-src 'self'  'sha256-x';; script-src *; base-uri 'self'");
    expect([...policy]).toEqual([
      ['default-src', ["'none'"]],
      ['script-src', ["'self'", "'sha256-x'"]],
      ['base-uri', ["'self'"]],
    ]);
    expect(formatCsp(policy)).toBe("default-src 'none'; script-src 'self' 'sha256-x'; base-uri 'self'");
  });

  it('finds the sources that govern a directive through the fallback chain', () => {
    const policy = parseCsp("default-src 'none'; script-src 'self'; child-src 'self' https://a.example");
    expect(effectiveSources(policy, 'script-src-elem')).toEqual(["'self'"]);
    expect(effectiveSources(policy, 'img-src')).toEqual(["'none'"]);
    expect(effectiveSources(policy, 'frame-src')).toEqual(["'self'", 'https://a.example']);
    expect(effectiveSources(policy, 'worker-src')).toEqual(["'self'", 'https://a.example']);
    // Navigation directives do not fall back to default-src.
    expect(effectiveSources(policy, 'form-action')).toBeUndefined();
  });
});

describe('envelope (one header policy for many pages)', () => {
  const pages = [
    parseCsp(`default-src 'none'; img-src 'self'; script-src 'self' ${HASH_B}; base-uri 'self'`),
    parseCsp(`default-src 'none'; img-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${HASH_A}; base-uri 'self'; frame-src https://video.example`),
  ];

  it('allows what any page allows, hashes sorted, whatever the page order', () => {
    const expected = `default-src 'none'; img-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${HASH_A} ${HASH_B}; base-uri 'self'; frame-src https://video.example`;
    expect(formatCsp(envelope(pages))).toBe(expected);
    expect(formatCsp(envelope([...pages].reverse()))).toBe(expected);
  });

  it("drops 'none' when another page allows something (a page without frame-src falls back to default-src)", () => {
    expect(envelope(pages).get('frame-src')).toEqual(['https://video.example']);
  });

  it('leaves a directive out when one page does not restrict it at all', () => {
    const open = parseCsp("script-src 'self'");
    expect(envelope([...pages, open]).has('base-uri')).toBe(false);
    expect(envelope([...pages, open]).has('default-src')).toBe(false);
  });

  it("keeps 'unsafe-inline' working for a page that relies on it: no hashes beside it", () => {
    const loose = parseCsp("default-src 'none'; img-src 'self'; script-src 'self' 'unsafe-inline'; base-uri 'self'");
    expect(envelope([...pages, loose]).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"]);
  });

  it("refuses 'strict-dynamic' on only some pages (one header cannot say it)", () => {
    const dynamic = parseCsp(`default-src 'none'; script-src 'self' ${HASH_A} 'strict-dynamic'`);
    expect(() => envelope([...pages, dynamic])).toThrow(/strict-dynamic/);
  });
});

describe('headPolicies (reading a built page)', () => {
  const page = (head: string, body = '') => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

  it('reads the CSP and referrer meta elements of the head, in any letter case', () => {
    const html = page(`<META HTTP-EQUIV="Content-Security-Policy" content="default-src 'none'"><meta name=Referrer content=same-origin><meta http-equiv="content-security-policy" content="img-src 'self'">`);
    expect(headPolicies(html)).toEqual({ csp: ["default-src 'none'", "img-src 'self'"], referrer: ['same-origin'] });
    expect(headPolicies(html, { firstCspOnly: true }).csp).toEqual(["default-src 'none'"]);
  });

  it('decodes character references in the content, as a browser does', () => {
    expect(headPolicies(page(`<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;">`)).csp).toEqual(["script-src 'self'"]);
  });

  it('is not fooled by markup inside comments, scripts, styles or the title, nor by meta elements in the body', () => {
    const fake = `<meta http-equiv="content-security-policy" content="script-src *">`;
    const html = page(`<!-- ${fake} --><title>${fake}</title><script type="application/ld+json">"${fake}"</script><style>/* ${fake} */</style>`, fake);
    expect(headPolicies(html)).toEqual({ csp: [], referrer: [] });
  });
});

describe('per-route policy', () => {
  it("gives 'wasm-unsafe-eval' to the search page only", () => {
    expect(routeScriptSources('/zoeken/')).toEqual(["'wasm-unsafe-eval'"]);
    expect(routeScriptSources('/')).toEqual([]);
    expect(routeScriptSources('/themas/zoeken/')).toEqual([]);
  });

  it('frames an external recording by its origin, and nothing that is not one CSP token', () => {
    expect(frameSource('https://Video.Example:8443/opname/1?t=3')).toBe('frame-src https://video.example:8443');
    expect(frameSource('https://bücher.example/x')).toBe('frame-src https://xn--bcher-kva.example');
    expect(frameSource('https://a;b.example/')).toBeUndefined();
    expect(frameSource('https://a,b.example/')).toBeUndefined();
    expect(frameSource('http://video.example/')).toBeUndefined();
    expect(frameSource('geen adres')).toBeUndefined();
  });
});
