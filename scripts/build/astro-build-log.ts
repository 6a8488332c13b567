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

/** Where the time of one `astro build` went, from the timestamps Astro prints (whole seconds) and the checker's own ms. */
export interface BuildStep {
  step: string;
  seconds: number;
}

const STAMP = /^(\d\d):(\d\d):(\d\d) /;

/**
 * The steps of one build, adding up to `totalSeconds`: start, content check (the checker's own
 * milliseconds from its summary line; with the start when the line has none), content sync,
 * build info, bundling, pages (rendered or copied from the cache), and what runs after the pages
 * (sitemap, the CMS, unpublished media, headers). Astro's stamps have whole seconds, so each step is
 * good to about a second; steps it did not print are left out.
 */
export function buildSteps(log: string, totalSeconds: number): BuildStep[] {
  const lines = log.replace(COLOURS, '').split('\n');
  const at = (test: (line: string) => boolean, last = false): number | undefined => {
    const found = last ? lines.findLast((l) => STAMP.test(l) && test(l)) : lines.find((l) => STAMP.test(l) && test(l));
    const m = found && STAMP.exec(found);
    return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
  };
  const checked = at((l) => l.includes('content-check]'));
  const marks: [string, number | undefined][] = [
    ['content sync (Astro reads every file; unchanged ones are not parsed again)', at((l) => l.includes('[content] Synced content'))],
    ['build info, types', at((l) => l.includes('Building static entrypoints'))],
    ['bundle (Vite compiles the pages and the content store)', at((l) => l.includes('Rearranging server assets'))],
    ['pages: cache keys for every page, rendered or copied from the cache', at((l) => PAGE_START.test(l), true)],
    ['after the pages: sitemap, CMS, unpublished media, security headers', at((l) => l.includes('[build] Complete!'))],
  ];
  if (checked === undefined) return [];
  const end = marks.at(-1)![1] ?? checked;
  const beforeSync = Math.max(0, totalSeconds - (end - checked));
  // The checker's own time, from its summary line: what its per-file cache saves shows here.
  const checkMs = /content-check\].*gecontroleerd in (\d+) ms/.exec(lines.find((l) => l.includes('content-check]')) ?? '')?.[1];
  const checkSeconds = checkMs === undefined ? undefined : Math.min(beforeSync, Number(checkMs) / 1000);
  const steps: BuildStep[] =
    checkSeconds === undefined
      ? [{ step: 'start and content check (every file read, schemas, bodies, cross-entry checks)', seconds: beforeSync }]
      : [
          { step: 'start: Node, Astro, config, the build cache emptied if the code changed', seconds: beforeSync - checkSeconds },
          { step: 'content check (every file read; parse, schema and body from the cache when unchanged; cross-entry checks)', seconds: checkSeconds },
        ];
  let previous = checked;
  for (const [step, time] of marks) {
    if (time === undefined) continue;
    steps.push({ step, seconds: time - previous });
    previous = time;
  }
  return steps;
}
