/**
 * Safe bodies and unpublished media, proven twice: `npm run check` (checkContent) and a real
 * `astro build` of a tiny content tree (KP_CONTENT_DIR) must give the same verdict on every
 * refused body in tests/fixtures/unsafe-bodies/, the MDX attacks must not run on the build machine,
 * and media of draft and scheduled items must stay out of dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlToHast, markdownToHtml, mdxToJs } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/run.ts';
import { formatProblem } from '../../../src/lib/content/errors.ts';
import { bodyHastPlugins, safeBodies, safeHtml, UnsafeBodyError } from '../../../src/lib/body/build-plugin.ts';
import { BODY_FEATURES } from '../../../src/lib/body/parse.ts';

const PROJECT = join(import.meta.dirname, '../../..');
const BASE = join(import.meta.dirname, '../../fixtures/base');
const ATTACKS = join(import.meta.dirname, '../../fixtures/unsafe-bodies');
const PRACTICE = readFileSync(join(BASE, 'content/practices/lezen-in-groep-5.md'), 'utf8');
const NOW = '2026-11-23T12:00:00Z';
const attacks = readdirSync(ATTACKS).filter((f) => /\.mdx?$/.test(f) && f !== 'README.md').sort();
const roots: string[] = [];
afterAll(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A copy of the base fixture with extra practices (file name -> body) and real files under public/. */
function tree(practices: Record<string, { body: string; frontmatter?: string }>, publicFiles: string[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'kp-guard-'));
  roots.push(root);
  cpSync(BASE, root, { recursive: true });
  for (const [name, { body, frontmatter = '' }] of Object.entries(practices)) {
    const text = PRACTICE.replace('Testtekst.\n', body).replace('source: themaonderzoek\n', `source: themaonderzoek\n${frontmatter}`);
    writeFileSync(join(root, 'content/practices', name), text);
  }
  for (const p of publicFiles) {
    mkdirSync(join(root, 'public', p, '..'), { recursive: true });
    // A real file of its type: the build publishes a file only when its bytes are what its name says.
    cpSync(join(import.meta.dirname, '../../fixtures/public-files/real', `klein${p.slice(p.lastIndexOf('.'))}`), join(root, 'public', p));
  }
  mkdirSync(join(root, 'public'), { recursive: true });
  return root;
}

function astroBuild(root: string, env: Record<string, string> = {}) {
  const out = join(root, 'dist');
  const r = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['build'], {
    cwd: PROJECT,
    encoding: 'utf8',
    // Vitest's DEV=1 and NODE_ENV=test are passed on on purpose: they must not make a build publish drafts.
    env: { ...process.env, KP_CONTENT_DIR: join(root, 'content'), KP_PUBLIC_DIR: join(root, 'public'), KP_OUT_DIR: out, KP_NOW: NOW, ...env },
  });
  // eslint-disable-next-line no-control-regex
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.replace(/\u001b\[[0-9;]*m/g, ''), out };
}

