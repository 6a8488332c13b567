/**
 * Reads the policies a built page declares in its `<head>`: `<meta http-equiv="content-security-policy">`
 * and `<meta name="referrer">`. parse5's SAX tokenizer (the HTML standard's tokenizer, so comments
 * and script text are not mistaken for elements) stops at `<body>`: browsers ignore a CSP meta
 * element in the body, and reading every page of a large build stays cheap.
 */
import { SAXParser } from 'parse5-sax-parser';

export interface HeadPolicies {
  /** The content of every CSP meta element in the head, in order. */
  csp: string[];
  referrer: string[];
}

/**
 * `firstCspOnly` stops at the first CSP meta element: enough for the header envelope (a second one
 * could only make the page stricter) and several times faster on pages with long heads.
 */
export function headPolicies(html: string, { firstCspOnly = false } = {}): HeadPolicies {
  const found: HeadPolicies = { csp: [], referrer: [] };
  const parser = new SAXParser();
  parser.on('startTag', ({ tagName, attrs }) => {
    if (tagName === 'body') return parser.stop();
    if (tagName !== 'meta') return;
    const attr = (name: string) => attrs.find((a) => a.name === name)?.value;
    const content = attr('content');
    if (content === undefined) return;
    if (attr('http-equiv')?.toLowerCase() === 'content-security-policy') {
      found.csp.push(content);
      if (firstCspOnly) parser.stop();
    }
    if (attr('name')?.toLowerCase() === 'referrer') found.referrer.push(content);
  });
  parser.end(html);
  return found;
}
