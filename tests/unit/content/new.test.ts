/**
 * npm run new: every template passes npm run check as written, the CLI refuses what it should,
 * and the files it writes build into pages.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/run.ts';
import { formatProblem } from '../../../src/lib/content/errors.ts';
import { entryPath } from '../../../src/lib/site/routes.ts';
import {
  NEW_TYPES,
  TYPE_INFO,
  PLACEHOLDER_AUDIO,
  PLACEHOLDER_MARKERS,
  PLACEHOLDER_TRANSCRIPT,
  renderTemplate,
  resolveType,
  slugify,
  type TemplateInput,
} from '../../../src/lib/content/templates.ts';

const ROOT = join(import.meta.dirname, '../../..');
const BASE = join(ROOT, 'tests/fixtures/base');
const NOW = new Date('2026-11-23T12:00:00Z');
const roots: string[] = [];

afterAll(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** The base fixture plus the placeholder media the podcast template points at. */
function tree(content = join(BASE, 'content')): string {
  const root = mkdtempSync(join(tmpdir(), 'kp-new-'));
  roots.push(root);
  cpSync(content, join(root, 'content'), { recursive: true });
  cpSync(join(ROOT, 'public/media/voorbeeld'), join(root, 'public/media/voorbeeld'), { recursive: true });
  return root;
}

const THEME = { id: 'basisvaardigheden', title: 'Basisvaardigheden', standards: ['2021/op0'], sectors: ['po', 'sbo'] };

function input(type: (typeof NEW_TYPES)[number], overrides: Partial<TemplateInput> = {}): TemplateInput {
  const audioBytes = readFileSync(join(ROOT, 'public', PLACEHOLDER_AUDIO)).byteLength;
  return {
    type,
    title: 'Samen lezen in groep 5: één aanpak',
    slug: 'samen-lezen-in-groep-5-een-aanpak',
    themes: [THEME],
    date: '2026-12-01',
    ...(type === 'podcasts'
      ? { episode: { season: 1, episode: 2 }, audio: { file: PLACEHOLDER_AUDIO, bytes: audioBytes, durationSeconds: 5.1 }, transcript: PLACEHOLDER_TRANSCRIPT }
      : {}),
    ...overrides,
  };
}

function write(root: string, file: string, text: string) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

describe('slugify', () => {
  it.each([
    ['Samen lezen in groep 5', 'samen-lezen-in-groep-5'],
    ['Één school, één aanpak: rekenen!', 'een-school-een-aanpak-rekenen'],
    ["De school's aanpak & resultaten", 'de-schools-aanpak-en-resultaten'],
    ['  Café — naïeve   coördinatie  ', 'cafe-naieve-coordinatie'],
    ['Straße', 'strasse'],
  ])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it('cuts long titles between words, at most 80 characters', () => {
    const slug = slugify('Een heel lange titel over lezen en schrijven en rekenen en burgerschap in het primair onderwijs in Nederland');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe('een-heel-lange-titel-over-lezen-en-schrijven-en-rekenen-en-burgerschap-in-het');
  });
});

it('accepts Dutch and English type names', () => {
  expect(resolveType('goed-voorbeeld')).toBe('practices');
  expect(resolveType('Podcast')).toBe('podcasts');
  expect(resolveType('themaonderzoek')).toBe('investigations');
  expect(resolveType('expert-schools')).toBe('expert-schools');
  expect(resolveType('nieuwsbericht')).toBeUndefined();
});

it('accepts every word its own menu shows, singular or plural, in any case', () => {
  expect(resolveType('goed voorbeeld')).toBe('practices');
  expect(resolveType('Goede Voorbeelden')).toBe('practices');
  expect(resolveType('reflectiewijzer')).toBe('reflection-guides');
  expect(resolveType('REFLECTIEWIJZERS')).toBe('reflection-guides');
  expect(resolveType('podcastaflevering')).toBe('podcasts');
  expect(resolveType('Expertscholen')).toBe('expert-schools');
  for (const type of NEW_TYPES) {
    expect(resolveType(TYPE_INFO[type].label), TYPE_INFO[type].label).toBe(type);
    expect(resolveType(TYPE_INFO[type].label.toUpperCase())).toBe(type);
  }
});

