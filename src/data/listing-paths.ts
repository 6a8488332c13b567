/** getStaticPaths of the listing routes: every type, its extra pages, and its filter pages with theirs. */
import { pageCount } from '../lib/pagination.ts';
import { COLLECTION_PATHS, ITEM_COLLECTIONS } from '../lib/routes.ts';
import { itemsOf } from './content.ts';
import { facetListings } from './facet-listings.ts';

/** Page 2, 3, ... of a list of `count` items (page 1 is the listing itself). */
const extraPages = (count: number) => Array.from({ length: Math.max(0, pageCount(count) - 1) }, (_, i) => i + 2);

export function listingPaths() {
  // Good practices have their own page with the combined "schools like mine" filter (src/pages/goede-voorbeelden/).
  return ITEM_COLLECTIONS.filter((c) => c !== 'practices').map((collection) => ({ params: { listing: COLLECTION_PATHS[collection] }, props: { collection } }));
}

export async function listingPagePaths() {
  const perType = await Promise.all(ITEM_COLLECTIONS.map(async (collection) => ({ collection, count: (await itemsOf(collection)).length })));
  return perType.flatMap(({ collection, count }) =>
    extraPages(count).map((page) => ({ params: { listing: COLLECTION_PATHS[collection], page: String(page) }, props: { collection, page } })),
  );
}

export async function facetPaths() {
  return (await facetListings()).map(({ collection, listing, kind, value }) => ({ params: { listing, facet: kind, value }, props: { collection, kind, value } }));
}

export async function facetPagePaths() {
  return (await facetListings()).flatMap(({ collection, listing, kind, value, count }) =>
    extraPages(count).map((page) => ({ params: { listing, facet: kind, value, page: String(page) }, props: { collection, kind, value, page } })),
  );
}
