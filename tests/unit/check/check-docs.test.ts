/**
 * The editors' guide (docs/redactiehandleiding.md) stays true: its worked examples pass
 * `npm run check`, every message a broken fixture produces is explained in its error table,
 * and every MDX component editors may use is documented.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/run.ts';
import { formatProblem } from '../../../src/lib/content/errors.ts';
import { ALLOWED_MDX_COMPONENTS } from '../../../src/lib/content/mdx-components.ts';

const ROOT = join(import.meta.dirname, '../../..');
const GUIDE = readFileSync(join(ROOT, 'docs/redactiehandleiding.md'), 'utf8');
const NOW = new Date('2026-11-23T12:00:00Z');
const roots: string[] = [];
afterAll(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** Code blocks written as ```md title=content/... : the worked examples. */
const examples = [...GUIDE.matchAll(/^```\w+ title=(\S+)\n([\s\S]*?)^```$/gm)].map((m) => ({ file: m[1]!, text: m[2]! }));

/** The first column of the tables in chapter 15, as stems: `…` stands for any text. */
const chapter15 = GUIDE.slice(GUIDE.indexOf('## 15.'));
const stems = chapter15
  .split('\n')
  .filter((l) => l.startsWith('| `'))
  .flatMap((l) => [...(l.split(' | ')[0] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!));

function explained(message: string): boolean {
  return stems.some((stem) => {
    let at = 0;
    for (const part of stem.split('…').map((p) => p.trim()).filter(Boolean)) {
      const i = message.indexOf(part, at);
      if (i < 0) return false;
      at = i + part.length;
    }
    return true;
  });
}

describe('docs/redactiehandleiding.md', () => {
  it('has a worked example for every content type an editor creates', () => {
    expect(examples.map((e) => e.file.split('/')[1]).sort()).toEqual(
      ['brochures', 'expert-schools', 'investigations', 'podcasts', 'practices', 'reflection-guides', 'webinars'].sort(),
    );
  });

  it('its worked examples pass npm run check (next to the real content)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kp-docs-'));
    roots.push(root);
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
    for (const e of examples) {
      // A real item with the same name (in another extension) would make a duplicate id: the example replaces it.
      const id = e.file.replace(/\.(md|mdx)$/, '');
      for (const ext of ['.md', '.mdx']) rmSync(join(root, id + ext), { force: true });
      mkdirSync(dirname(join(root, e.file)), { recursive: true });
      writeFileSync(join(root, e.file), e.text);
    }
    const { problems } = await checkContent({ root, now: NOW });
    const own = problems
      .filter((p) => examples.some((e) => e.file === p.file))
      // The examples name audio, pdf and images that are not in the repository; everything else must pass.
      .filter((p) => !/^bestand \/\S+ bestaat niet; zet het in public\//.test(p.message));
    expect(own.map(formatProblem)).toEqual([]);
  });

  it('explains every message the broken fixtures produce', async () => {
    const fixtures = join(ROOT, 'tests/fixtures');
    const unexplained: string[] = [];
    // broken/: one mistake per folder; public-files/: files the site may not publish (real/ holds good ones).
    const cases = ['broken', 'public-files'].flatMap((dir) => readdirSync(join(fixtures, dir)).filter((n) => n !== 'real' && n !== 'README.md').map((n) => join(dir, n)));
    for (const name of cases) {
      const root = mkdtempSync(join(tmpdir(), 'kp-docs-'));
      roots.push(root);
      cpSync(join(fixtures, 'base'), root, { recursive: true });
      cpSync(join(fixtures, name), root, { recursive: true });
      for (const p of (await checkContent({ root, now: NOW })).problems) if (!explained(p.message)) unexplained.push(`${name}: ${p.message}`);
    }
    expect(stems.length).toBeGreaterThan(40);
    expect(unexplained).toEqual([]);
  });

  it('explains every message the refused bodies produce (tests/fixtures/unsafe-bodies)', async () => {
    const fixtures = join(ROOT, 'tests/fixtures');
    const root = mkdtempSync(join(tmpdir(), 'kp-docs-'));
    roots.push(root);
    cpSync(join(fixtures, 'base'), root, { recursive: true });
    const practice = readFileSync(join(root, 'content/practices/lezen-in-groep-5.md'), 'utf8');
    const bodies = readdirSync(join(fixtures, 'unsafe-bodies')).filter((f) => /\.mdx?$/.test(f));
    for (const f of bodies) writeFileSync(join(root, 'content/practices', f), practice.replace('Testtekst.\n', readFileSync(join(fixtures, 'unsafe-bodies', f), 'utf8')));
    const messages = (await checkContent({ root, now: NOW })).problems.filter((p) => bodies.some((f) => p.file.endsWith(`/${f}`))).map((p) => p.message);
    expect(messages.length).toBeGreaterThanOrEqual(bodies.length);
    expect(messages.filter((m) => !explained(m))).toEqual([]);
  });

  it('documents every MDX component with an example', () => {
    const chapter10 = GUIDE.slice(GUIDE.indexOf('## 10.'), GUIDE.indexOf('## 11.'));
    for (const name of ALLOWED_MDX_COMPONENTS) expect(chapter10, name).toMatch(new RegExp('```mdx\\n[^`]*<' + name + '\\b'));
  });
});
