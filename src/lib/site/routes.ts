import { CONTENT_MODEL, type ContentModel } from '../../schemas/registry.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/reference.ts';
import { AUDIENCES } from '../../schemas/audience.ts';
import { SECTOR_PAGES } from '../framework/sector-pages.ts';

/** URL segment of each collection's listing; Dutch because readers see it. From the content model. */
export const COLLECTION_PATHS = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, CONTENT_MODEL[c].path])) as Record<CollectionName, string>;

/** Publication types: the collections a reader browses as "items". Order is the order on theme pages. */
export type ItemCollection = { [C in CollectionName]: ContentModel[C]['item'] extends true ? C : never }[CollectionName];
export const ITEM_COLLECTIONS = (Object.keys(CONTENT_MODEL) as CollectionName[]).filter((c): c is ItemCollection => CONTENT_MODEL[c].item);

export function isItemCollection(c: string): c is ItemCollection {
  return (ITEM_COLLECTIONS as readonly string[]).includes(c);
}

/** The site path of an entry. Every link in the site is built here. */
export function entryPath(collection: CollectionName, id: string): string {
  return `/${COLLECTION_PATHS[collection]}/${id}/`;
}

export function listingPath(collection: CollectionName): string {
  return `/${COLLECTION_PATHS[collection]}/`;
}

/** Static pages that are not generated from a collection (checked by the link checker). */
export const STATIC_PATHS = [
  '/',
  '/zoeken/',
  '/themas/',
  '/onderzoekskader/',
  '/kennisagenda/',
  '/toegankelijkheid/',
  '/colofon/',
  '/afdrukken/',
  '/sectoren/',
  '/volgen/',
  '/voor-wie/',
  '/feed.xml',
  '/podcast/feed.xml',
  '/webinars/agenda.ics',
  '/sitemap-index.xml',
  '/sectoren/',
  ...SECTOR_PAGES.map((g) => `/sectoren/${g.slug}/`),
  '/voor-wie/',
  ...AUDIENCES.map((a) => `/voor-wie/${a}/`),
] as const;
