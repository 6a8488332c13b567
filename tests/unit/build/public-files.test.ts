/**
 * Files are what they claim, proven with the commands as typed: each case in
 * tests/fixtures/public-files/ (laid over tests/fixtures/base) links or embeds a file the site
 * must not publish (SVG, a page, a script, a .png or .mp3 or .vtt that is really HTML) or leaves a
 * stray file in public/. `node scripts/content/check.ts <root>` refuses each with one Dutch line;
 * `astro build` of all cases together prints the same lines and publishes nothing; with the
 * checker step switched off, the build itself (src/integrations/published-media.ts) still removes
 * every such file from the output and fails. Real files of every publishable type do build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROJECT = join(import.meta.dirname, '../../..');
const FIXTURES = join(PROJECT, 'tests/fixtures');
const CASES_DIR = join(FIXTURES, 'public-files');
const REAL = join(CASES_DIR, 'real');
const NOW = '2026-11-23T12:00:00Z';
const roots: string[] = [];
afterAll(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

const SVG = 'is een SVG-bestand; daarin kan code staan die op de site wordt uitgevoerd, dus de site publiceert het niet: zet de afbeelding om naar PNG of WebP  (toegestaan: png, jpg, jpeg, gif, webp, avif)';
const CODE = (ext: string) =>
  `is een webpagina of code (.${ext}); zo'n bestand kan code uitvoeren op de site, dus de site publiceert het niet: zet de tekst in een pagina in content/ of maak er een PDF van  (toegestaan: mp3, m4a, aac, ogg, oga, opus, mp4, m4v, webm, vtt, pdf, png, jpg, jpeg, gif, webp, avif)`;
const NOT = (ext: string, label: string, how = `sla het opnieuw op als ${label}`) => `heet .${ext}, maar is geen ${label}: de inhoud is tekst (bijvoorbeeld een webpagina) of een onbekend soort bestand; ${how}`;
const STRAY =
  'dit bestand hoort niet in public/: alles daar komt ongezien op de site; zet media in public/media/, afbeeldingen in public/images/ of downloads in public/downloads/ en link ernaar vanuit de inhoud, of haal het weg';

/** Per case: the refused file (site path), the one line npm run check prints, and the line the build prints on its own. */
const CASES: Record<string, { sitePath: string; check: string }> = {
  'svg-image': { sitePath: '/images/grafiek.svg', check: `content/practices/svg-afbeelding.md:23  image.src  /images/grafiek.svg ${SVG}` },
  'svg-in-body': { sitePath: '/images/scores.svg', check: `content/practices/svg-in-tekst.md:23  (tekst)  /images/scores.svg ${SVG}` },
  'svg-figure': { sitePath: '/images/schema.svg', check: `content/practices/figuur-svg.mdx:23  (tekst)  /images/schema.svg ${SVG}` },
  'html-as-png': { sitePath: '/images/klas-foto.png', check: `content/practices/html-als-png.md:23  image.src  /images/klas-foto.png ${NOT('png', 'PNG-afbeelding')}` },
  'html-download': { sitePath: '/downloads/verslag.html', check: `content/practices/html-download.md:23  (tekst)  /downloads/verslag.html ${CODE('html')}` },
  'js-download': { sitePath: '/downloads/leestijd.js', check: `content/practices/js-download.md:23  (tekst)  /downloads/leestijd.js ${CODE('js')}` },
  'fake-audio': { sitePath: '/media/podcasts/nep-audio.mp3', check: `content/podcasts/nep-audio.md:15  audio.file  /media/podcasts/nep-audio.mp3 ${NOT('mp3', 'MP3-audio')}` },
  'fake-transcript': {
    sitePath: '/media/podcasts/nep-transcript.vtt',
    check: `content/podcasts/nep-transcript.md:19  transcript  /media/podcasts/nep-transcript.vtt ${NOT('vtt', 'WebVTT-tekst', 'schrijf het als WebVTT: de eerste regel is WEBVTT, daarna tijdregels en tekst')}`,
  },
  'stray-public-files': { sitePath: '/welkom.html', check: `public/welkom.html:1  (bestand)  ${STRAY}` },
};
/** The build's own line for a refused file: the same sentence, at the file in public/. */
const buildLine = (c: string) => CASES[c]!.check.replace(/^\S+:\d+ {2}\S+ {2}/, `public${CASES[c]!.sitePath}:1  (bestand)  `);

function tree(...overlays: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'kp-public-files-'));
  roots.push(root);
  cpSync(join(FIXTURES, 'base'), root, { recursive: true });
  for (const o of overlays) cpSync(join(CASES_DIR, o), root, { recursive: true });
  mkdirSync(join(root, 'public'), { recursive: true });
  return root;
}

function check(root: string) {
  const r = spawnSync(process.execPath, [join(PROJECT, 'scripts/content/check.ts'), root], { encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, lines: r.stdout.split('\n').filter((l) => /^\S+:\d+ {2}/.test(l)) };
}

function astroBuild(root: string, env: Record<string, string> = {}) {
  const out = join(root, 'dist');
  const r = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: PROJECT,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', KP_CONTENT_DIR: join(root, 'content'), KP_PUBLIC_DIR: join(root, 'public'), KP_OUT_DIR: out, KP_CACHE_DIR: join(root, 'cache'), KP_NOW: NOW, ...env },
  });
  // eslint-disable-next-line no-control-regex
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.replace(/\u001b\[[0-9;]*m/g, ''), out };
}

