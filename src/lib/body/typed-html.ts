/**
 * What an editor typed as HTML, read by the HTML tokenizer (parse5's, the WHATWG algorithm) one
 * raw HTML fragment at a time: every tag, opening or closing, must be on RAW_HTML
 * (src/lib/body/html-policy.ts; a stray `</div>` would close the page's own element), and the
 * tokenizer's own parse errors name a comment a browser ends early or never, `<?` and
 * `<![CDATA[` (comments up to the first `>` in HTML), and a tag without `>`.
 *
 * Every tag is judged, also one the tree builder would drop or merge (`<body onload>`, `<html>`,
 * a tag in a `<textarea>`): a fragment is tokenized on its own, as if nothing before it had switched
 * the tokenizer to text, so this sees every tag a browser could see, and more, never fewer.
 */
import { Tokenizer, type ParserError, type Token, type TokenHandler } from 'parse5';
import { ALLOWED_MDX_COMPONENTS } from '../content/mdx-components.ts';
import type { BodyProblem } from './analyse.ts';
import { RAW_HTML } from './html-policy.ts';
import { BODY_MESSAGES as say } from './messages.ts';

/** Parse errors (WHATWG names) after which a browser reads on differently from how the text looks. */
const SLIPS: Readonly<Record<string, () => string>> = {
  'abrupt-closing-of-empty-comment': say.commentMalformed,
  'incorrectly-closed-comment': say.commentMalformed,
  'incorrectly-opened-comment': say.commentMalformed,
  'cdata-in-html-content': say.commentMalformed,
  'unexpected-question-mark-instead-of-tag-name': say.commentMalformed,
  'eof-in-comment': say.commentNotClosed,
  'eof-in-tag': say.tagNotClosed,
  'eof-before-tag-name': say.tagNotClosed,
  'eof-in-doctype': say.tagNotClosed,
};

/**
 * The problems in one raw HTML fragment that starts on line `firstLine` of the file. `refused`:
 * the tags refused so far in this body (fragments in order), so `<div>…</div>` is named once.
 */
export function typedHtmlProblems(fragment: string, firstLine: number, refused: Set<string>): BodyProblem[] {
  const found: BodyProblem[] = [];
  const lineOf = (location: { startLine: number } | null | undefined) => firstLine + (location?.startLine ?? 1) - 1;
  const add = (problem: BodyProblem) => {
    if (!found.some((p) => p.line === problem.line && p.message === problem.message)) found.push(problem);
  };
  const ignore = () => undefined;
  const handler: TokenHandler = {
    onStartTag(token: Token.TagToken) {
      const verdict = tagVerdict(token.tagName, token.attrs.map((a) => a.name));
      if (!verdict) return;
      refused.add(token.tagName);
      add({ line: lineOf(token.location), ...verdict });
    },
    onEndTag(token: Token.TagToken) {
      const tag = token.tagName;
      if (refused.has(tag) || Object.hasOwn(RAW_HTML, tag) || ALLOWED_MDX_COMPONENTS.some((c) => c.toLowerCase() === tag)) return;
      refused.add(tag);
      add({ line: lineOf(token.location), message: say.rawHtml(`</${tag}>`), allowed: say.rawHtmlAllowed() });
    },
    onDoctype(token: Token.DoctypeToken) {
      add({ line: lineOf(token.location), message: say.rawHtml('<!DOCTYPE>'), allowed: say.rawHtmlAllowed() });
    },
    onParseError(error: ParserError) {
      const message = SLIPS[error.code]?.();
      // At the end of the fragment: the line where the unfinished comment or tag starts, its first.
      if (message) add({ line: error.code.startsWith('eof-') ? firstLine : lineOf(error), message });
    },
    onComment: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(fragment, true);
  return found;
}

/** The names of the start tags in a raw HTML fragment, in order (lower case, as the tokenizer reads them). */
export function startTagNames(fragment: string): string[] {
  const names: string[] = [];
  const ignore = () => undefined;
  const handler: TokenHandler = {
    onStartTag: (token: Token.TagToken) => void names.push(token.tagName),
    onEndTag: ignore,
    onDoctype: ignore,
    onComment: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  new Tokenizer({}, handler).write(fragment, true);
  return names;
}

/** Why a start tag typed as HTML is not allowed, or undefined when it is. */
function tagVerdict(tag: string, attributes: readonly string[]): Omit<BodyProblem, 'line'> | undefined {
  const component = ALLOWED_MDX_COMPONENTS.find((c) => c.toLowerCase() === tag);
  if (component) return { message: say.componentInMarkdown(component) };
  const allowed = RAW_HTML[tag];
  const extra = allowed && attributes.find((a) => !allowed.includes(a));
  if (allowed && extra === undefined) return undefined;
  return { message: say.rawHtml(extra === undefined ? `<${tag}>` : `<${tag} ${extra}>`), allowed: say.rawHtmlAllowed() };
}
