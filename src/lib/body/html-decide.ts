/**
 * Decides a body's HTML the way a browser reads it. Sätteri leaves raw HTML as text (`raw` nodes);
 * hast-util-raw feeds the whole body through parse5 (the WHATWG parsing algorithm), so a comment a
 * browser closes early (`<!-->`, `--!>`), a CDATA or `<?` section, entities and tags split over
 * lines all become the elements, attributes and comments a browser would see.
 * - What the editor typed as HTML is judged tag by tag (src/lib/body/typed-html.ts).
 * - Every element of the parsed tree, also those Markdown made, must pass OUTPUT_SCHEMA
 *   (hast-util-sanitize, src/lib/body/html-policy.ts), and images must be site paths.
 * - Comments are left out of the page: they hold editors' notes.
 * The checker (src/lib/body/index.ts) reports the problems; the build (build-plugin.ts) refuses a
 * body with problems and writes `tree`: the same function, so both give the same verdict.
 */
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { VFile } from 'vfile';
import { isLocalPath } from '../../core/safe-href.ts';
import type { BodyProblem } from './analyse.ts';
import { OUTPUT_SCHEMA, URL_PROPERTIES } from './html-policy.ts';
import { BODY_MESSAGES as say } from './messages.ts';
import { typedHtmlProblems } from './typed-html.ts';

export interface HtmlDecision {
  /** The tree to publish: comments left out, raw HTML parsed, anything not allowed removed. */
  tree: Root;
  /** HTML the editor typed that is not allowed. */
  problems: BodyProblem[];
  /** What the schema removed from elements Markdown made (a link's unsafe URL): the Markdown analyser names these better. */
  markdownProblems: BodyProblem[];
  /** False when `tree` is the tree that was given (nothing to parse or remove). */
  changed: boolean;
}

/** MDX nodes: decided by the MDX analyser (src/lib/body/analyse.ts); their children are hast again. */
const MDX_NODES = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

type Raw = Extract<Nodes, { type: 'raw' }>;
type Range = readonly [start: number, end: number];

/**
 * A Markdown code block (`pre`), set aside while the rest is reparsed: its text is text, never
 * HTML. (Fed to parse5 as a made-up start tag, `<pre><code>` would lose the code's first line
 * break: parse5 skips a newline after `<pre>`, and only its real tokenizer clears that for `<code>`.)
 */
const KEPT = 'kennisplatformKept';
type Kept = { type: typeof KEPT; index: number };

/**
 * hast-util-raw parses a fragment as if inside <template>; the page has the body inside a <div>,
 * where a stray `</p>` or `</br>` at the start makes an element. An empty first element puts
 * parse5 in the body rules, and is taken out again.
 */
const OPENER: Element = { type: 'element', tagName: 'span', properties: {}, children: [] };

export function decideHtml(tree: Root, source: string): HtmlDecision {
  const { rawNodes, markdownStarts } = survey(tree);
  // Without raw HTML the tree is already what a browser builds from Sätteri's output.
  if (!rawNodes.length) {
    const walk = new Walk([], markdownStarts, []);
    const children = walk.all(tree.children) as RootContent[];
    return { tree: walk.changed ? { ...tree, children } : tree, problems: walk.problems, markdownProblems: walk.markdownProblems, changed: walk.changed };
  }
  const kept: Element[] = [];
  const input: Root = { ...tree, children: [OPENER, ...(tree.children.map((c) => setCodeAside(c, kept)) as RootContent[])] };
  const parsed = raw(input, { file: new VFile(source), passThrough: [...MDX_NODES, KEPT] }) as Root;
  const rawRanges = rawNodes.map((n): Range => [n.position?.start?.offset ?? 0, n.position?.end?.offset ?? Number.POSITIVE_INFINITY]);
  const walk = new Walk(rawRanges, markdownStarts, kept);
  const children = walk.all(parsed.children.slice(1)) as RootContent[];
  const refused = new Set<string>();
  const typed = rawNodes.flatMap((n) => typedHtmlProblems(n.value, n.position?.start?.line ?? 1, refused));
  // What the editor typed names the problem; the tree's own findings only if it found none.
  const problems = (typed.length ? typed : walk.problems).sort((a, b) => a.line - b.line);
  return { tree: { ...parsed, children }, problems, markdownProblems: walk.markdownProblems, changed: true };
}