describe('templates', () => {
  it.each(NEW_TYPES)('%s: the written file passes npm run check with no problem at all', async (type) => {
    const root = tree();
    for (const mdx of [false, true]) {
      const { file, text } = renderTemplate(input(type, { mdx, slug: `nieuw-${mdx ? 'mdx' : 'md'}`, episode: { season: 1, episode: mdx ? 3 : 2 } }));
      write(root, file, text);
    }
    const { problems } = await checkContent({ root, now: NOW });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it.each(NEW_TYPES)('%s: has a Dutch comment above every field and starts as a draft', (type) => {
    const { text } = renderTemplate(input(type));
    const frontmatter = text.split('---\n')[1]!.split('\n');
    expect(frontmatter).toContain('draft: true');
    frontmatter.forEach((line, i) => {
      // A top-level field (not a comment, not a continuation) follows a comment or an earlier field of the same group.
      if (/^[a-zA-Z]+:/.test(line)) expect(frontmatter[i - 1], `comment above "${line}"`).toMatch(/^\s*#|^\s+|^\s*-/);
    });
  });

  it.each(NEW_TYPES)('%s: cannot go live with its example texts (draft: false fails the check)', async (type) => {
    const root = tree();
    const { file, text } = renderTemplate(input(type));
    write(root, file, text.replace('draft: true', 'draft: false'));
    const { problems } = await checkContent({ root, now: NOW });
    const lines = problems.filter((p) => p.file === file).map((p) => p.field);
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines)).toEqual(new Set(['(voorbeeldtekst)']));
    expect(PLACEHOLDER_MARKERS.some((m) => text.includes(m))).toBe(true);
  });

  it('passes next to the real content of the site too', async () => {
    const root = tree(join(ROOT, 'content'));
    const files = NEW_TYPES.map((type) => {
      const { file, text } = renderTemplate(input(type, { slug: 'nieuw-item-uit-de-test', mdx: true, episode: { season: 99, episode: 1 } }));
      write(root, file, text);
      return file;
    });
    const { problems } = await checkContent({ root, now: NOW });
    expect(problems.filter((p) => files.includes(p.file)).map(formatProblem)).toEqual([]);
  });
});

describe('scripts/content/new.ts', () => {
  const run = (root: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/content/new.ts'), '--root', root, ...args], { encoding: 'utf8', timeout: 30_000 });
  const check = (root: string) => spawnSync(process.execPath, [join(ROOT, 'scripts/content/check.ts'), root], { encoding: 'utf8', timeout: 30_000 });
  const flags = ['--type', 'goed-voorbeeld', '--title', 'Samen lezen in groep 5', '--themes', 'basisvaardigheden', '--date', '2026-12-01'];

  it('writes a file from flags that npm run check accepts', () => {
    const root = tree();
    const r = run(root, ...flags);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Geschreven: content/practices/samen-lezen-in-groep-5.md');
    expect(readFileSync(join(root, 'content/practices/samen-lezen-in-groep-5.md'), 'utf8')).toContain('title: "Samen lezen in groep 5"');
    const c = check(root);
    expect(c.status, c.stdout + c.stderr).toBe(0);
  });

  it('refuses a slug that exists, in any extension', () => {
    const root = tree();
    write(root, 'content/practices/samen-lezen-in-groep-5.mdx', 'bestaat al');
    const r = run(root, ...flags);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      'Niet gemaakt: er bestaat al een goed voorbeeld met de bestandsnaam "samen-lezen-in-groep-5": content/practices/samen-lezen-in-groep-5.mdx. Kies een andere titel, of geef een eigen naam met --slug',
    );
    expect(run(root, ...flags, '--slug', 'samen-lezen-groep-5').status).toBe(0);
  });

  it('refuses an unknown theme and lists the existing ones', () => {
    const r = run(tree(), ...flags.slice(0, 4), '--themes', 'basisvaardigheden,lezen');
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('Niet gemaakt: --themes: onbekend thema "lezen" (toegestaan: basisvaardigheden)');
  });

  it('refuses an impossible date and a too short title', () => {
    expect(run(tree(), ...flags.slice(0, 6), '--date', '2026-02-30').stderr.trim()).toBe(
      'Niet gemaakt: --date: "2026-02-30": die dag bestaat niet: februari 2026 heeft 28 dagen',
    );
    expect(run(tree(), ...flags.slice(0, 6), '--date', '2026-13-05').stderr.trim()).toBe(
      'Niet gemaakt: --date: "2026-13-05": er is geen maand 13; de maand is 01 tot en met 12',
    );
    expect(run(tree(), '--type', 'webinar', '--title', 'Kort', '--themes', 'basisvaardigheden').stderr.trim()).toBe(
      'Niet gemaakt: --title: titel is te kort (minstens 5 tekens)',
    );
  });

  it('without a terminal, says which flag is missing', () => {
    const r = run(tree(), '--type', 'podcast');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Niet gemaakt: --title ontbreekt.');
    expect(r.stderr).toContain('npm run new -- --type practices');
  });

  it('fills in the real size and duration of a podcast audio file given with --audio', () => {
    const root = tree();
    mkdirSync(join(root, 'public/media/podcasts'), { recursive: true });
    cpSync(join(root, 'public/media/voorbeeld/voorbeeld.mp3'), join(root, 'public/media/podcasts/lezen.mp3'));
    cpSync(join(root, 'public/media/voorbeeld/voorbeeld.vtt'), join(root, 'public/media/podcasts/lezen.vtt'));
    const r = run(root, '--type', 'podcast', '--title', 'Lezen in de klas', '--themes', 'basisvaardigheden', '--audio', 'public/media/podcasts/lezen.mp3');
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(join(root, 'content/podcasts/lezen-in-de-klas.md'), 'utf8');
    expect(text).toContain('  file: /media/podcasts/lezen.mp3');
    expect(text).toContain(`  bytes: ${readFileSync(join(root, 'public/media/podcasts/lezen.mp3')).byteLength}`);
    expect(text).toContain('  durationSeconds: 5.1');
    expect(text).toContain('transcript: /media/podcasts/lezen.vtt');
    expect(text).toMatch(/^season: 1\n.*\nepisode: 1$/m);
  });
});

// The files `npm run new` writes must also build: a real Astro build of base + one item of each
// type (published, so its page is rendered). About 10 s.
describe('build', () => {
  it('builds a page for every type', { timeout: 180_000 }, () => {
    const root = tree();
    for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, f), join(root, f));
    // Vite does not follow a symlinked src/ (it would compile the files under their real path).
    cpSync(join(ROOT, 'src'), join(root, 'src'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    for (const type of NEW_TYPES) {
      const { file, text } = renderTemplate(input(type, { slug: 'nieuw', mdx: true }));
      write(root, file, text.replace('draft: true', 'draft: false'));
    }
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
      cwd: root,
      encoding: 'utf8',
      // KP_BUILD_CHECK=0: the templates still hold their example texts, which the checker rightly refuses to publish.
      env: { ...process.env, KP_NOW: '2026-12-02T12:00:00Z', KP_OUT_DIR: join(root, 'dist'), ASTRO_TELEMETRY_DISABLED: '1', KP_BUILD_CHECK: '0' },
    });
    expect(r.status, r.stderr.slice(-3000)).toBe(0);
    for (const type of NEW_TYPES) {
      const page = join(root, 'dist', entryPath(type, 'nieuw'), 'index.html');
      expect(existsSync(page), page).toBe(true);
    }
    const practice = readFileSync(join(root, 'dist', entryPath('practices', 'nieuw'), 'index.html'), 'utf8');
    expect(practice).toContain('kp-callout');
    expect(practice).toContain('href="/onderzoekskader/2021/op0/"');
  });
});
