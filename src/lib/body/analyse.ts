/**
 * Walks a parsed body (mdast from src/lib/body/parse.ts) once and sorts what it finds:
 * - `unsafe`: anything that could execute or load from elsewhere. The build refuses these
 *   (src/lib/body/build-plugin.ts) and the checker reports them first (src/lib/check/body.ts).
 *   Raw HTML is decided on the HTML tree instead (src/lib/body/html-decide.ts).
 * - `notes`: editorial problems; the build refuses those with severity 'error' too (an image
 *   without alt text), the others (vague link text) are warnings.
 * - `links` and `components`: what the checker validates against the site and the standards.
 */
import { editDistance } from '../search/spelling.ts';
import { ALLOWED_MDX_COMPONENTS, MDX_COMPONENT_SPECS, type AllowedMdxComponent } from '../content/mdx-components.ts';
import { isLocalPath, isSafeHref } from '../../core/safe-href.ts';
import { BODY_MESSAGES as say } from './messages.ts';
import type { BodyNode } from './parse.ts';
import { isAllowedHtmlElement, RAW_HTML } from './html-policy.ts';

/** Something the build refuses: always an error. */
export interface BodyProblem {
  line: number;
  message: string;
  allowed?: string;
}

/** An editorial problem only the checker reports; it says itself whether it stops the build. */
export interface BodyNote extends BodyProblem {
  severity: 'error' | 'warning';
}

export interface BodyLink {
  url: string;
  line: number;
  image: boolean;
}

export interface BodyComponent {
  name: AllowedMdxComponent;
  line: number;
  /** Literal values; undefined for a bare attribute (expressions are refused as unsafe). */
  props: Map<string, string | undefined>;
}

export interface BodyAnalysis {
  unsafe: BodyProblem[];
  notes: BodyNote[];
  links: BodyLink[];
  components: BodyComponent[];
}

const VAGUE_LINK_TEXT = /^(klik hier|hier|lees meer|meer|link|deze pagina)$/i;
/** A comment in MDX ({/* ... *\/}) is the only expression allowed: it renders nothing. */
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;
const isComponent = (name: string): name is AllowedMdxComponent => (ALLOWED_MDX_COMPONENTS as readonly string[]).includes(name);

function textOf(node: BodyNode): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(textOf).join('');
}

export function analyseBody(tree: BodyNode): BodyAnalysis {
  const result: BodyAnalysis = { unsafe: [], notes: [], links: [], components: [] };
  const definitions = new Map<string, string>();
  const visit = (node: BodyNode, fn: (n: BodyNode) => void) => {
    fn(node);
    for (const child of node.children ?? []) visit(child, fn);
  };
  visit(tree, (n) => {
    if (n.type === 'definition' && typeof n.url === 'string') definitions.set(String((n as { identifier?: string }).identifier ?? '').toLowerCase(), n.url);
  });
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        result.unsafe.push({ line, message: say.esm() });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT_ONLY.test(String(node.value ?? ''))) result.unsafe.push({ line, message: say.expression() });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(node, line, result);
        break;
      case 'definition':
        if (!isSafeHref(node.url ?? '')) result.unsafe.push({ line, message: say.unsafeUrl(node.url ?? '') });
        break;
      case 'link':
        checkLink(node, line, result);
        break;
      case 'image':
        checkImage(node.url ?? '', node.alt, line, result);
        break;
      case 'imageReference': {
        const url = definitions.get(String((node as { identifier?: string }).identifier ?? '').toLowerCase());
        if (url !== undefined) checkImage(url, node.alt, line, result);
        break;
      }
      case 'linkReference':
        if (VAGUE_LINK_TEXT.test(textOf(node).trim())) result.notes.push({ line, message: vagueText, severity: 'warning' });
        break;
    }
  });
  return result;
}

const vagueText = 'linktekst zegt niet waar de link heen gaat; schrijf bijvoorbeeld de titel van de pagina';

