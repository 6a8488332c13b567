import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { yamlRuleProblems } from './yaml-rules.ts';

export interface ParsedSource {
  data: unknown;
  body: string;
  /** 1-based line of the body's first line (after the frontmatter), for link checks. */
  bodyLine: number;
  /** Line of the value at a data path, or of the nearest parent that exists (read from `lines`). */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** Where every value of the YAML stands, as plain data: what `lineOf` reads, and what a cache keeps (src/lib/site/file-cache.ts). */
  lines: LineTree;
  /** YAML syntax errors, each with its line (and field, where the reader knows it). */
  syntaxErrors: { line: number; message: string; field?: string }[];
}

/**
 * The lines of a YAML document's values, taken from the yaml library's tree once. A node keeps its
 * own line (`at`, where its range starts), a map's pairs in order (the key as `lineOf` compares it,
 * the key's line, the value) or a sequence's items.
 */
export interface LineNode {
  at?: number;
  pairs?: [key: string, keyLine: number | undefined, value: LineNode | undefined][];
  items?: (LineNode | undefined)[];
}

export interface LineTree {
  /** The line when the document has no value with a position (an empty frontmatter). */
  first: number;
  root?: LineNode;
}

/** The line of the value at `path`, or of the nearest parent that exists. */
export function lineIn(tree: LineTree, path: readonly PropertyKey[]): number {
  let node = tree.root;
  let line = node?.at ?? tree.first;
  for (const key of path) {
    if (node?.pairs) {
      const pair = node.pairs.find(([k]) => k === String(key));
      if (!pair) break;
      if (pair[1] !== undefined) line = pair[1];
      node = pair[2];
    } else if (node?.items && typeof key === 'number') {
      node = node.items[key];
      if (!node) break;
      if (node.at !== undefined) line = node.at;
    } else break;
  }
  return line;
}

/** A source whose fields could not be read: every line is line 1. */
export function unreadableSource(body: string, syntaxErrors: ParsedSource['syntaxErrors']): ParsedSource {
  const lines: LineTree = { first: 1 };
  return { data: undefined, body, bodyLine: 1, lineOf: (path) => lineIn(lines, path), lines, syntaxErrors };
}

