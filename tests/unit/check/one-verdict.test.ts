/**
 * One verdict, as users run it: for every fixture of content mistakes and unsafe bodies, and for
 * what stands where in content/ and public/ (symlinks, folders), `npm run check`, `npm run check --
 * --github` and `astro build` exit alike and print the same problem lines and the same summary. The
 * build runs the checker first (src/integrations/content-check.ts); without it (KP_BUILD_CHECK=0)
 * Astro's own reading still refuses the content tree and YAML in the checker's words.
 * The first `npm run check` fills the tree's cache (src/lib/site/file-cache.ts); `--github` and the
 * build's checker read it, so every case also compares a cold verdict with warm ones.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_FILE } from '../../../src/lib/site/file-cache.ts';
import { build, check, FIXTURES, fixtureTree, inPool, problemLines, summaryOf, type Run } from '../commands.ts';

const roots: string[] = [];
afterAll(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

const PRACTICE = readFileSync(join(FIXTURES, 'base/content/practices/lezen-in-groep-5.md'), 'utf8');
const withBody = (body: string) => PRACTICE.replace('Testtekst.\n', body);
/** Text that lives outside the repository: it must never reach a built site. */
const SECRET = `GEHEIM-${process.pid}-BUITEN-DE-REPOSITORY`;
const outside = mkdtempSync(join(tmpdir(), 'kp-outside-'));
roots.push(outside);
writeFileSync(join(outside, 'geheim.md'), withBody(`${SECRET}\n`).replace('groep 5', 'groep 7'));
writeFileSync(join(outside, 'geheim.png'), SECRET);
mkdirSync(join(outside, 'map'));
writeFileSync(join(outside, 'map/geheim.md'), withBody(`${SECRET}\n`).replace('groep 5', 'groep 8'));

interface Case {
  name: string;
  root: string;
  /** What both must conclude; the broken fixtures with warnings only pass. */
  refused: boolean;
}

const WARNINGS_ONLY = ['broken/review-date-passed', 'broken/theme-without-items', 'broken/vague-link-text', 'broken/curly-quotes'];
const attacks = readdirSync(join(FIXTURES, 'unsafe-bodies')).filter((f) => /\.mdx?$/.test(f));

function treeWith(files: Record<string, string>, links: Record<string, string> = {}): string {
  const root = fixtureTree(roots);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  for (const [file, target] of Object.entries(links)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    symlinkSync(target, join(root, file));
  }
  return root;
}

const audience = (body: string) =>
  `---\ntitle: Voor deze doelgroep\nsummary: Wat de inspectie voor deze doelgroep doet en waar u terechtkunt met een vraag.\nsources:\n  - label: Inspectie van het Onderwijs\n    url: https://www.onderwijsinspectie.nl/\n---\n${body}`;

const cases: Case[] = [
  ...readdirSync(join(FIXTURES, 'broken')).map((name) => ({ name: `broken/${name}`, root: fixtureTree(roots, `broken/${name}`), refused: !WARNINGS_ONLY.includes(`broken/${name}`) })),
  { name: 'agree/passes', root: fixtureTree(roots, 'agree/passes'), refused: false },
  // Every attack at once, each as a practice of its own (tests/fixtures/unsafe-bodies/README.md).
  { name: 'unsafe-bodies', root: treeWith(Object.fromEntries(attacks.map((a) => [`content/practices/${a}`, withBody(readFileSync(join(FIXTURES, 'unsafe-bodies', a), 'utf8'))]))), refused: true },
  // An unsafe body on a page that is no collection item.
  {
    name: 'audience-page-unsafe-body',
    root: treeWith({
      'content/pages/voor-wie/ouders.md': audience('<img src="x" onerror="alert(1)">\n'),
      'content/pages/voor-wie/leerlingen-en-studenten.md': audience('Tekst.\n'),
      'content/pages/voor-wie/besturen-en-mr.md': audience('Tekst.\n'),
      'content/pages/voor-wie/inspecteurs.md': audience('Tekst.\n'),
    }),
    refused: true,
  },
  // Links git does not keep in a fixture: made here, pointing outside the tree.
  { name: 'symlinked-file', root: treeWith({}, { 'content/practices/geheim.md': join(outside, 'geheim.md') }), refused: true },
  { name: 'symlinked-folder', root: treeWith({}, { 'content/practices/extern': join(outside, 'map') }), refused: true },
  { name: 'symlinked-public-file', root: treeWith({}, { 'public/images/geheim.png': join(outside, 'geheim.png') }), refused: true },
];

interface Verdicts {
  check: Run;
  github: Run;
  build: Run & { out: string };
}
const results = new Map<string, Verdicts>();
const pwned = join(tmpdir(), `kp-pwned-verdict-${process.pid}`);

beforeAll(async () => {
  const checks = await inPool(
    2,
    cases.map((c) => async () => ({ check: await check(c.root), github: await check(c.root, '--github') })),
  );
  // A refused build stops before Astro writes anything, so two can run at once; a passing one
  // writes Astro's own folders in the project, so those run one after the other.
  const builds = new Map<string, Run & { out: string }>();
  await inPool(
    2,
    cases.filter((_, i) => checks[i]!.check.status !== 0).map((c) => async () => builds.set(c.name, await build(c.root, { KP_PWNED: pwned }))),
  );
  await inPool(
    1,
    cases.filter((_, i) => checks[i]!.check.status === 0).map((c) => async () => builds.set(c.name, await build(c.root, { KP_PWNED: pwned }))),
  );
  cases.forEach((c, i) => results.set(c.name, { ...checks[i]!, build: builds.get(c.name)! }));
}, 1_800_000);

