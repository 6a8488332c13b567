/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the site's root: a path pattern
 * at the start of a line, then its headers indented as `Name: value`; `#` starts a comment.
 * Also turned into nginx `add_header` lines (scripts/build/nginx-headers.ts).
 */

export interface HeaderRule {
  /** A site path; `*` at the end matches everything below it (`/*` is every path). */
  path: string;
  headers: [name: string, value: string][];
}

/** Cloudflare Pages reads at most this many characters per line of `_headers`. */
export const MAX_LINE = 2000;

export function formatHeadersFile(rules: HeaderRule[], comment: string[] = []): string {
  const lines = comment.map((c) => `# ${c}`);
  for (const rule of rules) lines.push(rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
  const long = lines.find((line) => line.length > MAX_LINE);
  if (long) throw new Error(`_headers: een regel van ${long.length} tekens (Cloudflare Pages leest er hoogstens ${MAX_LINE}): ${long.slice(0, 60)}…`);
  return `${lines.join('\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers regel ${i + 1}: verwacht "  Naam: waarde" onder een pad, niet "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers a host sends for `path`: those of every rule that matches it, in file order. */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  return rules.filter((r) => (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path)).flatMap((r) => r.headers);
}

/** nginx `add_header` lines for a server block; only the rule for every path (`/*`) has a place there. */
export function formatNginx(rules: HeaderRule[]): string {
  const lines: string[] = [];
  for (const rule of rules) {
    if (rule.path !== '/*') throw new Error(`nginx: alleen de regel voor /* past in een server-blok, niet ${rule.path}`);
    for (const [name, value] of rule.headers) {
      // Inside nginx's double quotes a `"` ends the value and `$` starts a variable.
      if (/["$\\]/.test(value)) throw new Error(`nginx: de waarde van ${name} bevat " $ of \\`);
      lines.push(`add_header ${name} "${value}" always;`);
    }
  }
  return `${lines.join('\n')}\n`;
}
