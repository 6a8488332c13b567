/**
 * Incremental builds must never publish a stale page. Builds a copy of the sample content, then
 * changes it step by step, each time building with the cache and comparing byte for byte with a
 * full build of the same content:
 * 1. nothing changed: every page with a cache key comes from the cache, the output is the same;
 * 2. one item's title edited: exactly the pages that show it change, every other keyed page
 *    comes from the cache;
 * 3. the school behind a good practice changes (pupils, weight): shown on cards and used to match
 *    practices to schools on feedback pages;
 * 4. a theme's title, shown on nearly every page;
 * 5. an item removed;
 * 6. an item added a month later (new build date: webinars pass, the framework in force can change).
 * Twelve builds of the sample site: a few minutes on a loaded machine.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measured } from '../../scripts/bench/measure.ts';
import { buildPages, type BuildPages } from '../../scripts/build/astro-build-log.ts';
import { diffDigests, dirDigests } from '../../scripts/build/dir-digests.ts';

const project = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'kp-incremental-'));
const content = join(work, 'content');
const NOW = '2026-11-30T05:00:00Z';
const LATER = '2027-01-04T05:00:00Z';

interface Built {
  out: string;
  pages: BuildPages;
}

let fullBuilds = 0;
async function build(name: string, cache: string, now: string): Promise<Built> {
  const out = join(work, name);
  // Every build writes to the same folder, as CI writes to dist/, and is then kept under its own name:
  // Astro's image module (astro:assets, used by <Figure>) names the output folder, so a route's
  // dependency hash, and with it the cache, would change with the folder.
  const dist = join(work, 'dist');
  const env = { KP_CONTENT_DIR: content, KP_OUT_DIR: dist, KP_CACHE_DIR: join(work, cache), KP_NOW: now };
  const run = await measured(join(project, 'node_modules/.bin/astro'), ['build'], { cwd: project, env });
  renameSync(dist, out);
  return { out, pages: buildPages(run.out) };
}
/** The same content with an empty cache: what a full build publishes. */
const fullBuild = (name: string, now: string) => build(name, `cache-full-${++fullBuilds}`, now);

const files = (out: string) => dirDigests(out);
const same = (a: Built, b: Built) => diffDigests(files(a.out), files(b.out));
const IDENTICAL = { added: [], removed: [], changed: [] };
/** Built files that contain a text (as written in HTML, XML and JSON alike: plain letters only). */
const filesWith = (out: string, text: string) =>
  [...files(out).keys()].filter((p) => /\.(html|xml|json|ics|txt)$/.test(p) && readFileSync(join(out, p), 'utf8').includes(text)).sort();
const relative = (paths: string[]) => new Set(paths.map((p) => p.slice(1)));

