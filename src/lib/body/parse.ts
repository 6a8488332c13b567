/**
 * Parses a content file's body with the parser the build uses (Sätteri, Astro's default Markdown
 * and MDX processor), so the checker and the build read exactly the same tree.
 */
import type { Root } from 'hast';
import { markdownToHast, markdownToMdast, mdxToHast, mdxToMdast, type Features } from 'satteri';
import { parseErrorMessage } from './messages.ts';

export type BodyFormat = 'markdown' | 'mdx';

/** The Markdown features of the build (astro.config.mjs passes these to Sätteri), so both read the same tree. */
export const BODY_FEATURES = { gfm: true, smartPunctuation: true } as const satisfies Features;

/** The fields of an mdast node that the analyser reads (mdast, with the MDX extensions). */
export interface BodyNode {
  type: string;
  position?: { start: { line: number } };
  children?: BodyNode[];
  value?: unknown;
  url?: string;
  alt?: string | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  /** heading */
  depth?: number;
  /** list */
  ordered?: boolean | null;
  start?: number | null;
  /** footnoteReference, footnoteDefinition, definition */
  identifier?: string;
  label?: string | null;
}

export type ParsedBody = { tree: BodyNode; error?: undefined } | { tree?: undefined; error: { line: number; message: string } };

export function formatOfFile(file: string): BodyFormat {
  return /\.mdx$/i.test(file) ? 'mdx' : 'markdown';
}

/** The whole file (frontmatter included, so lines are the file's lines); a syntax error becomes one Dutch problem. */
export function parseBody(text: string, format: BodyFormat): ParsedBody {
  try {
    const tree = (format === 'mdx' ? mdxToMdast : markdownToMdast)(text) as unknown as BodyNode;
    return { tree };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const line = Number(/^(\d+):\d+/.exec(raw)?.[1] ?? 1);
    return { error: { line, message: parseErrorMessage(raw) } };
  }
}

/** The HTML tree (hast) the build's Markdown processor makes of the same text, raw HTML still unparsed; undefined when the text cannot be read (parseBody says why). */
export function parseBodyHtml(text: string, format: BodyFormat): Root | undefined {
  try {
    return (format === 'mdx' ? mdxToHast : markdownToHast)(text, { features: BODY_FEATURES }) as Root;
  } catch {
    return undefined;
  }
}