const cases = Object.keys(CASES);

it('every case folder has an expectation above', () => {
  expect(readdirSync(CASES_DIR).filter((d) => d !== 'real' && d !== 'README.md').sort()).toEqual([...cases].sort());
});

describe('npm run check refuses each case with one line', () => {
  it.each(cases)('%s', (c) => {
    const r = check(tree(c));
    expect(r.lines).toEqual([CASES[c]!.check]);
    expect(r.status).toBe(1);
  });
});

describe('astro build of all cases together', { timeout: 300_000 }, () => {
  let withChecker: ReturnType<typeof astroBuild>;
  let withoutChecker: ReturnType<typeof astroBuild>;
  let transcriptWithoutChecker: ReturnType<typeof astroBuild>;
  // The podcast page reads its transcript while it is built, so a fake one stops the build before the
  // published files are decided: built on its own below.
  const decidedAfterBuild = cases.filter((c) => c !== 'fake-transcript');

  beforeAll(() => {
    withChecker = astroBuild(tree(...cases));
    // The checker step switched off (KP_BUILD_CHECK=0, as in check-build-agree.test.ts): the build must still refuse.
    withoutChecker = astroBuild(tree(...decidedAfterBuild), { KP_BUILD_CHECK: '0' });
    transcriptWithoutChecker = astroBuild(tree('fake-transcript'), { KP_BUILD_CHECK: '0' });
  }, 600_000);

  it('with the checker: fails with the same lines as npm run check, and writes no page', () => {
    expect(withChecker.status).not.toBe(0);
    for (const c of cases) expect(withChecker.output).toContain(CASES[c]!.check);
    expect(existsSync(join(withChecker.out, 'index.html'))).toBe(false);
  });

  it('without the checker: fails, naming each refused file in public/ with the same sentence', () => {
    expect(withoutChecker.status, withoutChecker.output.slice(-3000)).not.toBe(0);
    for (const c of decidedAfterBuild) expect(withoutChecker.output).toContain(buildLine(c));
    expect(withoutChecker.output).toContain(`${decidedAfterBuild.length} bestanden uit public/ geweigerd en uit de uitvoer gehaald; de site wordt niet gebouwd`);
  });

  it('without the checker: no refused or stray file is in the output, the pages that named them are', () => {
    expect(existsSync(join(withoutChecker.out, 'goede-voorbeelden/html-als-png/index.html'))).toBe(true);
    for (const c of decidedAfterBuild) expect(existsSync(join(withoutChecker.out, CASES[c]!.sitePath)), CASES[c]!.sitePath).toBe(false);
    // Not linked from anywhere: dropped as before, whatever it is.
    expect(existsSync(join(withoutChecker.out, 'images/los.svg'))).toBe(false);
    // The real transcript beside the fake audio is linked and publishable.
    expect(existsSync(join(withoutChecker.out, 'media/podcasts/nep-audio.vtt'))).toBe(true);
  });

  it('without the checker: a fake transcript stops the build where the page reads it, with its path', () => {
    expect(transcriptWithoutChecker.status).not.toBe(0);
    expect(transcriptWithoutChecker.output).toContain('public/media/podcasts/nep-transcript.vtt: een WebVTT-bestand moet beginnen met de regel WEBVTT');
  });
});

describe('real files of every publishable type', { timeout: 300_000 }, () => {
  let root: string;
  let files: string[];
  let checked: ReturnType<typeof check>;
  let build: ReturnType<typeof astroBuild>;

  beforeAll(() => {
    root = tree();
    files = readdirSync(REAL).sort();
    // Images in /images/, the rest in /media/ and /downloads/, all linked from one practice.
    const sitePath = (f: string) => (/\.(png|jpe?g|gif|webp|avif)$/.test(f) ? `/images/${f}` : f.endsWith('.pdf') ? `/downloads/${f}` : `/media/voorbeelden/${f}`);
    const body = files.map((f) => (sitePath(f).startsWith('/images/') ? `![Een blauw vierkant als voorbeeld van ${f}](${sitePath(f)})` : `[Voorbeeldbestand ${f}](${sitePath(f)})`)).join('\n\n');
    const practice = join(root, 'content/practices/lezen-in-groep-5.md');
    writeFileSync(practice, readFileSync(practice, 'utf8').replace('Testtekst.\n', `${body}\n`));
    for (const f of files) cpSync(join(REAL, f), join(root, 'public', sitePath(f)));
    files = files.map(sitePath);
    checked = check(root);
    build = astroBuild(root);
  }, 600_000);

  it('pass npm run check', () => {
    expect(checked.lines).toEqual([]);
    expect(checked.status).toBe(0);
  });

  it('are published by the build', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(files.length).toBe(14);
    for (const f of files) expect(existsSync(join(build.out, f)), f).toBe(true);
  });
});