function replaceIn(path: string, from: string | RegExp, to: string) {
  const file = join(content, path);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${path} bevat ${from}`).not.toBe(text);
  writeFileSync(file, next);
}

const ITEM = 'practices/lezen-de-zeester-rotterdam.md';
const OLD_TITLE = 'Meer leestijd en kennisrijke teksten in een Rotterdamse wijk';
// Only words the site already uses, so the word list for typo correction (zoeken/woorden.json) stays the same.
const NEW_TITLE = 'Meer leestijd en kennisrijke teksten in een Rotterdamse wijk, voor alle leerlingen';

describe('incremental build', { timeout: 1_800_000 }, () => {
  let original: Built;
  let again: Built;
  let edited: Built;
  let editedFull: Built;
  /** Pages with a cache key: the ones a build with nothing changed copies from the cache. */
  let keyed: Set<string>;
  /** The last incremental build, for the next step to compare with. */
  let latest: Built;

  beforeAll(async () => {
    cpSync(join(project, 'content'), content, { recursive: true });
    // The build's content check looks for media next to the content folder, as in the bench.
    symlinkSync(join(project, 'public'), join(work, 'public'));
    original = await build('original', 'cache', NOW);
    again = await build('again', 'cache', NOW);
    keyed = relative(again.pages.reused);
    replaceIn(ITEM, `title: ${OLD_TITLE}\n`, `title: ${NEW_TITLE}\n`);
    edited = await build('edited', 'cache', NOW);
    editedFull = await fullBuild('edited-full', NOW);
  }, 1_800_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('with nothing changed, copies every keyed page from the cache and publishes the same bytes', () => {
    expect(original.pages.reused).toEqual([]);
    expect(same(original, again)).toEqual(IDENTICAL);
    // Every route that takes its pages from content has keys, the issue-15/17 pages included.
    for (const page of [
      'goede-voorbeelden/lezen-de-zeester-rotterdam/index.html',
      'brochures/index.html',
      'themas/basisvaardigheden/index.html',
      'themas/basisvaardigheden/feed.xml',
      'onderzoekskader/2021/op1/index.html',
      'themaonderzoeken/sociale-veiligheid-vo/terugkoppeling/index.html',
      'sectoren/po/index.html',
      'voor-wie/ouders/index.html',
      'bezoekkit/thema/basisvaardigheden/index.html',
      'volgen/sector/po/feed.xml',
      'volgen/type/webinars/agenda.ics',
    ]) {
      expect(keyed, page).toContain(page);
    }
    // Routes without getStaticPaths (home, site feed, search) always render.
    expect(keyed).not.toContain('index.html');
    expect(again.pages.rendered.length).toBeLessThan(keyed.size);
  });

  it('after editing one item, is byte-identical to a full build', () => {
    expect(same(editedFull, edited)).toEqual(IDENTICAL);
  });

  it('changes exactly the pages that show the edited item, and renders only those of the keyed pages', () => {
    const diff = same(original, edited);
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
        'volgen/type/goede-voorbeelden/feed.xml',
        'feed.xml',
      ]),
    );
    // Related items: another item's page lists it under "Ook interessant".
    expect(showing.some((p) => /^(brochures|goede-voorbeelden|reflectiewijzers)\/(?!lezen-de-zeester)/.test(p) && !/thema|sector|standaard|pagina/.test(p))).toBe(true);
    expect(diff.changed).toEqual(showing);
    // A keyed page that shows the item was rendered again; one that does not came from the cache.
    const rendered = relative(edited.pages.rendered);
    const reused = relative(edited.pages.reused);
    expect(showing.filter((p) => keyed.has(p) && !rendered.has(p))).toEqual([]);
    expect([...keyed].filter((p) => !showing.includes(p) && !reused.has(p))).toEqual([]);
  });

  it('after the school behind a practice changes, is byte-identical to a full build', async () => {
    // Pupils and weight: printed on every card of the practice, and the feedback pages match practices to a school's group by them.
    replaceIn(ITEM, /^ {2}pupils: 265$/m, '  pupils: 1265');
    replaceIn(ITEM, /^ {2}schoolweging: 35\.4$/m, '  schoolweging: 31.2');
    const school = (latest = await build('school', 'cache', NOW));
    expect(same(await fullBuild('school-full', NOW), school)).toEqual(IDENTICAL);
    const diff = same(edited, school);
    const showing = filesWith(school.out, '1.265 leerlingen');
    expect(showing).toEqual(expect.arrayContaining(['goede-voorbeelden/index.html', 'themas/basisvaardigheden/index.html']));
    expect(diff.changed).toEqual(expect.arrayContaining([...showing, 'goede-voorbeelden/lezen-de-zeester-rotterdam/index.html', 'goede-voorbeelden/scholen.json']));
  });

  it('after renaming a theme shown on nearly every page, is byte-identical to a full build', async () => {
    const title = 'Basisvaardigheden lezen en rekenen';
    replaceIn('themes/basisvaardigheden.md', /^title: Basisvaardigheden$/m, `title: ${title}`);
    const renamed = await build('renamed', 'cache', NOW);
    expect(same(await fullBuild('renamed-full', NOW), renamed)).toEqual(IDENTICAL);
    const showing = filesWith(renamed.out, title);
    expect(showing.length).toBeGreaterThan(50);
    expect(same(latest, renamed).changed).toEqual(expect.arrayContaining(showing));
    latest = renamed;
  });

  it('after removing an item, is byte-identical to a full build and no page links to it', async () => {
    // Nothing refers to this practice by id, so removing it is valid content.
    const gone = 'burgerschap-in-niveau-2-logistiek';
    rmSync(join(content, `practices/${gone}.md`));
    const removed = await build('removed', 'cache', NOW);
    expect(same(await fullBuild('removed-full', NOW), removed)).toEqual(IDENTICAL);
    const diff = same(latest, removed);
    expect(diff.removed).toContain(`goede-voorbeelden/${gone}/index.html`);
    expect(diff.added).toEqual([]);
    expect(filesWith(removed.out, `/goede-voorbeelden/${gone}/`)).toEqual([]);
    latest = removed;
  });

  it('after adding an item a month later, is byte-identical to a full build', async () => {
    const source = readFileSync(join(content, ITEM), 'utf8');
    writeFileSync(
      join(content, 'practices/z-nieuw-leesplan-delft.md'),
      source
        .replace(`title: ${NEW_TITLE}\n`, 'title: Een nieuw leesplan voor de hele school in Delft\n')
        .replace(/^publishDate: .*$/m, 'publishDate: 2026-12-20')
        // A new item has no change log yet (the checker refuses changes before publication).
        .replace(/^changes:\n(?: {2}.*\n)+/m, ''),
    );
    // Scheduled for 20 December: not in a build on 30 November (so `latest` is the site before it), published in one on 4 January.
    const before = latest;
    const added = await build('added', 'cache', LATER);
    expect(same(await fullBuild('added-full', LATER), added)).toEqual(IDENTICAL);
    const diff = same(before, added);
    expect(diff.added).toContain('goede-voorbeelden/z-nieuw-leesplan-delft/index.html');
    expect(diff.changed).toEqual(expect.arrayContaining(['sitemap-0.xml', 'goede-voorbeelden/index.html', 'feed.xml']));
    // Pages of other types that do not list it stay as they were, e.g. a podcast feed's chapters.
    expect(diff.changed.filter((p) => p.endsWith('chapters.json'))).toEqual([]);
    expect(added.pages.reused.length).toBeGreaterThan(0);
  });
});