/** "name.md:3  (tekst)  message" for every body problem the checker reports in the attack files. */
async function checkerVerdict(root: string): Promise<Map<string, string[]>> {
  const { problems } = await checkContent({ root, now: new Date(NOW) });
  const byFile = new Map<string, string[]>(attacks.map((a) => [a, []]));
  for (const p of problems) {
    const name = p.file.replace(/^content\/practices\//, '');
    if (byFile.has(name)) byFile.get(name)!.push(formatProblem(p).replace(/^content\/practices\//, ''));
  }
  return byFile;
}

describe('unsafe bodies: checker and build agree', () => {
  const pwned = join(tmpdir(), `kp-pwned-${process.pid}`);
  let root: string;
  let checker: Map<string, string[]>;
  let build: ReturnType<typeof astroBuild>;

  beforeAll(async () => {
    // The image exists: image-without-alt.md is refused for its alt text alone.
    root = tree(Object.fromEntries(attacks.map((a) => [a, { body: readFileSync(join(ATTACKS, a), 'utf8') }])), ['images/klas.png']);
    checker = await checkerVerdict(root);
    // The build's own guards, without the checker run first (src/integrations/content-check.ts,
    // tested in tests/unit/check/one-verdict.test.ts): they alone must refuse the same lines.
    build = astroBuild(root, { KP_PWNED: pwned, KP_BUILD_CHECK: '0' });
  }, 180_000);

  it.each(attacks)('%s is refused by npm run check', (attack) => {
    const lines = checker.get(attack)!;
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.includes('  (tekst)  '))).toBe(true);
  });

  it('the build fails and writes no page', () => {
    expect(build.status).not.toBe(0);
    // The checker step is off here (KP_BUILD_CHECK=0): the build's own body guard stops it, in Dutch.
    // With the checker on, tests/unit/check/one-verdict.test.ts pins npm run check's closing line.
    expect(build.output).toContain('Onveilige inhoud; de site wordt niet gebouwd');
    expect(existsSync(join(build.out, 'index.html'))).toBe(false);
  });

  it.each(attacks)('%s: the build names the same lines with the same sentences', (attack) => {
    const fromBuild = build.output
      .split('\n')
      .filter((l) => l.includes(`content/practices/${attack}:`))
      .map((l) => l.replace(/^.*content\/practices\//, ''));
    expect(fromBuild).toEqual(checker.get(attack));
  });

  it('MDX code in a body never runs on the build machine', () => {
    expect(existsSync(pwned)).toBe(false);
  });
});

describe('the Markdown processor guard on its own (npm run dev, MDX compile)', () => {
  it.each(attacks)('%s is refused before it is compiled', (attack) => {
    const source = PRACTICE.replace('Testtekst.\n', readFileSync(join(ATTACKS, attack), 'utf8'));
    const options = { fileURL: pathToFileURL(join(ATTACKS, attack)), mdastPlugins: [safeBodies(() => undefined)] };
    expect(() => (attack.endsWith('.mdx') ? mdxToJs(source, options) : markdownToHtml(source, options))).toThrow(UnsafeBodyError);
  });

  it('lets a safe body through', async () => {
    const source = PRACTICE.replace('Testtekst.\n', 'Lees [het thema](/themas/basisvaardigheden/) en H<sub>2</sub>O, <abbr title="primair onderwijs">po</abbr>.\n');
    const { html } = await markdownToHtml(source, { mdastPlugins: [safeBodies(() => undefined)] });
    expect(html).toContain('<abbr title="primair onderwijs">po</abbr>');
  });
});

describe('the HTML the build writes (safeHtml: raw HTML parsed as a browser does, then decided)', () => {
  // The plugins are synchronous, so is the result.
  const render = (body: string) => (markdownToHtml(body, { features: BODY_FEATURES, hastPlugins: bodyHastPlugins(() => undefined) }) as { html: string }).html;

  // With raw HTML in a body the whole tree is decided again, Markdown's own links too.
  it.each(['<script>alert(1)</script>', '<img src="x" onerror="alert(1)">', 'H<sub>2</sub>O [a](javascript:alert(1))', '<iframe src="https://x.example/"></iframe>', '<!--><img src=x onerror=alert(1)>-->'])(
    'refuses %s on its own',
    (body) => {
      expect(() => markdownToHtml(`${body}\n`, { hastPlugins: [safeHtml(() => undefined)] })).toThrow(UnsafeBodyError);
    },
  );

  it('lets tables, task lists, footnotes, links and the allowed tags through unchanged', () => {
    const body = '| a | b |\n|:--|--:|\n| 1 | 2 |\n\n- [x] klaar\n\nTekst[^1] en [mail](mailto:a@example.nl), H<sub>2</sub>O, <abbr title="po">po</abbr>.\n\n[^1]: Bron.\n';
    // Compared as a browser reads them: `data-footnote-ref` and `data-footnote-ref=""` are the same.
    const dom = (html: string) => JSON.stringify(htmlToHast(html, { fragment: true }), (key, value: unknown) => (key === 'position' ? undefined : value));
    expect(dom(render(body))).toBe(dom(markdownToHtml(body, { features: BODY_FEATURES }).html));
  });

  it('leaves comments out of the page: editors\' notes are not published', () => {
    const html = render('Tekst <!-- inline notitie --> verder.\n\n<!--\nInterne notitie: nog niet publiceren\n-->\n\nEinde.\n');
    expect(html).toBe('<p>Tekst  verder.</p>\n\n<p>Einde.</p>\n');
  });

  it('writes a decorative image with an empty alt text and role="presentation"', () => {
    expect(render('![decoratief](/images/rand.png) ![Leerlingen in de klas](/images/klas.png)\n')).toBe(
      '<p><img src="/images/rand.png" alt="" role="presentation"> <img src="/images/klas.png" alt="Leerlingen in de klas"></p>\n',
    );
  });
});

describe('media of unpublished items stay out of dist/', () => {
  let build: ReturnType<typeof astroBuild>;
  let problems: string[];

  beforeAll(async () => {
    const link = (name: string) => `Lees [de brochure over lezen (pdf)](/media/lezen/${name}.pdf).\n`;
    const root = tree(
      {
        'gepubliceerd.md': { body: link('gepubliceerd'), frontmatter: 'image:\n  src: /images/klas.png\n  alt: Leerlingen lezen samen in de leeshoek\n' },
        'concept.md': { body: link('concept'), frontmatter: 'draft: true\n' },
        'gepland.md': { body: link('gepland'), frontmatter: '' },
        'met-opmerking.md': { body: 'Tekst <!-- notitie: nog niet publiceren --> en H<sub>2</sub>O.\n\n<!--\nInterne notitie\n-->\n\n![decoratief](/images/klas.png)\n' },
      },
      ['media/lezen/gepubliceerd.pdf', 'media/lezen/concept.pdf', 'media/lezen/gepland.pdf', 'media/lezen/vergeten.mp3', 'images/klas.png'],
    );
    // Scheduled: published a year after "now".
    const scheduled = join(root, 'content/practices/gepland.md');
    writeFileSync(scheduled, readFileSync(scheduled, 'utf8').replace('publishDate: 2026-03-01', 'publishDate: 2027-03-03'));
    problems = (await checkContent({ root, now: new Date(NOW) })).problems.filter((p) => p.severity === 'error').map(formatProblem);
    build = astroBuild(root);
  }, 180_000);

  it('the fixture is valid content', () => {
    expect(problems).toEqual([]);
    expect(build.status, build.output).toBe(0);
  });

  it('keeps the media of the published item', () => {
    expect(existsSync(join(build.out, 'media/lezen/gepubliceerd.pdf'))).toBe(true);
    expect(existsSync(join(build.out, 'goede-voorbeelden/gepubliceerd/index.html'))).toBe(true);
  });

  it('shows the item image with its alt text', () => {
    const html = readFileSync(join(build.out, 'goede-voorbeelden/gepubliceerd/index.html'), 'utf8');
    expect(html).toMatch(/<img src="\/images\/klas\.png" alt="Leerlingen lezen samen in de leeshoek"/);
  });

  it('publishes a body without its comments, with a decorative image marked as such', () => {
    const html = readFileSync(join(build.out, 'goede-voorbeelden/met-opmerking/index.html'), 'utf8');
    expect(html).toContain('Tekst  en H<sub>2</sub>O.');
    expect(html).not.toMatch(/notitie|Interne/i);
    expect(html).toContain('<img src="/images/klas.png" alt="" role="presentation">');
  });

  it('leaves out the media of the draft, the scheduled item and a file nobody links to', () => {
    for (const name of ['concept.pdf', 'gepland.pdf', 'vergeten.mp3']) expect(existsSync(join(build.out, 'media/lezen', name)), name).toBe(false);
    expect(existsSync(join(build.out, 'goede-voorbeelden/concept/index.html'))).toBe(false);
    expect(existsSync(join(build.out, 'goede-voorbeelden/gepland/index.html'))).toBe(false);
  });
});
