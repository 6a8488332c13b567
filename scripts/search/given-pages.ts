/**
 * What Pagefind is given for each page of a built site, worked out once per page content.
 *
 * Every page is read and hashed on every run (cheap), but tokenized only when its HTML is new
 * (src/lib/search/index-input.ts): its words, type and synonym terms are kept in the cache keyed by
 * the digest of its HTML, and its index document in a store named by the document's own digest.
 * Once the site's word list (and so the compound lexicon) is known, each page's compound parts and
 * the digest and size of what Pagefind is given are kept the same way, under a context that also
 * covers the word list. So an edit tokenizes only the pages whose HTML changed, and the Pagefind
 * step builds what it is given from the store instead of reading and tokenizing the pages again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { indexInput, type IndexInput } from '../../src/lib/search/index-input.ts';
import { htmlForIndex, partTerms, wordsOf, type PageTerms } from '../../src/lib/search/index-terms.ts';
import type { Lexicon } from '../../src/lib/search/compounds/lexicon.ts';
import { digestOf, pageCache } from './page-cache.ts';

/** A page as Pagefind gets it: the digest of what it is given (what a part's cache compares) and its size (what Pagefind's memory grows with). */
export interface GivenPage {
  path: string;
  sha1: string;
  bytes: number;
}

export interface Given {
  pages: GivenPage[];
  /** What Pagefind is given for a page of `pages`. */
  content: (page: GivenPage) => string;
}

/** What is kept of reading a page. */
interface PageRead {
  /** Its distinct words (wordsOf), space-separated: for the site's word list and the compound parts. */
  words: string;
  kind: string[];
  synonyms: string[];
  /** The digest of its index document (its name in the store), and where labels and the body end in it. */
  doc: string;
  bodyEnd: number;
  labelEnds: number[];
}

interface PageGiven {
  parts: string[];
  sha1: string;
  bytes: number;
}