/** The raw nodes, and where Markdown's own elements start (`offset tag`): a paragraph may start with raw HTML. */
function survey(tree: Root): { rawNodes: Raw[]; markdownStarts: Set<string> } {
  const rawNodes: Raw[] = [];
  const markdownStarts = new Set<string>();
  const visit = (n: Nodes) => {
    if (n.type === 'raw') rawNodes.push(n);
    if (n.type === 'element' && n.position?.start?.offset !== undefined) markdownStarts.add(`${n.position.start.offset} ${n.tagName}`);
    if ('children' in n) for (const child of n.children as Nodes[]) visit(child);
  };
  visit(tree);
  return { rawNodes, markdownStarts };
}

/** A copy of `node` with every Markdown code block replaced by a placeholder holding its index in `kept`. */
function setCodeAside(node: Nodes, kept: Element[]): Nodes | Kept {
  if (node.type === 'element' && node.tagName === 'pre') return { type: KEPT, index: kept.push(node) - 1 };
  if (!('children' in node) || node.type === 'root') return node;
  return { ...node, children: (node.children as Nodes[]).map((c) => setCodeAside(c, kept)) } as Nodes;
}

/** One pass over the parsed tree: returns a cleaned copy, collects problems, notes whether anything was left out. */
class Walk {
  problems: BodyProblem[] = [];
  markdownProblems: BodyProblem[] = [];
  changed = false;
  private readonly rawRanges: readonly Range[];
  private readonly markdownStarts: ReadonlySet<string>;
  private readonly kept: readonly Element[];

  constructor(rawRanges: readonly Range[], markdownStarts: ReadonlySet<string>, kept: readonly Element[]) {
    this.rawRanges = rawRanges;
    this.markdownStarts = markdownStarts;
    this.kept = kept;
  }

  /** `line`: where the parent starts, for nodes the parser made up (an implied <tbody>) and so have no position. */
  all(nodes: readonly Nodes[], line = 1): Nodes[] {
    return nodes.flatMap((n) => this.one(n, n.position?.start?.line ?? line));
  }

  private one(node: Nodes, line: number): Nodes[] {
    if (node.type === 'text') return [node];
    if (node.type === 'element') return this.element(node, line);
    const other = node as { type: string; children?: Nodes[]; index?: number };
    if (other.type === KEPT) return this.element(this.kept[other.index!]!, line);
    if (MDX_NODES.includes(other.type)) return [(other.children ? { ...other, children: this.all(other.children, line) } : other) as Nodes];
    // Comments never reach the page; anything else (a doctype) has no place in a body.
    this.changed = true;
    if (node.type !== 'comment') this.problems.push({ line, message: say.rawHtml(`<${other.type}>`), allowed: say.rawHtmlAllowed() });
    return [];
  }

  private element(node: Element, line: number): Nodes[] {
    const found = this.madeByMarkdown(node) ? this.markdownProblems : this.problems;
    const refuse = (message: string) => found.push({ line, message, ...(message.startsWith('HTML-code') ? { allowed: say.rawHtmlAllowed() } : {}) });
    // hast-util-sanitize decides the element and each attribute; this walk recurses and says why.
    const clean = sanitize({ ...node, children: [] }, OUTPUT_SCHEMA);
    const children = this.all(node.children, line) as ElementContent[];
    if (clean.type !== 'element') {
      this.changed = true;
      refuse(say.rawHtml(`<${node.tagName}>`));
      return [];
    }
    for (const [name, value] of Object.entries(node.properties)) {
      const kept = clean.properties[name];
      if (kept !== undefined && String(kept) === String(value)) continue;
      delete clean.properties[name];
      this.changed = true;
      refuse(URL_PROPERTIES.has(name) ? say.unsafeUrl(String(value)) : say.rawHtml(`<${node.tagName} ${name.toLowerCase()}>`));
    }
    const src = clean.properties.src;
    if (typeof src === 'string' && !isLocalPath(src)) {
      delete clean.properties.src;
      this.changed = true;
      refuse(say.externalImage(src));
    }
    return [{ ...clean, children }];
  }

  /**
   * True for an element made from Markdown syntax: it starts where Sätteri's tree has one, or outside
   * every raw node. False for one the editor typed as HTML (it starts inside a raw node) and for one
   * without a position in a body with raw HTML (made up by the HTML parser, like an implied <tbody>).
   */
  private madeByMarkdown(node: Element): boolean {
    const at = node.position?.start?.offset;
    if (at === undefined) return this.rawRanges.length === 0;
    if (this.markdownStarts.has(`${at} ${node.tagName}`)) return true;
    return !this.rawRanges.some(([start, end]) => at >= start && at < end);
  }
}
