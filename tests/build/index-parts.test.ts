/**
 * The search index in parts: bounded part size, stable membership, reuse of unchanged parts from
 * the cache, and the same bytes whether a part was indexed now or copied from the cache.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffDigests, dirDigests } from '../../scripts/build/dir-digests.ts';
import { readSite } from '../../scripts/search/given-pages.ts';
import { estimatePeakMb, FALLBACK_CEILING_MB, indexSite, partOf, partsFor, partUrl, PARTS_FILE } from '../../scripts/search/index-parts.ts';
import { lexiconFromWords } from '../../src/lib/search/compounds/lexicon.ts';
import { mergeIndexParts } from '../../src/lib/search/parts.ts';

const work = mkdtempSync(join(tmpdir(), 'kp-zoekindex-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const WORDS = ['lezen', 'rekenen', 'burgerschap', 'pesten', 'kwaliteitszorg', 'ouders', 'toetsen', 'leraren'];
function page(i: number, extra = ''): string {
  const words = Array.from({ length: 40 }, (_, k) => WORDS[(i * 7 + k) % WORDS.length]).join(' ');
  return `<!doctype html><html lang="nl"><head><title>Pagina ${i}</title></head><body><nav>menu</nav><article data-pagefind-body><h1>Voorbeeld ${i}</h1><p>${words} ${extra}</p><span hidden data-pagefind-filter="type:Brochures"></span></article></body></html>`;
}
function site(name: string, pages: number, edit?: { page: number; text: string }): string {
  const dir = join(work, name);
  for (let i = 0; i < pages; i++) {
    mkdirSync(join(dir, 'items', `p${i}`), { recursive: true });
    writeFileSync(join(dir, 'items', `p${i}`, 'index.html'), page(i, edit?.page === i ? edit.text : ''));
  }
  mkdirSync(join(dir, 'lijst'), { recursive: true });
  writeFileSync(join(dir, 'lijst', 'index.html'), '<!doctype html><html lang="nl"><body><p>Geen zoekpagina</p></body></html>');
  return dir;
}
const index = (dir: string) => dirDigests(join(dir, 'pagefind'));
/** What Pagefind is given for the site's pages (no cache): `extra` adds a synonym to the pages whose text holds it. */
const given = async (dir: string, extra?: string) =>
  (await readSite({ site: dir, context: extra ?? '', describe: (p) => ({ kind: [], synonyms: extra && p.text.includes(extra) ? ['extra'] : [] }) })).given(lexiconFromWords([]), '');

