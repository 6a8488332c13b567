/**
 * The oracle of the differential fuzz tests: reads rendered HTML with an HTML parser other than
 * the build's (Sätteri's Rust parser; the build decides with parse5) and URLs with Node's WHATWG
 * URL parser (the browser's algorithm, not src/core/safe-href.ts), and names whatever could run.
 */
import { htmlToHast } from 'satteri';

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
  content?: Node;
}

/** hast property names whose value a browser follows or loads as a URL. */
const URL_PROPERTIES = new Set(['href', 'src', 'action', 'formAction', 'xLinkHref', 'data', 'poster', 'background', 'cite', 'codeBase', 'manifest', 'ping', 'longDesc', 'useMap']);
const WEB = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Rendered body HTML placed as the site's pages place it (in `<div class="kp-prose">`), as a browser parses that page; the <body>. */
export function pageBody(html: string): Node {
  const page = htmlToHast(`<!DOCTYPE html><html lang="nl"><head><title>t</title></head><body><div class="kp-prose">${html}</div></body></html>`) as unknown as Node;
  const find = (node: Node): Node | undefined => (node.type === 'element' && node.tagName === 'body' ? node : node.children?.map(find).find(Boolean));
  return find(page)!;
}

/** The scheme a browser would give `url` on a page of this site, or undefined when it is not a URL at all. */
export function protocolOf(url: string): string | undefined {
  try {
    return new URL(url, 'https://kp.test/pagina/').protocol;
  } catch {
    return undefined;
  }
}

/** Everything in `html` that could run or leave the site's control: script elements, handlers, non-web URLs, comments. */
export function findings(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'comment') found.push(`comment ${JSON.stringify(node.value)}`);
    if (node.type === 'element') {
      const tag = node.tagName ?? '';
      if (tag.toLowerCase() === 'script') found.push('<script>');
      if (['iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link'].includes(tag.toLowerCase())) found.push(`<${tag}>`);
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        if (/^on/i.test(name)) found.push(`<${tag} ${name}>`);
        if (name === 'srcDoc') found.push(`<${tag} srcdoc>`);
        const urls = URL_PROPERTIES.has(name) ? [value].flat() : name === 'srcSet' ? String(value).split(',').map((s) => s.trim().split(/\s+/)[0]) : [];
        for (const u of urls) {
          const protocol = typeof u === 'string' ? protocolOf(u) : undefined;
          if (protocol && !WEB.has(protocol)) found.push(`<${tag} ${name}="${String(u).slice(0, 40)}">`);
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(pageBody(html));
  return found;
}

/**
 * The tree a browser builds from `html`, for "unchanged in meaning": the same elements, attributes
 * and text, without comments and positions, and ignoring white space (where a parser puts a line
 * break around an element it closes differs between parsers, not what a reader sees).
 */
export function meaning(html: string): string {
  const clean = (node: Node): Node | undefined => {
    const { position: _, ...rest } = node as Node & { position?: unknown };
    if (node.type === 'comment') return undefined;
    if (node.type === 'text') return node.value?.trim() ? { ...rest, value: node.value.replace(/\s+/g, '') } : undefined;
    if (!node.children) return rest;
    const children: Node[] = [];
    for (const child of node.children.map(clean)) {
      const last = children.at(-1);
      if (child?.type === 'text' && last?.type === 'text') last.value = `${last.value ?? ''}${child.value ?? ''}`;
      else if (child) children.push(child);
    }
    return { ...rest, children };
  };
  return JSON.stringify(clean(pageBody(html)));
}
