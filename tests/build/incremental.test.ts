/**
 * Incremental builds must never publish a stale page. Builds a copy of the sample content, edits
 * one item and rebuilds with the cache, then compares byte for byte with a full build of the same
 * content: exactly the pages that show the item may change, and an incremental build must equal a
 * full one. Then adds an item a month later (new build date: webinars pass, the framework in
 * force can change) and compares again. Five builds of the sample site: a few minutes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measured } from '../../scripts/bench/measure.ts';
import { buildPages, type BuildPages } from '../../scripts/lib/astro-build-log.ts';
import { diffDigests, dirDigests } from '../../scripts/lib/dir-digests.ts';

const project = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'kp-incremental-'));
const content = join(work, 'content');
const NOW = '2026-11-30T05:00:00Z';
const LATER = '2027-01-04T05:00:00Z';

async function build(name: string, cache: string, now: string): Promise<{ out: string; pages: BuildPages }> {
  const out = join(work, name);
  const env = { KP_CONTENT_DIR: content, KP_OUT_DIR: out, KP_CACHE_DIR: join(work, cache), KP_NOW: now };
  const run = await measured(join(project, 'node_modules/.bin/astro'), ['build'], { cwd: project, env });
  if (process.env.KP_TEST_LOGS) writeFileSync(join(process.env.KP_TEST_LOGS, `${name}.log`), run.out);
  return { out, pages: buildPages(run.out) };
}

const files = (out: string) => dirDigests(out);
/** Built files that contain a text (as written in HTML, XML and JSON alike: plain letters only). */
const filesWith = (out: string, text: string) =>
  [...files(out).keys()].filter((p) => /\.(html|xml|json|ics|txt)$/.test(p) && readFileSync(join(out, p), 'utf8').includes(text)).sort();

const ITEM = 'practices/lezen-de-zeester-rotterdam.md';
const OLD_TITLE = 'Meer leestijd en kennisrijke teksten in een Rotterdamse wijk';
// Only words the site already uses, so the word list for typo correction (zoeken/woorden.json) stays the same.
const NEW_TITLE = 'Meer leestijd en kennisrijke teksten in een Rotterdamse wijk, voor alle leerlingen';

describe('incremental build', { timeout: 900_000 }, () => {
  let original: Awaited<ReturnType<typeof build>>;
  let edited: Awaited<ReturnType<typeof build>>;
  let editedFull: Awaited<ReturnType<typeof build>>;

  beforeAll(async () => {
    cpSync(join(project, 'content'), content, { recursive: true });
    // The build's content check looks for media next to the content folder, as in the bench.
    symlinkSync(join(project, 'public'), join(work, 'public'));
    original = await build('original', 'cache', NOW);
    const file = join(content, ITEM);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`title: ${OLD_TITLE}\n`);
    writeFileSync(file, text.replace(`title: ${OLD_TITLE}\n`, `title: ${NEW_TITLE}\n`));
    edited = await build('edited', 'cache', NOW);
    editedFull = await build('edited-full', 'cache-full', NOW);
  }, 900_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('reuses the pages from the cache when nothing changed that they show', () => {
    expect(original.pages.reused).toEqual([]);
    // Most pages come from the cache; only pages without a key (home, feeds, search) and pages showing the item render.
    expect(edited.pages.reused.length).toBeGreaterThan(edited.pages.rendered.length * 3);
  });

  it('after editing one item, is byte-identical to a full build', () => {
    expect(diffDigests(files(editedFull.out), files(edited.out))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('changes exactly the pages that show the edited item, and no other file', () => {
    const diff = diffDigests(files(original.out), files(edited.out));
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    const showing = filesWith(edited.out, NEW_TITLE);
    expect(filesWith(original.out, NEW_TITLE)).toEqual([]);
    expect(showing).toEqual(
      expect.arrayContaining([
        'goede-voorbeelden/lezen-de-zeester-rotterdam/index.html',
        'goede-voorbeelden/index.html',
        'themas/basisvaardigheden/index.html',
        'themas/basisvaardigheden/feed.xml',
        'onderzoekskader/2021/op1/index.html',
        'feed.xml',
      ]),
    );
    // Related items: another item's page lists it under "Ook interessant".
    expect(showing.some((p) => /^(brochures|goede-voorbeelden|reflectiewijzers)\/(?!lezen-de-zeester)/.test(p) && !/thema|sector|standaard|pagina/.test(p))).toBe(true);
    expect(diff.changed).toEqual(showing);
    // Every changed page with a cache key was rendered again (its key changed); the rest came from the cache.
    const rendered = new Set(edited.pages.rendered.map((p) => p.slice(1)));
    expect(diff.changed.filter((p) => !rendered.has(p))).toEqual([]);
  });

  it('after adding an item a month later, is byte-identical to a full build', async () => {
    const source = readFileSync(join(content, ITEM), 'utf8');
    writeFileSync(
      join(content, 'practices/z-nieuw-leesplan-delft.md'),
      source.replace(`title: ${NEW_TITLE}\n`, 'title: Een nieuw leesplan voor de hele school in Delft\n').replace(/^publishDate: .*$/m, 'publishDate: 2026-12-20')
        // A new item has no change log yet (the checker refuses changes before publication).
        .replace(/^changes:\n(?:  .*\n)+/m, ''),
    );
    const added = await build('added', 'cache', LATER);
    const addedFull = await build('added-full', 'cache-full-2', LATER);
    expect(diffDigests(files(addedFull.out), files(added.out))).toEqual({ added: [], removed: [], changed: [] });
    const diff = diffDigests(files(edited.out), files(added.out));
    expect(diff.added).toContain('goede-voorbeelden/z-nieuw-leesplan-delft/index.html');
    expect(diff.changed).toEqual(expect.arrayContaining(['sitemap-0.xml', 'goede-voorbeelden/index.html', 'feed.xml']));
    // Pages of other types that do not list it stay as they were, e.g. a podcast feed's chapters.
    expect(diff.changed.filter((p) => p.endsWith('chapters.json'))).toEqual([]);
    expect(added.pages.reused.length).toBeGreaterThan(0);
  });
});
