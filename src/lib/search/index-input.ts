/**
 * What the search index reads of a built page, in one pass of the HTML standard's tokenizer
 * (parse5's SAX parser: comments, attribute values with `>` and script text are never taken for
 * tags, and text comes with its character references decoded):
 *
 * - `text`: the words a reader can find the page by: the data-pagefind-body element without its
 *   data-pagefind-ignore regions and without what Pagefind never indexes (scripts, styles, forms,
 *   navigation, …). The site's word list, compound parts and synonyms are worked out from it.
 * - `document`: the smallest HTML that Pagefind 1.6 reads the same as the whole page. Pagefind
 *   indexes only the body element's text, but it reads more of the page
 *   (https://pagefind.app/docs/metadata/, /docs/filtering/, /docs/sorts/): `<html lang>`, the
 *   `<title>` (title when there is no h1), the first h1 and the first img after it (automatic title
 *   and image), and data-pagefind-meta / -default-meta / -filter / -sort on any element of the page
 *   that is not inside a data-pagefind-ignore="all" element. The document keeps exactly those
 *   elements, whole and in their order, the body element without its ignore="all" elements and
 *   without scripts and styles, and drops the rest (head, navigation, footer, inline CSS, related
 *   lists): a tenth to a half of the bytes, which is what Pagefind's memory grows with.
 *   tests/build/index-input.test.ts indexes the sample site both ways and compares every result.
 *
 * The document is cut from the page's own source at the tokenizer's offsets, so what is kept is
 * byte for byte what the page says (no re-serialising).
 */
import { SAXParser, type StartTag, type EndTag, type Text } from 'parse5-sax-parser';

export interface IndexInput {
  text: string;
  document: string;
  /** Offset in `document` just before the body element's end tag: where added search terms go. */
  bodyEnd: number;
  /** Offsets in `document` where a term label (`<dt>`) ends without a colon ("Plaats" → "Plaats:"). */
  labelEnds: number[];
  /** Inline values (`key:value`) of data-pagefind-meta and data-pagefind-filter that Pagefind reads, in page order. */
  meta: Array<[string, string]>;
  filters: Array<[string, string]>;
}

/** Elements without an end tag (HTML standard, "void elements"). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen', 'param']);
/** Pagefind 1.6 never indexes the text of these (its REMOVE_SELECTORS). */
const NOT_INDEXED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
/** Attributes whose element Pagefind reads wherever it stands on the page. */
const READ_ANYWHERE = ['data-pagefind-meta', 'data-pagefind-default-meta', 'data-pagefind-filter', 'data-pagefind-sort', 'data-pagefind-weight'];
/** Structure kept around what is read. */
const FRAME = new Set(['html', 'head', 'body']);

interface Open {
  tag: string;
  /** In the document. */
  kept: boolean;
  /** Everything in it is in the document too, unless dropped below it (not so for html, head and body themselves). */
  keepsInside: boolean;
  /** data-pagefind-ignore="all", or inside one: Pagefind reads nothing of it, not even filters. */
  excluded: boolean;
  /** Its text counts as the page's searchable text. */
  searchable: boolean;
  inBody: boolean;
  /** For a `<dt>` in the body: the document offset after its last content, and its text so far. */
  label?: { end: number; text: string };
  foreign: boolean;
}

/** Pagefind: no value, "index" or "true" ignores the text; "all" (and any value it does not know) also the meta and filters. */
const excludes = (value: string | undefined) => value !== undefined && !['', 'index', 'true'].includes(value.toLowerCase());

/** Inline `key:value` pairs of a meta or filter attribute (Pagefind: comma-separated captures, an inline value last). */
function inlinePairs(value: string): Array<[string, string]> {
  const colon = value.indexOf(':');
  if (colon === -1) return [];
  const key = value.slice(0, colon).split(',').pop()!.trim();
  return key ? [[key, value.slice(colon + 1).trim()]] : [];
}