/** A source restored from its parts (a cache): `lineOf` reads the same line tree. */
export function sourceFrom(parts: Omit<ParsedSource, 'lineOf'>): ParsedSource {
  return { ...parts, lineOf: (path) => lineIn(parts.lines, path) };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/;

/** A Markdown file cut at its frontmatter: the one reader of `---` blocks, for the checker, the build and the scripts. */
export interface FrontmatterSplit {
  /** The YAML between the two `---` lines. */
  yaml: string;
  /** Everything after the closing `---` line. */
  body: string;
  /** The line ending after the closing `---` ("\n", "\r\n" or "" at the end of the file). */
  eol: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

/** Splits a Markdown/MDX text at its frontmatter, or undefined when it has none. */
export function splitFrontmatter(text: string): FrontmatterSplit | undefined {
  const m = FRONTMATTER.exec(text);
  if (!m) return undefined;
  return { yaml: m[1] ?? '', body: text.slice(m[0].length), eol: m[2] ?? '', bodyLine: m[0].split('\n').length };
}

/** Splits a content file into data (YAML file or Markdown frontmatter) and body, keeping line numbers. */
/**
 * More aliases than this is not something an editor writes; it is a "billion laughs" file that
 * would make every YAML reader expand it without end.
 */
export const MAX_YAML_ALIASES = 100;

export function parseContentSource(input: string, isYamlFile: boolean): ParsedSource {
  // Editors on Windows sometimes save with a byte order mark; it is invisible and not content.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  let yamlText = text;
  let offset = 0; // lines before the YAML starts
  let body = '';
  let bodyLine = 1;
  if (!isYamlFile) {
    const m = splitFrontmatter(text);
    if (!m) return unreadableSource(text, [{ line: 1, message: 'frontmatter ontbreekt: het bestand moet beginnen met --- en de velden' }]);
    yamlText = m.yaml;
    offset = 1;
    body = m.body;
    bodyLine = m.bodyLine;
  }
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const lineAt = (pos: number) => counter.linePos(pos).line + offset;
  const syntaxErrors: ParsedSource['syntaxErrors'] = [];
  for (const e of doc.errors) {
    const { line, message } = explainYamlError(e.code, e.message.split('\n')[0] ?? e.message, counter.linePos(e.pos[0]).line, yamlText);
    // One mistake often causes several errors on the same line; the first says it best.
    if (!syntaxErrors.some((x) => x.line === line + offset)) syntaxErrors.push({ line: line + offset, message });
  }
  if (!syntaxErrors.length) {
    for (const p of yamlRuleProblems(doc, yamlText, counter)) {
      if (!syntaxErrors.some((x) => x.line === p.line + offset)) syntaxErrors.push({ line: p.line + offset, message: p.message, ...(p.field ? { field: p.field } : {}) });
    }
  }

  const lines: LineTree = { first: 1 + offset, root: lineNode(doc.contents as Node | null, lineAt) };
  // Broken YAML has no data worth reading (and toJS would print warnings about it).
  let data: unknown;
  if (!syntaxErrors.length) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch {
      syntaxErrors.push({ line: 1 + offset, message: 'dit bestand verwijst te vaak naar eerdere stukken (met * en &); schrijf de waarden gewoon uit' });
    }
  }
  return sourceFrom({ data, body, bodyLine, lines, syntaxErrors });
}

/** The line tree of a YAML node: keys compared as the yaml library's values read as text. */
function lineNode(node: Node | null | undefined, lineAt: (pos: number) => number): LineNode | undefined {
  if (!node) return undefined;
  const out: LineNode = node.range ? { at: lineAt(node.range[0]) } : {};
  if (isMap(node)) {
    out.pairs = node.items.map((p) => {
      const key = p.key as Node | null;
      return [String((key as { value?: unknown } | null)?.value ?? key), key?.range ? lineAt(key.range[0]) : undefined, lineNode(p.value as Node | null, lineAt)];
    });
  } else if (isSeq(node)) {
    out.items = node.items.map((item) => lineNode(item as Node | null, lineAt));
  }
  return out;
}

/**
 * The yaml library's messages are for developers. The mistakes editors make most (a colon in a
 * text, an unclosed quote, a tab, a field twice, wrong indentation) get a Dutch explanation, and an
 * unclosed quote points at the line where the quote was opened rather than the end of the file.
 */
export function explainYamlError(code: string, message: string, line: number, yamlText: string): { line: number; message: string } {
  const lines = yamlText.split(/\r?\n/);
  const text = lines[line - 1] ?? '';
  switch (code) {
    case 'DUPLICATE_KEY':
      return { line, message: 'dit veld staat twee keer in het bestand; haal er één weg' };
    case 'TAB_AS_INDENT':
      return { line, message: 'gebruik spaties om in te springen, geen tab' };
    case 'MISSING_CHAR':
      if (/quote/i.test(message)) {
        const opened = lines.findIndex((l) => {
          const m = /^\s*(?:-\s+)?(?:[\w-]+:\s+)?(["'])(.*)$/.exec(l);
          return m && !new RegExp(m[1] === '"' ? '(^|[^\\\\])"' : "'").test(m[2]!);
        });
        return { line: opened >= 0 ? opened + 1 : line, message: 'aanhalingsteken wordt niet afgesloten; zet aan het eind van de tekst hetzelfde teken' };
      }
      break;
    case 'BAD_INDENT':
      if (/^Flow (sequence|mapping)/.test(message)) {
        const close = message.startsWith('Flow sequence') ? ']' : '}';
        const open = close === ']' ? '[' : '{';
        let opened = line - 1;
        while (opened > 0 && !(lines[opened - 1] ?? '').includes(open)) opened--;
        return { line: opened || line, message: `${open} wordt niet afgesloten; zet ${close} aan het eind van de lijst` };
      }
      return { line, message: 'inspringen klopt niet: velden die bij elkaar horen staan precies even ver naar rechts (met spaties)' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      if (/^\s*(?:-\s+)?[\w-]+:\s+[^\s"'\[{|>#][^#]*:\s/.test(text)) {
        // Quotes pasted from Word look like quotes but are text to YAML.
        if (/[“”‘’„]/.test(text)) return { line, message: 'er staat een dubbele punt in de tekst; gekrulde aanhalingstekens (“ ”, uit Word) tellen niet: zet de hele tekst tussen rechte aanhalingstekens: "..."' };
        return { line, message: 'er staat een dubbele punt in de tekst; zet de hele tekst tussen aanhalingstekens: "..."' };
      }
      return { line, message: 'inspringen klopt niet: velden die bij elkaar horen staan precies even ver naar rechts (met spaties)' };
    case 'BAD_ALIAS':
    case 'MULTIPLE_ANCHORS':
      return { line, message: 'tekens * en & hebben in YAML een eigen betekenis; zet de tekst tussen aanhalingstekens: "..."' };
  }
  // The library's own text is English and for developers; say in Dutch where to look instead.
  return { line, message: 'deze regel is geen geldige YAML; let op dubbele punten, aanhalingstekens en inspringen, en vergelijk met een ander bestand van dezelfde soort' };
}
