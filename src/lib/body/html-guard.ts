/**
 * Second line, on the HTML the Markdown processor is about to write (hast): whatever the tree
 * analyser might have missed, no element may carry an event handler or a non-web URL, no frame,
 * script, style or form may appear (a task list's disabled checkbox may), and raw HTML must be on the allow-list. Nothing here should
 * ever fire for content that passed src/lib/body/analyse.ts.
 */
import { isSafeHref } from '../../core/safe-href.ts';
import { isAllowedRawHtml } from './raw-html.ts';

interface HtmlNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  value?: unknown;
  children?: readonly HtmlNode[];
}

const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'button', 'textarea', 'select', 'svg', 'math', 'template']);
const URL_PROPERTIES = new Set(['href', 'src', 'action', 'formAction', 'poster', 'xLinkHref', 'data', 'cite', 'background', 'srcSet', 'ping', 'manifest']);

/** Every unsafe thing in an HTML tree, described for the error ("<a onClick>"). */
export function unsafeHtml(root: HtmlNode): string[] {
  const found: string[] = [];
  const visit = (node: HtmlNode) => {
    if (node.type === 'raw' && !isAllowedRawHtml(String(node.value ?? ''))) found.push(String(node.value).slice(0, 40));
    if (node.type === 'element') {
      const tag = node.tagName ?? '';
      if (FORBIDDEN_TAGS.has(tag)) found.push(`<${tag}>`);
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        if (/^on/i.test(name)) found.push(`<${tag} ${name}>`);
        else if (URL_PROPERTIES.has(name)) {
          const urls = name === 'srcSet' ? String(value).split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value].flat().map(String);
          for (const url of urls) if (!isSafeHref(url)) found.push(`<${tag} ${name}="${url.slice(0, 40)}">`);
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return found;
}
