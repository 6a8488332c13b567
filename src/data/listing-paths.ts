/** getStaticPaths of the listing routes: every type, its extra pages, and its filter pages with theirs. */
import { pageCount } from '../lib/catalog/pagination.ts';
import { COLLECTION_PATHS, ITEM_COLLECTIONS } from '../lib/site/routes.ts';
import { itemsOf } from './content.ts';
import { facetListings } from './facet-listings.ts';
import { listingView, type ListingRequest } from './listing-page.ts';
import { viewKey } from './cache-keys.ts';

/** Page 2, 3, ... of a list of `count` items (page 1 is the listing itself). */
const extraPages = (count: number) => Array.from({ length: Math.max(0, pageCount(count) - 1) }, (_, i) => i + 2);

/** Each listing page gets its view model as props and its cache key from those props. */
const withViews =
  (paths: () => { params: Record<string, string>; request: ListingRequest }[] | Promise<{ params: Record<string, string>; request: ListingRequest }[]>) => async () =>
    Promise.all(
      (await paths()).map(async ({ params, request }) => {
        const props = { ...request, view: await listingView(request) };
        return { params, props, cacheKey: await viewKey(props) };
      }),
    );

// Good practices have their own page with the combined "schools like mine" filter (src/pages/goede-voorbeelden/).
export const listingPaths = withViews(() =>
  ITEM_COLLECTIONS.filter((c) => c !== 'practices').map((collection) => ({ params: { listing: COLLECTION_PATHS[collection] }, request: { collection } })),
);

export const listingPagePaths = withViews(async () => {
  const perType = await Promise.all(ITEM_COLLECTIONS.map(async (collection) => ({ collection, count: (await itemsOf(collection)).length })));
  return perType.flatMap(({ collection, count }) =>
    extraPages(count).map((page) => ({ params: { listing: COLLECTION_PATHS[collection], page: String(page) }, request: { collection, page } })),
  );
});

export const facetPaths = withViews(async () =>
  (await facetListings()).map(({ collection, listing, kind, value }) => ({ params: { listing, facet: kind, value }, request: { collection, active: { kind, value } } })),
);

export const facetPagePaths = withViews(async () =>
  (await facetListings()).flatMap(({ collection, listing, kind, value, count }) =>
    extraPages(count).map((page) => ({ params: { listing, facet: kind, value, page: String(page) }, request: { collection, active: { kind, value }, page } })),
  ),
);
