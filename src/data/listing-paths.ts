/** getStaticPaths of the listing routes: every type, its extra pages, and its filter pages with theirs. */
import { pageCount } from '../lib/catalog/pagination.ts';
import { COLLECTION_PATHS, ITEM_COLLECTIONS } from '../lib/site/routes.ts';
import { itemsOf } from './content.ts';
import { facetListings } from './facet-listings.ts';
import { listingKey, withCacheKeys } from './cache-keys.ts';

/** Page 2, 3, ... of a list of `count` items (page 1 is the listing itself). */
const extraPages = (count: number) => Array.from({ length: Math.max(0, pageCount(count) - 1) }, (_, i) => i + 2);

// Every listing route gets a cache key from its props (src/data/cache-keys.ts).
// Good practices have their own page with the combined "schools like mine" filter (src/pages/goede-voorbeelden/).
export const listingPaths = withCacheKeys(
  () => ITEM_COLLECTIONS.filter((c) => c !== 'practices').map((collection) => ({ params: { listing: COLLECTION_PATHS[collection] }, props: { collection } })),
  listingKey,
);

export const listingPagePaths = withCacheKeys(async () => {
  const perType = await Promise.all(ITEM_COLLECTIONS.map(async (collection) => ({ collection, count: (await itemsOf(collection)).length })));
  return perType.flatMap(({ collection, count }) =>
    extraPages(count).map((page) => ({ params: { listing: COLLECTION_PATHS[collection], page: String(page) }, props: { collection, page } })),
  );
}, listingKey);

export const facetPaths = withCacheKeys(
  async () => (await facetListings()).map(({ collection, listing, kind, value }) => ({ params: { listing, facet: kind, value }, props: { collection, kind, value } })),
  listingKey,
);

export const facetPagePaths = withCacheKeys(
  async () =>
    (await facetListings()).flatMap(({ collection, listing, kind, value, count }) =>
      extraPages(count).map((page) => ({ params: { listing, facet: kind, value, page: String(page) }, props: { collection, kind, value, page } })),
    ),
  listingKey,
);
