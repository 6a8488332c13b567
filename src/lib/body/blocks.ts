/**
 * A body as plain blocks for print (the brochure PDFs, scripts/brochures/pdf.ts): headings,
 * paragraphs and list items as runs of bold and italic text, and the text components
 * <Callout>, <ZoDoenWijHet> and <Quote> as boxes. It walks the tree src/lib/body/parse.ts
 * gives, the one the site is built from, so the PDF says what the page says.
 *
 * What print cannot show keeps its text: a link its link text, an image its alt text, code its
 * code, <Figure> its caption (or alt), <Standaard code="OP0" /> "OP0 Basisvaardigheden", a table a
 * line per row; footnotes come last, numbered as on the page. Raw HTML tags, comments and rules
 * print nothing.
 */
import { t } from '../../i18n/t.ts';
import type { BodyNode } from './parse.ts';
import { startTagNames } from './typed-html.ts';

/** A piece of text in one style; a style that is off is left out. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type TextBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'item'; marker: string; runs: Run[] };

export type BoxVariant = 'info' | 'warn' | 'ok' | 'quote';

/** A shaded box: a Callout (info, or warn for type="let-op"), a ZoDoenWijHet (ok) or a Quote. */
export interface BoxBlock {
  kind: 'box';
  variant: BoxVariant;
  title?: string;
  blocks: TextBlock[];
  caption?: string;
}

export type Block = TextBlock | BoxBlock;

export interface BlockOptions {
  /** The name of the standard <Standaard code editie> points to, or undefined: then only the code is printed. */
  standardName: (code: string, editie: string | undefined) => string | undefined;
}

type Style = Omit<Run, 'text'>;

/** One walk over a body: the options, and footnotes numbered as the page numbers them (by first reference). */
interface Walk extends BlockOptions {
  footnotes: Map<string, number>;
}

/** The blocks of a parsed body, in reading order; footnotes at the end, as on the page. */
export function bodyBlocks(tree: BodyNode, opts: BlockOptions): Block[] {
  const walk: Walk = { ...opts, footnotes: new Map() };
  const out: Block[] = [];
  flowBlocks(tree.children ?? [], walk, out);
  const definitions = new Map<string, BodyNode>();
  const collect = (node: BodyNode) => {
    if (node.type === 'footnoteDefinition') definitions.set(node.identifier ?? '', node);
    else (node.children ?? []).forEach(collect);
  };
  collect(tree);
  // A note may refer to a note not referred to before; the loop also visits numbers added while it runs.
  for (const [id, n] of walk.footnotes) {
    const note = definitions.get(id);
    if (note) listItem(note, `${n}.`, walk, out);
  }
  return out;
}

function flowBlocks(nodes: readonly BodyNode[], opts: Walk, out: Block[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        pushText(out, { kind: 'heading', level: node.depth ?? 2, text: plain(inlineRuns(node.children, opts)) });
        break;
      case 'paragraph':
        pushText(out, { kind: 'paragraph', runs: inlineRuns(node.children, opts) });
        break;
      case 'list':
        (node.children ?? []).forEach((item, i) => listItem(item, node.ordered ? `${(node.start ?? 1) + i}.` : '•', opts, out));
        break;
      case 'code':
        pushText(out, { kind: 'paragraph', runs: tidy([{ text: String(node.value ?? '') }]) });
        break;
      case 'table':
        // One line per row, cells apart; the header row bold.
        (node.children ?? []).forEach((row, r) => {
          const cells = (row.children ?? []).map((cell) => inlineRuns(cell.children, opts, r === 0 ? { bold: true } : {}));
          const runs = cells.flatMap((cell, c) => (c === 0 ? cell : [{ text: ' | ' }, ...cell]));
          pushText(out, { kind: 'paragraph', runs: tidy(runs) });
        });
        break;
      case 'mdxJsxFlowElement':
        component(node, opts, out);
        break;
      case 'html': // raw HTML blocks hold comments or allowed inline tags only; nothing to print on its own
      case 'footnoteDefinition': // printed at the end, numbered
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
        break;
      default: // blockquote and anything else that holds blocks
        flowBlocks(node.children ?? [], opts, out);
    }
  }
}

/** The first paragraph is the item; further paragraphs follow it, nested lists become items of their own. */
function listItem(item: BodyNode, marker: string, opts: Walk, out: Block[]): void {
  const [first, ...rest] = item.children ?? [];
  if (first?.type === 'paragraph') pushText(out, { kind: 'item', marker, runs: inlineRuns(first.children, opts) });
  else if (first) flowBlocks([first], opts, out);
  flowBlocks(rest, opts, out);
}

