/**
 * Cache keys for every page that comes from getStaticPaths (Astro's experimental incremental
 * build). A page is rendered again only when its key or its code changed, so a key must cover
 * everything the page shows: its own entry, the items in its lists (their card data), counts,
 * and the reference data many pages print (theme, standard and framework names).
 *
 * When a page starts to show something new, add it to that page's key here. The test
 * tests/build/incremental.test.ts builds the sample site twice and fails when an incremental
 * build differs from a full one by even a byte.
 */
import { readFileSync } from 'node:fs';
import type { CollectionEntry } from 'astro:content';
import { BUILD_TIME, currentFramework, facetsOf, filteredItems, frameworks, itemsForStandard, itemsForTheme, itemsOf, relatedTo, resolve, visible } from './content.ts';
import { AUDIENCE_PAGES, helpFor } from './audience-pages.ts';
import type { Audience } from '../lib/catalog/audiences.ts';
import { feedbackPage } from './feedback-page.ts';
import { followTarget, type FollowTarget } from './follow.ts';
import { phaseOf } from './framework.ts';
import { sectorPage } from './sector-page.ts';
import { publicFilePath } from './transcripts.ts';
import type { VisitKit, VisitKitChooser } from './visit-kit.ts';
import { digest } from '../lib/site/cache-key.ts';
import type { FacetKind } from '../lib/catalog/facets.ts';
import { formatDate } from '../core/format.ts';
import type { ItemSummary } from '../lib/catalog/items.ts';
import { pageCount, pageSlice } from '../lib/catalog/pagination.ts';
import { COLLECTION_PATHS, type ItemCollection } from '../lib/site/routes.ts';
import type { SectorPage } from '../lib/framework/sector-pages.ts';
import { splitByTime } from '../lib/catalog/webinars.ts';
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
/** What a card shows of an item; lists are keyed by the summaries they show, in order. */
function summariesKey(items: readonly ItemSummary[]): string {
  return digest(
    items.map((i) => {
      let d = summaryDigests.get(i);
      if (!d) summaryDigests.set(i, (d = digest(i)));
      return d;
    }),
  );
}

const fileDigests = new Map<string, string>();
/** A file under public/ that a page reads at build time (transcripts). */
function publicFileKey(publicPath: string | undefined): string {
  if (!publicPath) return '';
  let d = fileDigests.get(publicPath);
  if (d === undefined) {
    try {
      d = digest(readFileSync(publicFilePath(publicPath), 'utf8'));
    } catch {
      // Missing: the page itself fails the build with a clear message; the key only needs to differ.
      d = 'ontbreekt';
    }
    fileDigests.set(publicPath, d);
  }
  return d;
}

/** Webinar pages say "as of <date>" and whether a webinar is still to come. */
const webinarTime = (data: { start: Date; durationMinutes: number }) => [formatDate(BUILD_TIME), splitByTime([data], BUILD_TIME).upcoming.length];

/** Adds a cacheKey to every path of a getStaticPaths function (passing on Astro's options, e.g. `site`). */
export function withCacheKeys<P, O = unknown>(paths: (options: O) => Path<P>[] | Promise<Path<P>[]>, keyOf: (props: P, params: Path<P>['params']) => string | Promise<string>) {
  return async (options: O) => Promise.all((await paths(options)).map(async (p) => ({ ...p, cacheKey: await keyOf(p.props, p.params) })));
}

/** The fields of item types whose pages print more than the entry itself. */
interface ItemExtras {
  start?: Date;
  durationMinutes?: number;
  recording?: { captions: string };
  transcript?: string;
  expertSchool?: { collection: 'expert-schools'; id: string };
  sections?: { standard: { id: string } }[];
}

/** An item's own page: the entry, its related items, and per type what else it prints. */
export async function itemPageKey(collection: ItemCollection, entry: Entry, item: ItemSummary): Promise<string> {
  const d = entry.data as ItemExtras;
  const extra: unknown[] = [];
  if (collection === 'webinars' && d.start) extra.push(webinarTime({ start: d.start, durationMinutes: d.durationMinutes ?? 0 }), publicFileKey(d.recording?.captions));
  if (collection === 'podcasts') extra.push(publicFileKey(d.transcript));
  if (collection === 'practices' && d.expertSchool) extra.push(await resolve(d.expertSchool, entry.id).then((e) => entryKey(e as Entry), () => 'ontbreekt'));
  if (collection === 'reflection-guides') {
    // The self-evaluation links, per standard, to brochures and good practices on it.
    for (const id of new Set((d.sections ?? []).map((s) => s.standard.id))) {
      extra.push(id, summariesKey((await itemsForStandard(id)).filter((i) => i.collection === 'brochures' || i.collection === 'practices')));
    }
  }
  return digest(await referenceKey(), entryKey(entry), summariesKey(await relatedTo(item)), extra);
}

/** A listing page (all of a type, or one filter value), page `page`: its cards, counts and the filter counts beside them. */
export async function listingKey({ collection, kind, value, page = 1 }: { collection: ItemCollection; kind?: FacetKind; value?: string; page?: number }): Promise<string> {
  const items = kind && value ? await filteredItems(collection, kind, value) : await itemsOf(collection);
  const facets = await Promise.all((['thema', 'sector', 'standaard'] as const).map((k) => facetsOf(collection, k)));
  // The webinar listing splits into upcoming and past at the build time: cheap pages, so always rendered fresh.
  const time = collection === 'webinars' ? BUILD_TIME : undefined;
  // The "Volgen" block beside it counts the type's webinars.
  const follow = (await followTarget('type', COLLECTION_PATHS[collection])).webinars.length;
  return digest(await referenceKey(), collection, kind, value, page, items.length, pageCount(items.length), summariesKey(pageSlice(items, page)), facets, time, follow);
}

/** A theme page and its feed: the theme (in the reference key), its items, and the audience pages it links to (their titles). */
export const themeKey = async ({ theme }: { theme: { id: string; data?: { audiences?: readonly Audience[] } } }) =>
  digest(await referenceKey(), theme.id, summariesKey(await itemsForTheme(theme.id)), helpFor(theme.data?.audiences ?? []));

/** A standard's page: the standard (in the reference key) and the items linked to it. */
export const standardKey = async ({ standard }: { standard: { id: string } }) => digest(await referenceKey(), standard.id, summariesKey(await itemsForStandard(standard.id)));

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

/** A sector page: standards and themes (reference data), its newest items, its investigations, filter pages with counts and the webinars it can follow. */
export async function sectorPageKey({ group }: { group: SectorPage }): Promise<string> {
  const { latest, ...rest } = await sectorPage(group);
  const webinars = (await followTarget('sector', group.slug)).webinars.length;
  return digest(await referenceKey(), group.slug, summariesKey(latest), { ...rest, investigations: summariesKey(rest.investigations) }, webinars);
}

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
