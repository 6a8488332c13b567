import type { CollectionName } from '../schemas/reference.ts';

/** URL segment of each collection's listing; Dutch because readers see it. */
export const COLLECTION_PATHS: Record<CollectionName, string> = {
  frameworks: 'onderzoekskader',
  standards: 'onderzoekskader',
  themes: 'themas',
  agenda: 'kennisagenda',
  brochures: 'brochures',
  practices: 'goede-voorbeelden',
  'reflection-guides': 'reflectiewijzers',
  webinars: 'webinars',
  podcasts: 'podcasts',
  investigations: 'themaonderzoeken',
  'expert-schools': 'expertscholen',
  // Data only (the search index reads it); it has no pages of its own.
  'search-terms': 'zoeken',
};

/** Publication types: the collections a reader browses as "items". Order is the order on theme pages. */
export const ITEM_COLLECTIONS = [
  'brochures',
  'reflection-guides',
  'practices',
  'webinars',
  'podcasts',
  'investigations',
  'expert-schools',
] as const satisfies readonly CollectionName[];
export type ItemCollection = (typeof ITEM_COLLECTIONS)[number];

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
  '/feed.xml',
  '/podcast/feed.xml',
  '/webinars/agenda.ics',
  '/sitemap-index.xml',
] as const;