/** The page's index input, or undefined when it has no data-pagefind-body element (Pagefind skips it then). */
export function indexInput(html: string): IndexInput | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  const stack: Open[] = [];
  const pieces: string[] = [];
  let length = 0;
  const text: string[] = [];
  const labelEnds: number[] = [];
  const meta: Array<[string, string]> = [];
  const filters: Array<[string, string]> = [];
  let bodyEnd = -1;
  let sawTitle = false;

  const keep = (from: number, to: number) => {
    pieces.push(html.slice(from, to));
    length += to - from;
  };
  const top = () => stack[stack.length - 1];
  const space = () => {
    if (text.length && text[text.length - 1] !== ' ') text.push(' ');
  };

  parser.on('doctype', ({ sourceCodeLocation: at }) => at && keep(at.startOffset, at.endOffset));
  parser.on('startTag', ({ tagName: tag, attrs, selfClosing, sourceCodeLocation: at }: StartTag) => {
    const parent = top();
    const attr = (name: string) => attrs.find((a) => a.name === name)?.value;
    // Pagefind indexes every data-pagefind-body element (one inside another is simply part of it).
    const isBody = !parent?.inBody && attr('data-pagefind-body') !== undefined;
    const excluded = (parent?.excluded ?? false) || (!isBody && excludes(attr('data-pagefind-ignore')));
    const readHere = !excluded && attrs.some((a) => READ_ANYWHERE.includes(a.name));
    if (!excluded) {
      for (const a of attrs) {
        if (a.name === 'data-pagefind-meta') meta.push(...inlinePairs(a.value));
        if (a.name === 'data-pagefind-filter') filters.push(...inlinePairs(a.value));
      }
    }
    const inBody = isBody || (parent?.inBody ?? false);
    // Scripts and styles in the body carry no text Pagefind reads; one with Pagefind's attributes stays.
    const bodyNoise = inBody && !isBody && (tag === 'script' || tag === 'style' || tag === 'template') && !readHere;
    // Automatic metadata: the first title, and every h1 and img (Pagefind takes the first h1 with text and the first img after it).
    const automatic = (tag === 'title' && !sawTitle) || tag === 'h1' || tag === 'img';
    const frame = FRAME.has(tag) && stack.every((o) => FRAME.has(o.tag));
    const keepsInside = !excluded && !bodyNoise && ((parent?.keepsInside ?? false) || isBody || readHere || automatic);
    const kept = keepsInside || (frame && !excluded);
    if (kept && tag === 'title') sawTitle = true;
    if (kept && at) keep(at.startOffset, at.endOffset);
    const searchable = inBody && !excluded && (isBody || (parent!.searchable && attr('data-pagefind-ignore') === undefined && !NOT_INDEXED.has(tag)));
    if (parent?.searchable) space();
    const foreign = (parent?.foreign ?? false) || tag === 'svg' || tag === 'math';
    if (VOID.has(tag) || (selfClosing && foreign)) {
      if (parent?.label) parent.label.end = length;
      return;
    }
    stack.push({ tag, kept, keepsInside, excluded, searchable, inBody, foreign, ...(inBody && tag === 'dt' && kept ? { label: { end: length, text: '' } } : {}) });
  });
  parser.on('endTag', ({ tagName: tag, sourceCodeLocation: at }: EndTag) => {
    // The nearest open element of that name closes, and everything opened inside it; a stray end tag closes nothing.
    let i = stack.length - 1;
    while (i >= 0 && stack[i]!.tag !== tag) i--;
    if (i < 0) return;
    while (stack.length > i + 1) stack.pop();
    const open = stack.pop()!;
    if (open.searchable || top()?.searchable) space();
    if (open.label && open.label.text.trim() && !open.label.text.trimEnd().endsWith(':')) labelEnds.push(open.label.end);
    const isBodyEnd = open.inBody && !top()?.inBody;
    if (isBodyEnd && open.kept) bodyEnd = length;
    if (open.kept && at) keep(at.startOffset, at.endOffset);
    const label = top()?.label;
    if (label && open.kept) label.end = length;
  });
  parser.on('text', ({ text: chars, sourceCodeLocation: at }: Text) => {
    const open = top();
    if (!open) return;
    if (open.searchable) text.push(chars);
    if (!open.keepsInside || !at) return;
    const raw = html.slice(at.startOffset, at.endOffset);
    keep(at.startOffset, at.endOffset);
    // A label's colon goes after its last visible character, before trailing white space.
    for (const o of stack) {
      if (o.label && chars.trim()) {
        o.label.text += chars;
        o.label.end = length - (raw.length - raw.trimEnd().length);
      }
    }
  });
  parser.end(html);
  if (bodyEnd < 0) return undefined;
  return { text: text.join('').replace(/\s+/g, ' ').trim(), document: pieces.join(''), bodyEnd, labelEnds, meta, filters };
}