describe('search index in parts', () => {
  it('puts a page in the same part every time, and spreads pages over the parts', () => {
    expect(partOf('brochures/x/index.html', 4)).toBe(partOf('brochures/x/index.html', 4));
    expect(partOf('brochures/x/index.html', 1)).toBe(0);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 400; i++) counts[partOf(`goede-voorbeelden/bench-${i}/index.html`, 4)]!++;
    for (const c of counts) expect(c).toBeGreaterThan(60);
    expect(partUrl(0)).toBe('/pagefind/');
    expect(partUrl(2)).toBe('/pagefind/delen/3/');
  });

  it('indexes a small site as one part with an empty list', { timeout: 120_000 }, async () => {
    const dir = site('klein', 5);
    const result = await indexSite({ site: dir, given: await given(dir) });
    expect(result).toMatchObject({ pages: 5, parts: 1, indexed: 1, ceilingMb: FALLBACK_CEILING_MB });
    // Pagefind's own peak is read from /proc while it runs (Linux, as in CI).
    if (process.platform === 'linux') expect(result.peakMb).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', PARTS_FILE), 'utf8'))).toEqual([]);
    expect(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')).toContain('"nl"');
  });

  it('re-indexes only the part holding an edited page, with the same bytes as indexing everything', { timeout: 300_000 }, async () => {
    const cacheDir = join(work, 'cache');
    const first = site('groot', 30);
    expect(await indexSite({ site: first, given: await given(first), cacheDir, partSize: 10 })).toMatchObject({ pages: 30, parts: 3, indexed: 3 });
    const parts = JSON.parse(readFileSync(join(first, 'pagefind', PARTS_FILE), 'utf8'));
    expect(parts).toEqual(['/pagefind/delen/2/', '/pagefind/delen/3/']);
    for (const p of parts) expect(readFileSync(join(first, p, 'pagefind-entry.json'), 'utf8')).toContain('"nl"');

    const again = site('groot-zelfde', 30);
    expect(await indexSite({ site: again, given: await given(again), cacheDir, partSize: 10 })).toMatchObject({ indexed: 0 });
    expect(diffDigests(index(first), index(again))).toEqual({ added: [], removed: [], changed: [] });

    const edited = site('groot-bewerkt', 30, { page: 7, text: 'zeldzaamwoord' });
    expect(await indexSite({ site: edited, given: await given(edited), cacheDir, partSize: 10 })).toMatchObject({ indexed: 1 });
    const fresh = site('groot-bewerkt-vers', 30, { page: 7, text: 'zeldzaamwoord' });
    await indexSite({ site: fresh, given: await given(fresh), partSize: 10 });
    expect(diffDigests(index(fresh), index(edited))).toEqual({ added: [], removed: [], changed: [] });
    // The edit touched one part only: the other parts' files are the ones from the first run.
    const changedParts = new Set(diffDigests(index(first), index(edited)).changed.map((p) => (p.startsWith('delen/') ? p.split('/')[1] : '1')));
    expect(changedParts.size).toBe(1);
  });

  it('counts the terms added to a page as part of that page', { timeout: 300_000 }, async () => {
    const cacheDir = join(work, 'cache-prepare');
    const dir = site('voorbereid', 30);
    await indexSite({ site: dir, given: await given(dir), cacheDir, partSize: 10 });
    expect(await indexSite({ site: dir, given: await given(dir, 'Voorbeeld 3 '), cacheDir, partSize: 10 })).toMatchObject({ indexed: 1 });
    expect(await indexSite({ site: dir, given: await given(dir, 'Voorbeeld 3 '), cacheDir, partSize: 10 })).toMatchObject({ indexed: 0 });
  });
});

describe('how many parts: as few as fit in the memory the build needed', () => {
  it('makes one part when the estimate fits, and otherwise the fewest parts that each fit', () => {
    const mb = (n: number) => n * 1e6;
    // 100 MB of index documents: about 2,580 MiB for Pagefind in one go.
    expect(estimatePeakMb(mb(100))).toBeGreaterThan(1000);
    expect(partsFor(mb(100), estimatePeakMb(mb(100)))).toBe(1);
    expect(partsFor(mb(100), estimatePeakMb(mb(100)) - 1)).toBe(2);
    expect(partsFor(mb(300), estimatePeakMb(mb(100)))).toBe(3);
    for (const parts of [1, 2, 3]) expect(estimatePeakMb(mb(300) / partsFor(mb(300), estimatePeakMb(mb(300) / parts)))).toBeLessThanOrEqual(estimatePeakMb(mb(300) / parts));
  });

  it('keeps the previous layout when it still fits and has one part more, so a build with a little more memory does not index everything again', () => {
    const ceiling = estimatePeakMb(50e6);
    expect(partsFor(100e6, ceiling)).toBe(2);
    expect(partsFor(100e6, ceiling, 3)).toBe(3);
    // Not when that many parts were never needed, or the old layout no longer fits.
    expect(partsFor(100e6, ceiling, 5)).toBe(2);
    expect(partsFor(100e6, ceiling, 1)).toBe(2);
  });
});

describe('mergeIndexParts (search page)', () => {
  it('merges the listed parts and ignores anything that is not a part of this site', async () => {
    const merged: string[] = [];
    const pf = { mergeIndex: async (p: string) => void merged.push(p) };
    const n = await mergeIndexParts(pf, async () => ['/pagefind/delen/2/', 'https://elders.example/pagefind/', '/pagefind/../x/', 3, '/pagefind/delen/3/']);
    expect(n).toBe(2);
    expect(merged).toEqual(['/pagefind/delen/2/', '/pagefind/delen/3/']);
  });

  it('treats a missing or broken list as one index', async () => {
    const pf = { mergeIndex: async () => {} };
    expect(await mergeIndexParts(pf, async () => Promise.reject(new Error('404')))).toBe(0);
    expect(await mergeIndexParts(pf, async () => ({ delen: 'geen lijst' }))).toBe(0);
  });
});