function checkLink(node: BodyNode, line: number, result: BodyAnalysis) {
  const url = node.url ?? '';
  if (!isSafeHref(url)) {
    result.unsafe.push({ line, message: say.unsafeUrl(url) });
    return;
  }
  const text = textOf(node).trim();
  if (VAGUE_LINK_TEXT.test(text)) result.notes.push({ line, message: vagueText, severity: 'warning' });
  else if (/^https?:\/\//i.test(text) && text === url && /^https?:/.test(url)) {
    result.notes.push({ line, message: 'kale webadressen als linktekst zijn slecht voorleesbaar; schrijf waar de link heen gaat', severity: 'warning' });
  }
  if (isLocalPath(url)) result.links.push({ url, line, image: false });
}

function checkImage(url: string, alt: string | null | undefined, line: number, result: BodyAnalysis) {
  if (!isSafeHref(url)) {
    result.unsafe.push({ line, message: say.unsafeUrl(url) });
    return;
  }
  if (!isLocalPath(url)) {
    result.unsafe.push({ line, message: say.externalImage(url) });
    return;
  }
  // WCAG 1.1.1: every image says what it shows, or says it is decoration (src/lib/body/decorative.ts).
  if (!alt?.trim()) result.notes.push({ line, message: say.imageWithoutAlt(url), severity: 'error' });
  result.links.push({ url, line, image: true });
}

function checkJsx(node: BodyNode, line: number, result: BodyAnalysis) {
  const name = node.name ?? '';
  const attributes = node.attributes ?? [];
  if (isAllowedHtmlElement(name)) {
    const allowed = RAW_HTML[name] ?? [];
    const bad = attributes.some((a) => a.type !== 'mdxJsxAttribute' || !allowed.includes(a.name ?? '') || typeof a.value !== 'string');
    if (bad) result.unsafe.push({ line, message: say.rawHtml(`<${name} ...>`), allowed: say.rawHtmlAllowed() });
    return;
  }
  if (!isComponent(name)) {
    const meant = ALLOWED_MDX_COMPONENTS.find((c) => c.toLowerCase() === name.toLowerCase());
    if (meant) {
      result.unsafe.push({ line, message: say.lowerCaseComponent(meant, name) });
    } else if (/^[a-z][\w-]*$/.test(name)) {
      result.unsafe.push({ line, message: say.rawHtml(`<${name}>`), allowed: say.rawHtmlAllowed() });
    } else if (name === '') {
      result.unsafe.push({ line, message: 'een lege tag <> is niet toegestaan; haal <> en </> weg' });
    } else {
      const close = ALLOWED_MDX_COMPONENTS.find((c) => editDistance(c.toLowerCase(), name.toLowerCase(), 2) <= 2);
      result.unsafe.push({ line, message: `onbekend onderdeel <${name}>${close ? `; bedoelt u <${close}>?` : ''}`, allowed: ALLOWED_MDX_COMPONENTS.join(', ') });
    }
    return;
  }
  const props = new Map<string, string | undefined>();
  const known = MDX_COMPONENT_SPECS[name].props;
  for (const a of attributes) {
    // Only the documented props: anything else (onClick, style, ...) is refused, not passed on.
    if (a.type === 'mdxJsxAttribute' && !Object.hasOwn(known, a.name ?? '')) {
      result.unsafe.push({ line, message: `<${name}> kent de eigenschap ${a.name ?? ''} niet (typefout?)`, allowed: Object.keys(known).join(', ') });
    } else if (a.type !== 'mdxJsxAttribute') {
      result.unsafe.push({ line, message: say.spreadProp(name) });
    } else if (a.value !== null && a.value !== undefined && typeof a.value !== 'string') {
      result.unsafe.push({ line, message: say.expressionProp(name, a.name ?? '') });
    } else {
      const value = a.value ?? undefined;
      if (value !== undefined && (a.name === 'src' || a.name === 'href') && !isSafeHref(value)) result.unsafe.push({ line, message: say.unsafeUrl(value) });
      props.set(a.name ?? '', value);
    }
  }
  result.components.push({ name, line, props });
}
