/**
 * The only module that reads Astro's content store. Pages ask here for what they show;
 * filtering, grouping and scoring are pure functions in src/lib. Every query is memoised,
 * so a build with thousands of pages reads each collection once.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { facetValues, filterItems, type FacetKind, type FacetValue } from '../lib/catalog/facets.ts';
import { itemsWithStandard, itemsWithTheme, newestFirst, toItemSummary, type ItemSummary } from '../lib/catalog/items.ts';
import { createRelatedFinder } from '../lib/catalog/related.ts';
import { ITEM_COLLECTIONS, type ItemCollection } from '../lib/site/routes.ts';
import { isVisible } from '../lib/content/visibility.ts';
import { nowFromEnv } from '../lib/content/loader.ts';
import { sortStandards } from '../lib/framework/standards.ts';
import { currentEdition } from '../lib/framework/structure.ts';
import type { CollectionName } from '../schemas/reference.ts';

/** Build time, or KP_NOW (ISO) so tests and benchmarks are reproducible; the checker uses the same day. */
export const BUILD_TIME = nowFromEnv();
// Set from the command (astro dev), not from the environment: src/integrations/preview-mode.ts.
const mode = { now: BUILD_TIME, preview: import.meta.env.KP_PREVIEW === true };

const cache = new Map<string, Promise<unknown>>();
export function memo<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as Promise<T>;
}

export function visible<C extends CollectionName>(collection: C): Promise<CollectionEntry<C>[]> {
  return memo(`visible:${collection}`, async () => {
    const all = (await getCollection(collection)) as CollectionEntry<C>[];
    return all.filter((e) => isVisible(e.data as { draft?: boolean; publishDate?: Date }, mode));
  });
}

/** Visible entries of a collection by id, so resolving a reference is a lookup rather than a scan per page. */
function byId<C extends CollectionName>(collection: C): Promise<Map<string, CollectionEntry<C>>> {
  return memo(`byId:${collection}`, async () => new Map((await visible(collection)).map((e) => [e.id, e])));
}

/** Looks up a referenced entry; a reference to something missing or unpublished fails the build. */
export async function resolve<C extends CollectionName>(ref: { collection: C; id: string }, from: string): Promise<CollectionEntry<C>> {
  const entry = (await byId(ref.collection)).get(ref.id);
  if (!entry) throw new Error(`${from}: verwijzing naar ${ref.collection}/${ref.id} bestaat niet of is niet gepubliceerd`);
  return entry;
}

export async function resolveAll<C extends CollectionName>(refs: readonly { collection: C; id: string }[], from: string) {
  return Promise.all(refs.map((r) => resolve(r, from)));
}

export function allItems(): Promise<ItemSummary[]> {
  return memo('items', async () => {
    const lists = await Promise.all(
      ITEM_COLLECTIONS.map(async (c) => (await visible(c)).map((e) => toItemSummary({ collection: c, id: e.id, data: e.data as never }))),
    );
    return newestFirst(lists.flat());
  });
}

/** Items linked to a theme, newest first; theme pages, feeds and counts all ask, so once per theme. */
export function itemsForTheme(themeId: string): Promise<ItemSummary[]> {
  return memo(`theme:${themeId}`, async () => itemsWithTheme(await allItems(), themeId));
}

/** Items linked to a standard, newest first; standard pages and every reflection guide ask, so once per standard. */
export function itemsForStandard(standardId: string): Promise<ItemSummary[]> {
  return memo(`standard:${standardId}`, async () => itemsWithStandard(await allItems(), standardId));
}

/** Related items for any item page; the finder indexes every item once per build. */
export function relatedFinder() {
  return memo('related', async () => createRelatedFinder(await allItems()));
}

/** The related items of one item, once per build: its page shows them and its cache key covers them. */
export function relatedTo(item: ItemSummary): Promise<ItemSummary[]> {
  return memo(`related:${item.url}`, async () => (await relatedFinder())(item));
}

export function itemsOf(collection: ItemCollection): Promise<ItemSummary[]> {
  return memo(`items:${collection}`, async () => (await allItems()).filter((i) => i.collection === collection));
}

/** A listing's filter values with counts; the same on every page of that listing, so computed once. */
export function facetsOf(collection: ItemCollection, kind: FacetKind): Promise<FacetValue[]> {
  return memo(`facets:${collection}:${kind}`, async () => facetValues(await itemsOf(collection), kind));
}

/** The items of one filter page; its pagination pages share the list. */
export function filteredItems(collection: ItemCollection, kind: FacetKind, value: string): Promise<ItemSummary[]> {
  return memo(`filtered:${collection}:${kind}:${value}`, async () => filterItems(await itemsOf(collection), kind, value));
}

export function themes() {
  return memo('themes', async () => (await visible('themes')).sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'nl')));
}

/** Theme names by id: nearly every page prints some, so one map per build (read-only for callers). */
export function themeTitles(): Promise<ReadonlyMap<string, string>> {
  return memo('theme-titles', async () => new Map((await themes()).map((t) => [t.id, t.data.title])));
}

export function frameworks() {
  return memo('frameworks', async () => (await visible('frameworks')).sort((a, b) => b.data.validFrom.getTime() - a.data.validFrom.getTime()));
}

/** The edition in force at build time (or the newest adopted one); a planned edition is never current. */
export function currentFramework() {
  return memo('current-framework', async () => {
    const all = await frameworks();
    const current = currentEdition(all.map((f) => f.data), BUILD_TIME);
    return all.find((f) => f.data === current)!;
  });
}

export function standards() {
  return memo('standards', async () => sortStandards((await visible('standards')).map((e) => Object.assign(e, { order: e.data.order, code: e.data.code }))));
}

export function standardsOf(edition: string) {
  return memo(`standards:${edition}`, async () => (await standards()).filter((s) => s.data.edition.id === edition));
}

/** "OP1 Aanbod" by standard id: item pages, listings and feedback pages print them, so one map per build. */
export function standardLabels(): Promise<ReadonlyMap<string, string>> {
  return memo('standard-labels', async () => new Map((await standards()).map((s) => [s.id, `${s.data.code} ${s.data.name}`])));
}
