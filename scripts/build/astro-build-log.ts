/**
 * Reads the page lines of `astro build` output: which files were rendered and which were copied
 * from the incremental-build cache ("(restored)" or "(cached)"). Used by the bench and the
 * incremental-build test to show how much work a rebuild really did.
 */
export interface BuildPages {
  rendered: string[];
  reused: string[];
}

// "  ├─ /brochures/x/index.html (+12ms)" or "… (restored)"; colour codes stripped first. Astro
// prints the path before rendering and the time after, so whatever the page logs meanwhile
// (React's "Invalid hook call" on stderr) can land between the two: the status is the first
// one after the path, up to the next page line.
const PAGE_START = /[├└]─ /;
const PATH = /^(\/\S*?\.(?:html|xml|json|ics|txt))/;
const STATUS = /\((restored|cached|\+\d[^)]*)\)/;
const COLOURS = /\u001b\[[0-9;]*m/g;

export function buildPages(log: string): BuildPages {
  const rendered: string[] = [];
  const reused: string[] = [];
  for (const part of log.replace(COLOURS, '').split(PAGE_START).slice(1)) {
    const path = PATH.exec(part)?.[1];
    const status = STATUS.exec(part)?.[1];
    if (!path || !status) continue;
    (status === 'restored' || status === 'cached' ? reused : rendered).push(path);
  }
  return { rendered, reused };
}
