/**
 * Cache keys for every page that comes from getStaticPaths (Astro's experimental incremental
 * build). A page is rendered again only when its key or its code changed, so a key must cover
 * everything the page shows: its own entry, the items in its lists (their card data), counts,
 * and the reference data many pages print (theme, standard and framework names).
 *
 * Item, listing, theme, standard and sector pages are keyed by their own view model (viewKey): what
 * they are given to render, computed once in their getStaticPaths. The other keys below still
 * mirror what their page shows: when such a page starts to show something new, add it to its key. The test
 * tests/build/incremental.test.ts builds the sample site twice and fails when an incremental
 * build differs from a full one by even a byte.
 */
import type { CollectionEntry } from 'astro:content';
import { currentFramework, frameworks, itemsForTheme, visible } from './content.ts';
import { AUDIENCE_PAGES, helpFor } from './audience-pages.ts';
import type { Audience } from '../lib/catalog/audiences.ts';
import { feedbackPage } from './feedback-page.ts';
import type { FollowTarget } from './follow.ts';
import { phaseOf } from './framework.ts';
import type { VisitKit, VisitKitChooser } from './visit-kit.ts';
import { digest } from '../lib/site/cache-key.ts';
import type { ItemSummary } from '../lib/catalog/items.ts';
import type { CollectionName } from '../schemas/reference.ts';

type Entry = { collection: string; id: string; digest?: string | number; data: unknown };
type Path<P> = { params: Record<string, string | undefined>; props: P };

const memos = new Map<string, Promise<string>>();
const memo = (key: string, make: () => Promise<string>) => memos.get(key) ?? (memos.set(key, make()), memos.get(key)!);

/** An entry as its source file's digest (Astro's own, from the glob loader), so the key changes whenever the file does. */
const entryKey = (e: Entry) => `${e.collection}/${e.id}:${e.digest ?? digest(e.data)}`;

/**
 * Themes, standards, frameworks and the agenda: their names appear on item pages, cards, filters
 * and menus all over the site, so every key includes them. Editing one re-renders every page;
 * editors change these rarely. The framework in force depends on the build date.
 */
function referenceKey(): Promise<string> {
  return memo('reference', async () => {
    // Supervision pages too: their titles are linked from the home, sector, audience and framework pages.
    const collections: CollectionName[] = ['themes', 'standards', 'frameworks', 'agenda', 'supervision'];
    const entries = await Promise.all(collections.map(async (c) => (await visible(c)).map((e) => entryKey(e as Entry))));
    // Whether an edition is planned, in force or expired depends on the build date.
    const phases = (await frameworks()).map((f) => [f.id, phaseOf(f)]);
    return digest(entries, (await currentFramework()).id, phases);
  });
}

const summaryDigests = new WeakMap<ItemSummary, string>();
/** What a card shows of an item, once per summary per build. */
function summaryKey(item: ItemSummary): string {
  let d = summaryDigests.get(item);
  if (!d) summaryDigests.set(item, (d = digest(item)));
  return d;
}
/** Lists are keyed by the summaries they show, in order. */
const summariesKey = (items: readonly ItemSummary[]): string => digest(items.map(summaryKey));

/** A content entry as Astro hands it to a page (its source file's digest stands for all of it). */
const isEntry = (v: object): v is Entry => 'collection' in v && 'id' in v && 'data' in v && ('digest' in v || 'filePath' in v);
/** A card's data (src/lib/catalog/items.ts): one digest per summary per build, however many lists show it. */
const isSummary = (v: object): v is ItemSummary => 'url' in v && 'collection' in v && 'title' in v && 'themes' in v && 'date' in v;

/** A view model made small for its digest: entries as their file digest, cards as theirs, the rest as it is. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (!value || typeof value !== 'object' || value instanceof Date || value instanceof URL) return value;
  if (isEntry(value)) return entryKey(value);
  if (isSummary(value)) return summaryKey(value);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, compact(v)]));
  if (value instanceof Set) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
}

/**
 * The key of a page from what it is given to render (its props, its view model, computed once):
 * the page then cannot show something its key misses. The reference data is added because the
 * layout prints theme and standard names on every page, and MDX bodies may name standards.
 */
export async function viewKey(...view: unknown[]): Promise<string> {
  return digest(await referenceKey(), view.map(compact));
}

/** Adds a cacheKey to every path of a getStaticPaths function (passing on Astro's options, e.g. `site`). */
export function withCacheKeys<P, O = unknown>(paths: (options: O) => Path<P>[] | Promise<Path<P>[]>, keyOf: (props: P, params: Path<P>['params']) => string | Promise<string>) {
  return async (options: O) => Promise.all((await paths(options)).map(async (p) => ({ ...p, cacheKey: await keyOf(p.props, p.params) })));
}

/** A theme's feed: the theme (in the reference key), its items, and the audience pages its page links to. */
export const themeKey = async ({ theme }: { theme: { id: string; data?: { audiences?: readonly Audience[] } } }) =>
  digest(await referenceKey(), theme.id, summariesKey(await itemsForTheme(theme.id)), helpFor(theme.data?.audiences ?? []));

/** Pages that show only reference data: a framework edition, an agenda year. */
export const referencePageKey = async (_props: unknown, params: Record<string, string | undefined>) => digest(await referenceKey(), params);

/** A themed investigation's feedback page: the investigation and what it embeds (follow-up per group and indicator, matched on the schools' type and weight). */
export async function feedbackPageKey({ entry }: { entry: Entry }): Promise<string> {
  return digest(await referenceKey(), entryKey(entry), await feedbackPage(entry as CollectionEntry<'investigations'>));
}

/** A podcast feed per theme: every episode's full entry. */
export async function podcastFeedKey(_props: unknown, params: Record<string, string | undefined>): Promise<string> {
  return digest(await referenceKey(), params, (await visible('podcasts')).map((e) => entryKey(e as Entry)));
}

/** Files made from one entry alone (a webinar's calendar file, a podcast's chapters). */
export const entryFileKey = (props: { webinar?: Entry; chapters?: unknown }, params: Record<string, string | undefined>) =>
  digest(params, props.webinar ? entryKey(props.webinar) : props.chapters);

/** An audience page: its Markdown (also in the module graph) and, for inspectors, the visit kits' names (reference data). */
export async function audiencePageKey(_props: unknown, params: Record<string, string | undefined>): Promise<string> {
  const page = AUDIENCE_PAGES.get(params.audience as never);
  return digest(await referenceKey(), params, page ? { ...page, rest: undefined } : null);
}

/** A visit kit is its own view model: texts, questions, links and their QR codes. */
export const visitKitKey = async ({ kit }: { kit: VisitKit }) => digest(await referenceKey(), kit);

/** A visit kit's sector choice: what it shows (title, edition, the kits per sector). */
export const visitKitChooserKey = async ({ chooser }: { chooser: VisitKitChooser }) => digest(await referenceKey(), chooser);

/** A feed per standard, sector page or type: its items as cards show them. */
export const followFeedKey = async ({ target }: { target: FollowTarget }) =>
  digest(await referenceKey(), target.kind, target.value, target.title, target.description, summariesKey(target.items));

/** A webinar calendar per theme, standard, sector page or type: its webinars' full entries. */
export const followCalendarKey = async ({ target }: { target: FollowTarget }) =>
  digest(await referenceKey(), target.kind, target.value, target.title, target.webinars.map((w) => entryKey(w as Entry)));
