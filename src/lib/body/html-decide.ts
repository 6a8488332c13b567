/**
 * Decides a body's HTML the way a browser reads it. Sätteri leaves raw HTML as text (`raw` nodes);
 * hast-util-raw feeds the whole body through parse5 (the WHATWG parsing algorithm), so a comment a
 * browser closes early (`<!-->`, `--!>`), a CDATA or `<?` section, entities and tags split over
 * lines all become the elements, attributes and comments a browser would see. On that tree:
 * - what an editor typed as HTML must be on RAW_HTML (src/lib/body/html-policy.ts);
 * - every element must pass OUTPUT_SCHEMA (hast-util-sanitize), and images must be site paths;
 * - comments are left out of the page; raw HTML the parser itself calls a badly closed comment or an
 *   unfinished tag (its parse errors: the browser reads the text after it differently) is refused.
 * The checker (src/lib/body/index.ts) reports `problems`; the build (build-plugin.ts) refuses a body
 * with problems and writes `tree`: the same function, so both give the same verdict.
 */
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { parseFragment, type ParserError } from 'parse5';
import { find, html } from 'property-information';
import { sanitize } from 'hast-util-sanitize';
import { VFile } from 'vfile';
import { isLocalPath } from '../../core/safe-href.ts';
import { ALLOWED_MDX_COMPONENTS } from '../content/mdx-components.ts';
import type { BodyProblem } from './analyse.ts';
import { OUTPUT_SCHEMA, RAW_HTML, URL_PROPERTIES } from './html-policy.ts';
import { BODY_MESSAGES as say } from './messages.ts';

export interface HtmlDecision {
  /** The tree to publish: comments left out, raw HTML parsed, anything not allowed removed. */
  tree: Root;
  /** Raw HTML and comments that are not allowed. */
  problems: BodyProblem[];
  /** What the schema removed from elements Markdown made (a link's unsafe URL): the Markdown analyser names these better. */
  markdownProblems: BodyProblem[];
  /** False when `tree` is the tree that was given (nothing to parse or remove). */
  changed: boolean;
}

/** MDX nodes: decided by the MDX analyser (src/lib/body/analyse.ts); their children are hast again. */
const MDX_NODES = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

type Range = readonly [start: number, end: number];
type Raw = Extract<Nodes, { type: 'raw' }>;

export function decideHtml(tree: Root, source: string): HtmlDecision {
  const { rawNodes, markdownStarts } = survey(tree);
  const rawRanges = rawNodes.map((n): Range => [n.position?.start?.offset ?? 0, n.position?.end?.offset ?? Number.POSITIVE_INFINITY]);
  // Without raw HTML the tree is already what a browser builds from Sätteri's output.
  const parsed = rawNodes.length ? (raw(tree, { file: new VFile(source), passThrough: MDX_NODES }) as Root) : tree;
  const walk = new Walk(rawRanges, markdownStarts);
  const children = walk.all(parsed.children) as RootContent[];
  const problems = [...rawNodes.flatMap(slips), ...walk.problems].sort((a, b) => a.line - b.line);
  const changed = parsed !== tree || walk.changed;
  return { tree: changed ? { ...parsed, children } : tree, problems, markdownProblems: walk.markdownProblems, changed };
}

/** The attribute as written (onclick, aria-label) for a hast property name (onClick, ariaLabel). */
const attribute = (property: string) => find(html, property).attribute;

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

/**
 * Parse errors (WHATWG names) after which a browser reads on differently from how the text looks:
 * a comment it closes early or never, `<?` and `<![CDATA[` (comments to the first `>`), a tag without `>`.
 */
const SLIPS: Readonly<Record<string, (typeof say)['commentMalformed']>> = {
  'abrupt-closing-of-empty-comment': say.commentMalformed,
  'incorrectly-closed-comment': say.commentMalformed,
  'incorrectly-opened-comment': say.commentMalformed,
  'cdata-in-html-content': say.commentMalformed,
  'unexpected-question-mark-instead-of-tag-name': say.commentMalformed,
  'eof-in-comment': say.commentNotClosed,
  'eof-in-tag': say.tagNotClosed,
  'eof-in-doctype': say.tagNotClosed,
};

/** Each raw node parsed on its own, as it stands between Sätteri's own HTML: where it slips. */
function slips(node: Raw): BodyProblem[] {
  const found: BodyProblem[] = [];
  const first = node.position?.start?.line ?? 1;
  const onParseError = (e: ParserError) => {
    const message = SLIPS[e.code]?.();
    // At the end of the text: name the line where the unfinished comment or tag starts, the raw node's first.
    const line = e.code.startsWith('eof-') ? first : first + e.startLine - 1;
    if (message && !found.some((p) => p.message === message)) found.push({ line, message });
  };
  parseFragment(node.value, { onParseError });
  return found;
}

