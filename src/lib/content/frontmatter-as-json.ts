/**
 * An MDX file as the MDX compiler gets it in the build (src/integrations/one-reader.ts): the
 * frontmatter replaced by the data our reader (source.ts) found, as one line of JSON followed by
 * empty lines. JSON is YAML that every reader reads alike, so @astrojs/mdx's own YAML reader
 * (js-yaml) sees exactly our data and cannot fail on what the checker accepted; the body starts
 * on the same line, so the compiler's and the guard's line numbers stay the editor's.
 */
import { parseContentSource, splitFrontmatter } from './source.ts';

export type FrontmatterAsJson = { code: string } | { error: { line: number; field?: string; message: string } };

export function frontmatterAsJson(text: string): FrontmatterAsJson {
  const source = parseContentSource(text, false);
  const first = source.syntaxErrors[0];
  if (first) return { error: first };
  const split = splitFrontmatter(text.startsWith('\uFEFF') ? text.slice(1) : text)!;
  const lines = split.yaml.split('\n').length;
  return { code: `---\n${JSON.stringify(source.data ?? {})}${'\n'.repeat(lines)}---${split.eol}${split.body}` };
}
