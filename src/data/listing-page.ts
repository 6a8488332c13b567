/**
 * What a listing page shows (src/components/items/Listing.astro): one type, optionally one filter
 * value, one page of it. The listing routes hand it to the page as props and key the page by it
 * (src/data/listing-paths.ts), so a listing's cache key is what it shows.
 */
import { BUILD_TIME, facetsOf, filteredItems, itemsOf, memo, standardLabels, themeTitles } from './content.ts';
import { followBlock } from './follow.ts';
import type { FacetKind } from '../lib/catalog/facets.ts';
import { pageCount, pageSlice } from '../lib/catalog/pagination.ts';
import { splitByTime } from '../lib/catalog/webinars.ts';
import { COLLECTION_PATHS, type ItemCollection } from '../lib/site/routes.ts';
import { formatDate } from '../core/format.ts';
import { t, tDynamic } from '../i18n/t.ts';

export interface ListingRequest {
  collection: ItemCollection;
  active?: { kind: FacetKind; value: string };
  page?: number;
}

async function labelFor(kind: FacetKind, value: string): Promise<string> {
  if (kind === 'thema') return (await themeTitles()).get(value) ?? value;
  if (kind === 'sector') return tDynamic(`sector.${value}`);
  return (await standardLabels()).get(value.replace('-', '/')) ?? value;
}

/** The filter groups beside a listing: the same on every page of the type, so once per type. */
function filterGroups(collection: ItemCollection) {
  return memo(`listing-filters:${collection}`, () =>
    Promise.all(
      (['thema', 'sector', 'standaard'] as const).map(async (kind) => ({
        kind,
        title: t(kind === 'thema' ? 'filter.theme' : kind === 'sector' ? 'filter.sector' : 'filter.standard'),
        values: await Promise.all((await facetsOf(collection, kind)).map(async (v) => ({ ...v, label: await labelFor(kind, v.value) }))),
      })),
    ),
  );
}

export async function listingView({ collection, active, page = 1 }: ListingRequest) {
  const items = active ? await filteredItems(collection, active.kind, active.value) : await itemsOf(collection);
  const onPage = pageSlice(items, page);
  const webinars = collection === 'webinars';
  return {
    count: items.length,
    pages: pageCount(items.length),
    onPage,
    // Webinars split into upcoming and past on the day of the build, and say so.
    split: webinars ? splitByTime(onPage.map((i) => ({ ...i, start: i.start!, durationMinutes: 0 })), BUILD_TIME) : undefined,
    asOf: webinars ? formatDate(BUILD_TIME) : undefined,
    activeLabel: active ? await labelFor(active.kind, active.value) : undefined,
    groups: await filterGroups(collection),
    follow: await followBlock('type', COLLECTION_PATHS[collection]),
  };
}

export type ListingView = Awaited<ReturnType<typeof listingView>>;
