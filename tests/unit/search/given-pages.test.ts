/** What Pagefind is given per page, worked out once per page content and kept between runs (scripts/search/given-pages.ts). */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSite } from '../../../scripts/search/given-pages.ts';
import { lexiconFromWords } from '../../../src/lib/search/compounds/lexicon.ts';

const work = mkdtempSync(join(tmpdir(), 'kp-gegeven-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const lexicon = lexiconFromWords(['lees', 'plan', 'reken', 'les']);
const html = (text: string) => `<!DOCTYPE html><html lang="nl"><head><title>T</title></head><body><nav>menu</nav><article data-pagefind-body><p>${text}</p></article></body></html>`;
function site(name: string, texts: Record<string, string>): string {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(texts)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html(text));
  }
  mkdirSync(join(dir, 'lijst'), { recursive: true });
  writeFileSync(join(dir, 'lijst', 'index.html'), '<!DOCTYPE html><html><body><p>Geen zoekpagina</p></body></html>');
  return dir;
}
async function run(dir: string, cacheDir: string | undefined, context = 'code', partsContext = 'woorden') {
  const read = await readSite({ site: dir, cacheDir, context, describe: (page) => ({ kind: ['pagina'], synonyms: page.text.includes('rekenen') ? ['wiskunde'] : [] }) });
  const given = read.given(lexicon, partsContext);
  return { tokenized: read.tokenized(), prepared: given.prepared, words: [...read.words].sort(), pages: given.pages, contents: given.pages.map((p) => given.content(p)) };
}
const PAGES = { a: 'een leesplan voor de school', b: 'rekenles in groep vijf', c: 'rekenen en lezen' };

describe('what Pagefind is given, per page', () => {
  const cacheDir = join(work, 'cache');
  let first: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    first = await run(site('eerst', PAGES), cacheDir);
  });

  it('gives the minimal document with the added terms, for pages with a body only', async () => {
    expect(first.pages.map((p) => p.path)).toEqual(['a/index.html', 'b/index.html', 'c/index.html']);
    expect(first.contents[0]).toBe(
      '<!DOCTYPE html><html lang="nl"><head><title>T</title></head><body><article data-pagefind-body><p>een leesplan voor de school</p>' +
        '<div id="kp-zoektermen"><p data-pagefind-weight="4">pagina</p><p data-pagefind-weight="0.1">lees plan</p></div></article></body></html>',
    );
    expect(first.contents[2]).toContain('<p data-pagefind-weight="1">wiskunde</p>');
    expect(first.pages[0]!.bytes).toBe(Buffer.byteLength(first.contents[0]!));
    expect(first.words).toEqual(['de', 'een', 'en', 'groep', 'in', 'leesplan', 'lezen', 'rekenen', 'rekenles', 'school', 'vijf', 'voor']);
    expect(first).toMatchObject({ tokenized: 3, prepared: 3 });
  });

  it('tokenizes and prepares nothing again when no page changed, and gives the same', async () => {
    const again = await run(site('zelfde', PAGES), cacheDir);
    expect(again).toMatchObject({ tokenized: 0, prepared: 0 });
    expect(again.pages).toEqual(first.pages);
    expect(again.contents).toEqual(first.contents);
  });

  it('tokenizes and prepares only an edited page', async () => {
    const edited = await run(site('bewerkt', { ...PAGES, b: 'rekenles in groep zes' }), cacheDir);
    expect(edited).toMatchObject({ tokenized: 1, prepared: 1 });
    expect(edited.contents[1]).toContain('groep zes');
    expect(edited.pages[0]).toEqual(first.pages[0]);
    expect(edited.pages[1]!.sha1).not.toBe(first.pages[1]!.sha1);
  });

  it('prepares every page again, from the kept readings, when the site words or dictionary changed', async () => {
    const dir = site('woorden', PAGES);
    await run(dir, join(work, 'cache-woorden'));
    expect(await run(dir, join(work, 'cache-woorden'), 'code', 'andere woorden')).toMatchObject({ tokenized: 0, prepared: 3 });
  });

  it('does not use a cache written by other code', async () => {
    const dir = site('code', PAGES);
    await run(dir, join(work, 'cache-code'));
    const other = await run(dir, join(work, 'cache-code'), 'andere code');
    expect(other).toMatchObject({ tokenized: 3, prepared: 3 });
    expect(other.contents).toEqual(first.contents);
  });

  it('ignores a damaged cache file or stored document and works the page out again', async () => {
    const dir = site('kapot', PAGES);
    const cache = join(work, 'cache-kapot');
    await run(dir, cache);
    writeFileSync(join(cache, 'paginas.json'), '{"context": "code", "pages": {"abc": ');
    writeFileSync(join(cache, 'gegeven.json'), 'geen json');
    const damaged = await run(dir, cache);
    expect(damaged).toMatchObject({ tokenized: 3, prepared: 3 });
    expect(damaged.contents).toEqual(first.contents);
    // A stored document that no longer matches its digest is not given to Pagefind: the page is read again.
    const store = join(cache, 'documenten');
    for (const f of readdirSync(store)) writeFileSync(join(store, f), '<html><body><article data-pagefind-body>vals</article></body></html>');
    rmSync(join(cache, 'gegeven.json'));
    const restored = await run(dir, cache);
    expect(restored).toMatchObject({ tokenized: 0, prepared: 3 });
    expect(restored.contents).toEqual(first.contents);
  });

  it('works the same without a cache folder', async () => {
    expect((await run(site('zonder', PAGES), undefined)).contents).toEqual(first.contents);
  });
});