describe('npm run check, --github and astro build', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: the same exit code and the same lines', (_, c) => {
    const { check: ch, github, build: b } = results.get(c.name)!;
    const lines = problemLines(ch.output);
    expect(ch.status, ch.output).toBe(c.refused ? 1 : 0);
    expect(b.status, b.output.slice(-3000)).toBe(ch.status);
    expect(github.status).toBe(ch.status);
    if (c.refused) expect(lines.length).toBeGreaterThan(0);
    expect(problemLines(b.output)).toEqual(lines);
    expect(problemLines(github.output)).toEqual(lines);
    expect(summaryOf(b.output)).toBe(summaryOf(ch.output));
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: every line is a pull-request annotation of the same kind', (_, c) => {
    const { check: ch, github } = results.get(c.name)!;
    const kind = (l: string) => (l.includes('  waarschuwing: ') ? 'warning' : 'error');
    const expected = problemLines(ch.output).map((l) => `${kind(l)} ${/^([^\s]+):(\d+)/.exec(l)!.slice(1).join(':')}`);
    const annotations = [...github.stdout.matchAll(/^::(error|warning) file=(.*?),line=(\d+),title=npm run check::/gm)].map((m) => `${m[1]} ${m[2]!.replace(/%3A/g, ':').replace(/%2C/g, ',')}:${m[3]}`);
    expect(annotations).toEqual(expected);
  });

  it('the checks after the first read the cache it wrote', () => {
    for (const c of cases) expect(existsSync(join(c.root, '.cache', CACHE_FILE)), c.name).toBe(true);
  });

  it.each(cases.filter((c) => c.refused).map((c) => [c.name, c] as const))('%s: a refused build publishes nothing', (_, c) => {
    expect(existsSync(join(results.get(c.name)!.build.out, 'index.html'))).toBe(false);
  });

  it('agree/passes: a BOM, a file name Astro has to slug and ignored _ files (one broken) pass both, with the same pages', () => {
    const out = results.get('agree/passes')!.build.out;
    for (const id of ['lezen--schrijven_2-groep-5', 'lezen-in-groep-5', 'met-bom']) expect(existsSync(join(out, 'goede-voorbeelden', id, 'index.html')), id).toBe(true);
    expect(existsSync(join(out, 'goede-voorbeelden', 'concept-notities'))).toBe(false);
    expect(existsSync(join(out, 'goede-voorbeelden', '_concept-notities'))).toBe(false);
  });

  it('no file from outside the repository is ever published, and no MDX code ran on the build machine', () => {
    for (const c of cases) {
      const out = results.get(c.name)!.build.out;
      if (!existsSync(out)) continue;
      const published = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      for (const f of published) expect(readFileSync(join(f.parentPath, f.name), 'utf8').includes(SECRET), `${c.name}: ${f.name}`).toBe(false);
    }
    expect(existsSync(pwned)).toBe(false);
  });
});

describe('Astro reading the content itself (KP_BUILD_CHECK=0): the same rule, the same Dutch line', () => {
  const own = [
    { name: 'symlinked-file', tree: () => treeWith({}, { 'content/practices/geheim.md': join(outside, 'geheim.md') }) },
    { name: 'subfolder-in-collection', tree: () => fixtureTree(roots, 'broken/subfolder-in-collection') },
    { name: 'yaml-tag-include', tree: () => fixtureTree(roots, 'broken/yaml-tag-include') },
    { name: 'yaml-tag-js-function', tree: () => fixtureTree(roots, 'broken/yaml-tag-js-function') },
    // Astro's own reader expanded alias bombs.
    { name: 'yaml-alias-bomb', tree: () => fixtureTree(roots, 'broken/yaml-alias-bomb') },
  ];
  const runs = new Map<string, { check: Run; build: Run & { out: string } }>();

  beforeAll(async () => {
    await inPool(
      2,
      own.map((c) => async () => {
        const root = c.tree();
        runs.set(c.name, { check: await check(root), build: await build(root, { KP_BUILD_CHECK: '0' }) });
      }),
    );
  }, 900_000);

  it.each(own.map((c) => c.name))('%s: refused with the line npm run check prints, not a crash in another reader', (name) => {
    const { check: ch, build: b } = runs.get(name)!;
    expect(ch.status).toBe(1);
    expect(b.status).not.toBe(0);
    const [line] = problemLines(ch.output);
    expect(b.output).toContain(line!);
    // The old failures: js-yaml's "unknown tag", the router's "Missing parameter" for a nested id.
    expect(b.output).not.toMatch(/unknown tag|js-yaml|Missing parameter/);
    expect(existsSync(join(b.out, 'index.html'))).toBe(false);
  });

  // Astro's own reader rolled 2026-02-30 over to 2 March; ours keeps it as written, and the schema
  // (Astro formats its message itself) refuses it.
  it('impossible-date: refused by the schema, in Dutch', async () => {
    const b = await build(fixtureTree(roots, 'broken/impossible-date'), { KP_BUILD_CHECK: '0' });
    expect(b.status).not.toBe(0);
    expect(b.output).toContain('die dag bestaat niet');
  }, 300_000);
});
