/**
 * What a body may hold as HTML, as two allow-lists applied to a parsed tree (src/lib/body/html-decide.ts),
 * never to text:
 * - RAW_HTML: the tags an editor may type as HTML in Markdown (and as lower-case JSX in MDX).
 * - OUTPUT_SCHEMA: everything a rendered body may contain, which is what Markdown itself makes plus
 *   RAW_HTML, as a hast-util-sanitize schema. Every key is given, so nothing falls back to the
 *   library's default (GitHub's) schema.
 */
import type { Schema } from 'hast-util-sanitize';

/** Tag -> the attributes it may have; every value is plain text, never a URL. */
export const RAW_HTML: Readonly<Record<string, readonly string[]>> = { sup: [], sub: [], br: [], abbr: ['title'] };
export const ALLOWED_HTML_TAGS = Object.keys(RAW_HTML);

export function isAllowedHtmlElement(name: string): boolean {
  return Object.hasOwn(RAW_HTML, name);
}

/** hast property names (camelCase) whose value is a URL a browser follows or loads. */
export const URL_PROPERTIES = new Set(['href', 'src']);

/**
 * What Sätteri's Markdown (GFM: tables, task lists, strikethrough, footnotes) renders to. Footnote
 * ids come with Sätteri's `user-content-` prefix, so they cannot clobber the page's own ids.
 */
export const OUTPUT_SCHEMA: Schema = {
  tagNames: [
    ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'br', 'strong', 'em', 'del', 'code', 'pre'],
    ...['a', 'img', 'ul', 'ol', 'li', 'input', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'section'],
    ...ALLOWED_HTML_TAGS,
  ],
  attributes: {
    a: ['href', 'title', ['id', /^user-content-fnref-/], 'dataFootnoteRef', 'dataFootnoteBackref', ['ariaDescribedBy', 'footnote-label'], 'ariaLabel', ['className', 'data-footnote-backref']],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    ul: [['className', 'contains-task-list']],
    li: [['className', 'task-list-item'], ['id', /^user-content-fn-/]],
    // A task list's box: never something a reader can tick or submit.
    input: [['type', 'checkbox'], ['disabled', true, ''], 'checked'],
    th: [['style', 'text-align: left', 'text-align: center', 'text-align: right']],
    td: [['style', 'text-align: left', 'text-align: center', 'text-align: right']],
    code: [['className', /^language-/]],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: [['id', 'footnote-label'], ['className', 'sr-only']],
    abbr: ['title'],
  },
  // Images: site paths only (no scheme at all), checked beside the schema with isLocalPath().
  protocols: { href: ['https', 'http', 'mailto'], src: ['https', 'http'] },
  ancestors: {},
  required: {},
  clobber: [],
  clobberPrefix: '',
  // Not allowed: removed with everything inside it.
  strip: null,
  allowComments: false,
  allowDoctypes: false,
};
