/**
 * The minimal documents (src/lib/search/index-input.ts) index exactly as the whole pages do: the
 * built sample site in dist/ (`npm test` builds it first) is indexed twice with Pagefind's Node API,
 * once with every page whole and once with its minimal document, and the two indexes must answer
 * the same queries with the same results and the same result texts, titles, filters and anchors.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/search/given-pages.ts';
import { diffDigests, dirDigests } from '../../scripts/build/dir-digests.ts';
import { indexInput } from '../../src/lib/search/index-input.ts';

const site = resolve('dist');
const work = mkdtempSync(join(tmpdir(), 'kp-invoer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const QUERIES = ['lezen', 'rekenen', 'sociale veiligheid', 'vso', 'podcast', 'burgerschap', 'kwaliteitszorg', 'op1', 'ouders', 'toets', 'Rotterdam'];

async function indexWith(name: string, given: (html: string) => string | undefined): Promise<{ out: string; pages: number; bytes: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(errors.join('; '));
  let pages = 0;
  let bytes = 0;
  for (const path of htmlFiles(site)) {
    const content = given(readFileSync(join(site, path), 'utf8'));
    if (content === undefined) continue;
    pages++;
    bytes += Buffer.byteLength(content);
    const added = await index.addHTMLFile({ sourcePath: path, content });
    if (added.errors.length) throw new Error(`${path}: ${added.errors.join('; ')}`);
  }
  const out = join(work, name);
  await index.writeFiles({ outputPath: out });
  await pagefind.close();
  return { out, pages, bytes };
}

/** Every result text (fragment) of an index by URL, decompressed: what a reader is shown. */
function fragments(out: string): Map<string, Record<string, unknown>> {
  const byUrl = new Map<string, Record<string, unknown>>();
  for (const f of readdirSync(join(out, 'fragment'))) {
    const text = gunzipSync(readFileSync(join(out, 'fragment', f))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as Record<string, unknown>;
    byUrl.set(String(fragment.url), fragment);
  }
  return byUrl;
}

interface Hit {
  id: string;
  score: number;
  data: () => Promise<Record<string, unknown>>;
}

/** Pagefind's own search script run in Node on an index folder (its fetches read the files). */
async function searcher(out: string) {
  const pf = await import(`${pathToFileURL(join(out, 'pagefind.js')).href}?${out}`);
  await pf.options({ basePath: `${pathToFileURL(out).href}/` });
  await pf.init();
  return async (query: string) => {
    const search = (await pf.search(query)) as { results: Hit[] };
    return Promise.all(search.results.slice(0, 10).map(async (r) => ({ id: r.id, score: r.score, data: await r.data() })));
  };
}

describe('minimal index documents against whole pages', { timeout: 300_000 }, () => {
  let whole: Awaited<ReturnType<typeof indexWith>>;
  let minimal: Awaited<ReturnType<typeof indexWith>>;
  const fetchBefore = globalThis.fetch;

  beforeAll(async () => {
    if (!existsSync(join(site, 'index.html'))) throw new Error('dist/ ontbreekt: eerst npm run build');
    whole = await indexWith('heel', (html) => (html.includes('data-pagefind-body') ? html : undefined));
    minimal = await indexWith('minimaal', (html) => indexInput(html)?.document);
    globalThis.fetch = (async (url: string | URL) => new Response(readFileSync(new URL(String(url))))) as typeof fetch;
  }, 300_000);
  afterAll(() => {
    globalThis.fetch = fetchBefore;
  });

  it('gives Pagefind every searchable page in a fraction of the bytes', () => {
    expect(minimal.pages).toBe(whole.pages);
    expect(whole.pages).toBeGreaterThan(50);
    expect(minimal.bytes).toBeLessThan(whole.bytes * 0.5);
  });

  it('writes the same result texts: url, content, title and other meta, filters, anchors, word count', () => {
    const a = fragments(whole.out);
    const b = fragments(minimal.out);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [url, fragment] of a) {
      for (const field of ['url', 'content', 'meta', 'filters', 'anchors', 'word_count']) expect(b.get(url)?.[field], `${url} ${field}`).toEqual(fragment[field]);
    }
    // Titles and filters really are read (not empty on both sides).
    expect([...a.values()].every((f) => typeof (f.meta as Record<string, string>).title === 'string')).toBe(true);
    expect([...a.values()].some((f) => Object.keys(f.filters as object).length > 0)).toBe(true);
  });

  it('finds the same results, in the same order with the same scores, for every query', async () => {
    const [inWhole, inMinimal] = [await searcher(whole.out), await searcher(minimal.out)];
    for (const query of QUERIES) {
      const expected = await inWhole(query);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(await inMinimal(query), query).toEqual(expected);
    }
  });

  it('writes a byte-identical index', () => {
    expect(diffDigests(dirDigests(whole.out), dirDigests(minimal.out))).toEqual({ added: [], removed: [], changed: [] });
  });
});