function component(node: BodyNode, opts: Walk, out: Block[]): void {
  const content = (): TextBlock[] => {
    const inner: Block[] = [];
    flowBlocks(node.children ?? [], opts, inner);
    return inner.flatMap(unboxed);
  };
  switch (node.name) {
    case 'Callout': {
      const warn = prop(node, 'type') === 'let-op';
      out.push({ kind: 'box', variant: warn ? 'warn' : 'info', title: prop(node, 'title') ?? t(warn ? 'callout.warn' : 'callout.info'), blocks: content() });
      break;
    }
    case 'ZoDoenWijHet':
      out.push({ kind: 'box', variant: 'ok', title: `${t('zdwh.title')} – ${prop(node, 'school') ?? ''}`, blocks: content() });
      break;
    case 'Quote': {
      const who = [prop(node, 'name'), prop(node, 'role')].filter(Boolean).join(', ');
      out.push({ kind: 'box', variant: 'quote', blocks: quoted(content()), ...(who ? { caption: `– ${who}` } : {}) });
      break;
    }
    case 'Figure':
      pushText(out, { kind: 'paragraph', runs: tidy([{ text: prop(node, 'caption') ?? prop(node, 'alt') ?? '' }]) });
      break;
    case 'Standaard':
      pushText(out, { kind: 'paragraph', runs: tidy([{ text: standardLabel(node, opts) }]) });
      break;
    default:
      flowBlocks(node.children ?? [], opts, out);
  }
}

/** A quote's paragraphs in italics, between curly quotes. */
function quoted(blocks: TextBlock[]): TextBlock[] {
  return blocks.map((b, i): TextBlock => {
    if (b.kind !== 'paragraph') return b;
    const runs = b.runs.map((r) => ({ ...r, italic: true }));
    if (i === 0) runs.unshift({ text: '“', italic: true });
    if (i === blocks.length - 1) runs.push({ text: '”', italic: true });
    return { kind: 'paragraph', runs: tidy(runs) };
  });
}

/** A box inside a box is printed as its title, its text and its caption. */
function unboxed(b: Block): TextBlock[] {
  if (b.kind !== 'box') return [b];
  const line = (text: string | undefined, style: Style): TextBlock[] => (text ? [{ kind: 'paragraph', runs: [{ text, ...style }] }] : []);
  return [...line(b.title, { bold: true }), ...b.blocks, ...line(b.caption, {})];
}

function inlineRuns(nodes: readonly BodyNode[] | undefined, opts: Walk, style: Style = {}): Run[] {
  const runs: Run[] = [];
  const visit = (list: readonly BodyNode[], s: Style) => {
    for (const node of list) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          runs.push({ text: String(node.value ?? ''), ...s });
          break;
        case 'strong':
          visit(node.children ?? [], { ...s, bold: true });
          break;
        case 'emphasis':
          visit(node.children ?? [], { ...s, italic: true });
          break;
        case 'break':
          runs.push({ text: ' ', ...s });
          break;
        case 'image':
        case 'imageReference':
          runs.push({ text: node.alt ?? '', ...s });
          break;
        case 'footnoteReference': {
          const id = node.identifier ?? '';
          if (!opts.footnotes.has(id)) opts.footnotes.set(id, opts.footnotes.size + 1);
          runs.push({ text: `[${opts.footnotes.get(id)}]`, ...s });
          break;
        }
        case 'html':
          // Only allowed tags get this far (src/lib/body/typed-html.ts): <br> is a space; <sup> and the like print nothing, their text is in the nodes beside them.
          if (startTagNames(String(node.value ?? ''))[0] === 'br') runs.push({ text: ' ', ...s });
          break;
        case 'mdxJsxTextElement':
          if (node.name === 'Standaard') runs.push({ text: standardLabel(node, opts), ...s });
          else if (node.name === 'br') runs.push({ text: ' ', ...s });
          else visit(node.children ?? [], s);
          break;
        case 'mdxTextExpression':
          break;
        default: // link, linkReference, delete and the like: their text
          visit(node.children ?? [], s);
      }
    }
  };
  visit(nodes ?? [], style);
  return tidy(runs);
}

/**
 * Line breaks and runs of spaces become one space, as on screen; no space at the start or the
 * end, none twice across two runs; neighbouring runs in the same style become one.
 */
function tidy(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    let text = run.text.replace(/[ \t\r\n\f]+/g, ' ');
    const last = out.at(-1);
    if ((!last || last.text.endsWith(' ')) && text.startsWith(' ')) text = text.slice(1);
    if (!text) continue;
    if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic) last.text += text;
    else out.push({ ...run, text });
  }
  for (let last = out.at(-1); last; last = out.at(-1)) {
    last.text = last.text.trimEnd();
    if (last.text) break;
    out.pop();
  }
  return out;
}

function plain(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

function pushText(out: Block[], block: TextBlock): void {
  if (block.kind === 'heading' ? block.text : block.runs.length) out.push(block);
}

/** "OP0 Basisvaardigheden", or "OP0" when the standard is not known. */
function standardLabel(node: BodyNode, opts: BlockOptions): string {
  const code = prop(node, 'code') ?? '';
  const name = opts.standardName(code, prop(node, 'editie'));
  return name ? `${code} ${name}` : code;
}

/** A literal attribute value; expressions and spreads are refused by the analyser before this runs. */
function prop(node: BodyNode, name: string): string | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}
