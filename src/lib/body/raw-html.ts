/**
 * The raw HTML an editor may write in a body: a few inert tags without attributes (and <abbr>
 * with a title), and comments. Nothing else: no scripts, frames, styles, forms or event handlers.
 */
export const ALLOWED_HTML_TAGS = ['sup', 'sub', 'br', 'abbr'] as const;

/** Attributes allowed per tag; every value is plain text, never a URL. */
export const ALLOWED_HTML_ATTRIBUTES: Record<string, readonly string[]> = { abbr: ['title'] };

const COMMENT = /^\s*<!--(?:(?!-->)[\s\S])*-->\s*$/;
const PLAIN_TAG = new RegExp(`<\\/?(?:${ALLOWED_HTML_TAGS.join('|')})\\s*\\/?>`, 'gi');
const ABBR_WITH_TITLE = /<abbr\s+title="[^"<>]*"\s*>/gi;

/** True when a raw HTML fragment (an mdast `html` node) holds only allowed tags, text and at most a comment. */
export function isAllowedRawHtml(html: string): boolean {
  if (COMMENT.test(html)) return true;
  return !/[<>]/.test(html.replace(ABBR_WITH_TITLE, '').replace(PLAIN_TAG, ''));
}

/** The first tag of a fragment, for the message ("<script>"). */
export function firstTag(html: string): string {
  return /<\/?[a-z!][^\s>/]*/i.exec(html)?.[0]?.concat('>') ?? html.trim().slice(0, 20);
}

export function isAllowedHtmlElement(name: string): boolean {
  return (ALLOWED_HTML_TAGS as readonly string[]).includes(name);
}