/** How to make what Pagefind is given for a page: its stored document, where labels and body end, its terms; and the digest and size of the result. */
export interface Recipe extends GivenPage {
  doc: string;
  bodyEnd: number;
  labelEnds: number[];
  terms: PageTerms;
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** The site's HTML files, sorted (the index's page order, and so its bytes, must be the same every run). */
export function htmlFiles(site: string): string[] {
  const files: string[] = [];
  for (const e of readdirSync(site, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const path = relative(site, join(e.parentPath, e.name)).split('\\').join('/');
    if (!path.startsWith('pagefind/')) files.push(path);
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

type Store = ReturnType<typeof documentStore>;

/** Index documents by their own digest: in the cache folder, or in memory without one. A damaged file reads as missing. */
export function documentStore(dir: string | undefined) {
  const memory = new Map<string, string>();
  const used = new Set<string>();
  if (dir) mkdirSync(dir, { recursive: true });
  return {
    put(document: string): string {
      const name = sha1(document);
      used.add(name);
      if (!dir) memory.set(name, document);
      else if (!existsSync(join(dir, `${name}.html`))) writeFileSync(join(dir, `${name}.html`), document);
      return name;
    },
    get(name: string): string | undefined {
      used.add(name);
      if (!dir) return memory.get(name);
      const file = join(dir, `${name}.html`);
      const document = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      return document !== undefined && sha1(document) === name ? document : undefined;
    },
    /** Marks a document as used by a page of this run. */
    keep(name: string) {
      used.add(name);
    },
    /** Removes the documents no page of this run uses. */
    prune() {
      if (dir) for (const f of readdirSync(dir)) if (!used.has(f.replace(/\.html$/, ''))) rmSync(join(dir, f), { force: true });
    },
  };
}

/** What Pagefind is given for a page: its document from the store, or (missing or damaged) its HTML tokenized again, with its terms. */
function givenHtml(site: string, store: Store, recipe: Recipe): string {
  let document = store.get(recipe.doc);
  if (document === undefined) {
    document = indexInput(readFileSync(join(site, recipe.path), 'utf8'))?.document;
    if (document === undefined || store.put(document) !== recipe.doc) throw new Error(`${join(site, recipe.path)}: de pagina veranderde tijdens het indexeren`);
  }
  return htmlForIndex({ document, bodyEnd: recipe.bodyEnd, labelEnds: recipe.labelEnds }, recipe.terms);
}

/** The pages and what Pagefind is given for each, made from the recipes and the documents in `store` (also in another thread than the one that read the site). */
export function givenFrom(site: string, store: Store, recipes: Recipe[]): Given {
  const byPath = new Map(recipes.map((r) => [r.path, r]));
  return {
    pages: recipes.map(({ path, sha1, bytes }) => ({ path, sha1, bytes })),
    content(page) {
      const recipe = byPath.get(page.path);
      if (!recipe) throw new Error(`${page.path} is niet gelezen`);
      const text = givenHtml(site, store, recipe);
      if (sha1(text) !== page.sha1) throw new Error(`${join(site, page.path)}: de zoekindex-invoer veranderde tijdens het indexeren`);
      return text;
    },
  };
}

export interface ReadOptions {
  site: string;
  /** Keeps the pages' readings and documents between runs; without it all is done again. */
  cacheDir?: string;
  /** A digest of everything a reading depends on besides the page: the code, the synonyms, the type names. */
  context: string;
  /** The type and synonym terms of a page. */
  describe: (input: IndexInput) => { kind: string[]; synonyms: string[] };
}

/**
 * Reads every page with a data-pagefind-body (Pagefind skips the others): from the cache when its
 * HTML is unchanged, else tokenized. Then `given` works out what Pagefind is given, with the
 * compound lexicon made from `words`.
 */
export async function readSite({ site, cacheDir, context: readingContext, describe }: ReadOptions) {
  const store = documentStore(cacheDir && join(cacheDir, 'documenten'));
  const readings = pageCache<PageRead | null>(cacheDir && join(cacheDir, 'paginas.json'), readingContext);
  const read = (input: IndexInput): PageRead => ({
    words: [...new Set(wordsOf(input.text))].join(' '),
    ...describe(input),
    doc: store.put(input.document),
    bodyEnd: input.bodyEnd,
    labelEnds: input.labelEnds,
  });
  const pages: Array<{ path: string; key: string; read: PageRead }> = [];
  let tokenized = 0;
  for (const [i, path] of htmlFiles(site).entries()) {
    // parse5's SAX parser is a stream: it holds each page it read until the event loop turns. Letting
    // it turn now and then keeps that to a few pages (without it, 10,000 pages held 2 GB here).
    await new Promise((done) => setImmediate(done));
    const html = readFileSync(join(site, path), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const key = digestOf(html);
    const reading = readings.get(key, () => {
      tokenized++;
      const input = indexInput(html);
      return input ? read(input) : null;
    });
    if (reading) pages.push({ path, key, read: reading });
  }
  const words = new Set<string>();
  for (const p of pages) for (const w of p.read.words.split(' ')) if (w) words.add(w);

  return {
    /** The site's words: what the compound lexicon is made from. */
    words,
    /** Pages tokenized in this run (the others came from the cache). */
    tokenized: () => tokenized,
    /**
     * What Pagefind is given for each page, with the compound parts from `lexicon`. `partsContext`: a
     * digest of what the parts depend on besides the page (the site's words, the dictionary).
     */
    given(lexicon: Lexicon, partsContext: string): Given & { prepared: number; recipes: Recipe[] } {
      const givens = pageCache<PageGiven>(cacheDir && join(cacheDir, 'gegeven.json'), digestOf(readingContext, partsContext));
      const recipes = pages.map((page): Recipe => {
        const { kind, synonyms, doc, bodyEnd, labelEnds } = page.read;
        const given = givens.get(page.key, () => {
          const parts = partTerms(page.read.words ? page.read.words.split(' ') : [], lexicon);
          const text = givenHtml(site, store, { path: page.path, doc, bodyEnd, labelEnds, terms: { kind, synonyms, parts }, sha1: '', bytes: 0 });
          return { parts, sha1: sha1(text), bytes: Buffer.byteLength(text) };
        });
        store.keep(doc);
        return { path: page.path, doc, bodyEnd, labelEnds, terms: { kind, synonyms, parts: given.parts }, sha1: given.sha1, bytes: given.bytes };
      });
      const saved = { readings: readings.save(), givens: givens.save() };
      store.prune();
      return { ...givenFrom(site, store, recipes), prepared: saved.givens.made, recipes };
    },
  };
}
