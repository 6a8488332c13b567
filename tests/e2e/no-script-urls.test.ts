/**
 * No page in dist/ may hold a javascript:/data:/vbscript: (or any other non-web) URL in an
 * attribute that a browser follows or loads, nor an inline event handler (onclick=...), nor a
 * frame. Pages are read with a real HTML parser (Sätteri's htmlToHast), so entity-encoded and
 * mixed-case forms are decoded as a browser would.
 */
import { htmlToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isSafeHref } from '../../src/core/safe-href.ts';
import { allPages, readDist } from './site.ts';

/** hast property names (camelCase) of attributes whose value is a URL. */
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'xLinkHref', 'data', 'cite', 'background', 'manifest', 'ping'];

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function unsafeAttributes(html: string): string[] {
  const found: string[] = [];
  const visit = (node: HastNode) => {
    if (node.type === 'element') {
      const tag = node.tagName ?? '';
      if (['iframe', 'frame', 'object', 'embed'].includes(tag)) found.push(`<${tag}>`);
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        if (/^on[A-Z]/.test(name)) found.push(`<${tag} ${name}>`);
        const urls = URL_PROPERTIES.includes(name) ? [value] : name === 'srcSet' ? String(value).split(',').map((s) => s.trim().split(/\s+/)[0]) : [];
        for (const url of urls.flat()) if (typeof url === 'string' && !isSafeHref(url)) found.push(`<${tag} ${name}="${url.slice(0, 40)}">`);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(htmlToHast(html) as unknown as HastNode);
  return found;
}

describe('no executable URLs or inline handlers on any page', () => {
  it('the scanner finds what it looks for', () => {
    expect(unsafeAttributes('<a href="jav&#x61;script:x" onclick="y">a</a><img src="data:image/png;base64,AA"><form action="vbscript:x"><button formaction="JAVASCRIPT:x"></button></form><iframe src="https://x.nl"></iframe>')).toEqual([
      '<a href="javascript:x">',
      '<a onClick>',
      '<img src="data:image/png;base64,AA">',
      '<form action="vbscript:x">',
      '<button formAction="JAVASCRIPT:x">',
      '<iframe>',
    ]);
  });

  it('every built page is clean', () => {
    const pages = allPages();
    expect(pages.length).toBeGreaterThan(50);
    const problems = pages.flatMap((path) => unsafeAttributes(readDist(`${path.slice(1)}index.html`)).map((p) => `${path} ${p}`));
    expect(problems).toEqual([]);
  });
});