/** One pass over the parsed tree: returns a cleaned copy, collects problems, notes whether anything was left out. */
class Walk {
  problems: BodyProblem[] = [];
  markdownProblems: BodyProblem[] = [];
  changed = false;

  private readonly rawRanges: readonly Range[];
  private readonly markdownStarts: ReadonlySet<string>;

  constructor(rawRanges: readonly Range[], markdownStarts: ReadonlySet<string>) {
    this.rawRanges = rawRanges;
    this.markdownStarts = markdownStarts;
  }

  /** `line`: where the parent starts, for nodes the parser made up (an implied <tbody>) and so have no position. */
  all(nodes: readonly Nodes[], line = 1): Nodes[] {
    return nodes.flatMap((n) => this.one(n, n.position?.start?.line ?? line));
  }

  private one(node: Nodes, line: number): Nodes[] {
    if (node.type === 'text') return [node];
    if (node.type === 'element') return this.element(node, line);
    const other = node as { type: string; children?: Nodes[] };
    if (MDX_NODES.includes(other.type)) return [(other.children ? { ...other, children: this.all(other.children, line) } : other) as Nodes];
    this.changed = true;
    // Comments never reach the page: they hold editors' notes (a badly closed one is found by `slips`).
    if (node.type === 'comment') return [];
    this.problems.push({ line, message: say.rawHtml(node.type === 'doctype' ? '<!DOCTYPE>' : `<${other.type}>`), allowed: say.rawHtmlAllowed() });
    return [];
  }

  private element(node: Element, line: number): Nodes[] {
    const madeBy = this.madeBy(node);
    const found = madeBy === 'markdown' ? this.markdownProblems : this.problems;
    const refuse = (message: string, allowed?: string) => found.push({ line, message, ...(allowed ? { allowed } : {}) });
    const typed = madeBy === 'editor' ? this.rawVerdict(node) : undefined;
    if (typed) refuse(typed.message, typed.allowed);
    // hast-util-sanitize decides the element and each attribute; this walk recurses and says why.
    const clean = sanitize({ ...node, children: [] }, OUTPUT_SCHEMA);
    const children = this.all(node.children, line) as ElementContent[];
    if (clean.type !== 'element') {
      this.changed = true;
      if (!typed) refuse(say.rawHtml(`<${node.tagName}>`), say.rawHtmlAllowed());
      return [];
    }
    for (const [name, value] of Object.entries(node.properties)) {
      const kept = clean.properties[name];
      if (kept !== undefined && String(kept) === String(value)) continue;
      delete clean.properties[name];
      this.changed = true;
      if (!typed) refuse(URL_PROPERTIES.has(name) ? say.unsafeUrl(String(value)) : say.rawHtml(`<${node.tagName} ${attribute(name)}>`), say.rawHtmlAllowed());
    }
    const src = clean.properties.src;
    if (typeof src === 'string' && !isLocalPath(src)) {
      delete clean.properties.src;
      this.changed = true;
      if (!typed) refuse(say.externalImage(src));
    }
    return [{ ...clean, children }];
  }

  /**
   * 'editor': typed as HTML (it starts inside a raw node); 'markdown': made from Markdown syntax;
   * 'parser': no position, so made up by the HTML parser (an implied <tbody>) or by Markdown
   * (a footnote list), and decided by the schema alone.
   */
  private madeBy(node: Element): 'editor' | 'markdown' | 'parser' {
    const at = node.position?.start?.offset;
    if (at === undefined) return this.rawRanges.length ? 'parser' : 'markdown';
    if (this.markdownStarts.has(`${at} ${node.tagName}`)) return 'markdown';
    return this.rawRanges.some(([start, end]) => at >= start && at < end) ? 'editor' : 'markdown';
  }

  /** Why an element typed as HTML is not allowed, or undefined when it is. */
  private rawVerdict(node: Element): { message: string; allowed?: string } | undefined {
    const component = ALLOWED_MDX_COMPONENTS.find((c) => c.toLowerCase() === node.tagName);
    if (component) return { message: say.componentInMarkdown(component) };
    const attributes = RAW_HTML[node.tagName];
    const extra = attributes && Object.keys(node.properties).find((p) => !attributes.includes(p));
    if (attributes && extra === undefined) return undefined;
    return { message: say.rawHtml(extra === undefined ? `<${node.tagName}>` : `<${node.tagName} ${attribute(extra)}>`), allowed: say.rawHtmlAllowed() };
  }
}
