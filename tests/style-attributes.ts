import { SAXParser } from 'parse5-sax-parser';

/** The tag names of every element with a style attribute (which the CSP blocks), read with the HTML tokenizer. */
export function styledElements(html: string): string[] {
  const found: string[] = [];
  const parser = new SAXParser();
  parser.on('startTag', ({ tagName, attrs }) => {
    if (attrs.some((a) => a.name === 'style')) found.push(tagName);
  });
  parser.end(html);
  return found;
}
