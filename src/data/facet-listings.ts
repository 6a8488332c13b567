/** Every (type, filter, value) listing that has items: shared by the filter routes and their pagination. */
import { facetsOf, memo } from './content.ts';
import type { FacetKind } from '../lib/catalog/facets.ts';
import { COLLECTION_PATHS, ITEM_COLLECTIONS, type ItemCollection } from '../lib/site/routes.ts';

export interface FacetListing {
  collection: ItemCollection;
  listing: string;
  kind: FacetKind;
  value: string;
  count: number;
}

const KINDS: readonly FacetKind[] = ['thema', 'sector', 'standaard'];

/** Once per build: four routes list them and every sector page filters them. */
export function facetListings(): Promise<readonly FacetListing[]> {
  return memo('facet-listings', async () => {
    const listings: FacetListing[] = [];
    for (const collection of ITEM_COLLECTIONS) {
      for (const kind of KINDS) {
        for (const { value, count } of await facetsOf(collection, kind)) listings.push({ collection, listing: COLLECTION_PATHS[collection], kind, value, count });
      }
    }
    return listings;
  });
}
