import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

export interface ParsedSource {
  data: unknown;
  body: string;
  /** 1-based line of the body's first line (after the frontmatter), for link checks. */
  bodyLine: number;
  /** Line of the value at a data path, or of the nearest parent that exists. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** YAML syntax errors, each with its line. */
  syntaxErrors: { line: number; message: string }[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits a content file into data (YAML file or Markdown frontmatter) and body, keeping line numbers. */
export function parseContentSource(text: string, isYamlFile: boolean): ParsedSource {
  let yamlText = text;
  let offset = 0; // lines before the YAML starts
  let body = '';
  let bodyLine = 1;
  if (!isYamlFile) {
    const m = FRONTMATTER.exec(text);
    if (!m) {
      return {
        data: undefined,
        body: text,
        bodyLine: 1,
        lineOf: () => 1,
        syntaxErrors: [{ line: 1, message: 'frontmatter ontbreekt: het bestand moet beginnen met --- en de velden' }],
      };
    }
    yamlText = m[1] ?? '';
    offset = 1;
    body = text.slice(m[0].length);
    bodyLine = m[0].split('\n').length;
  }
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const lineAt = (pos: number) => counter.linePos(pos).line + offset;
  const syntaxErrors = doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: e.message.split('\n')[0] ?? e.message }));

  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let line = node?.range ? lineAt(node.range[0]) : 1 + offset;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === String(key));
        if (!pair) break;
        const keyNode = pair.key as Node | null;
        if (keyNode?.range) line = lineAt(keyNode.range[0]);
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key] as Node | null;
        if (!node) break;
        if (node.range) line = lineAt(node.range[0]);
      } else break;
    }
    return line;
  };
  return { data: doc.toJS(), body, bodyLine, lineOf, syntaxErrors };
}
