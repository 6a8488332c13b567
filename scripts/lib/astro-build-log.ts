/**
 * Reads the page lines of `astro build` output: which files were rendered and which were copied
 * from the incremental-build cache ("(restored)" or "(cached)"). Used by the bench and the
 * incremental-build test to show how much work a rebuild really did.
 */
export interface BuildPages {
  rendered: string[];
  reused: string[];
}

// "  ├─ /brochures/x/index.html (+12ms)" or "… (restored)"; colour codes stripped first.
const PAGE_LINE = /[├└]─ (\/\S*)\s+\((restored|cached|\+[^)]*)\)/;
const COLOURS = /\u001b\[[0-9;]*m/g;

export function buildPages(log: string): BuildPages {
  const rendered: string[] = [];
  const reused: string[] = [];
  for (const line of log.replace(COLOURS, '').split('\n')) {
    const m = PAGE_LINE.exec(line);
    if (!m) continue;
    (m[2] === 'restored' || m[2] === 'cached' ? reused : rendered).push(m[1]!);
  }
  return { rendered, reused };
}
