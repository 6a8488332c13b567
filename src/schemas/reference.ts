import { z } from 'astro/zod';

/** Every collection on the site. The folder under content/ has the same name. */
export const COLLECTION_NAMES = [
  'frameworks',
  'standards',
  'themes',
  'agenda',
  'brochures',
  'practices',
  'reflection-guides',
  'webinars',
  'podcasts',
  'investigations',
  'expert-schools',
  'search-terms',
  'supervision',
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

export type Ref<C extends CollectionName = CollectionName> = { id: string; collection: C };

/**
 * Schemas take the reference factory as an argument so the same schema runs inside
 * Astro (astro:content's `reference`, checked at build) and in plain Node scripts
 * and tests (`plainReference`, checked by scripts/content/check.ts against the files on disk).
 */
export type ReferenceFactory = <C extends CollectionName>(collection: C) => z.ZodType<Ref<C>, any>;

export const plainReference: ReferenceFactory = <C extends CollectionName>(collection: C) =>
  z
    .string({ error: `moet de id van een item uit "${collection}" zijn` })
    .min(1)
    .transform((id) => ({ id, collection })) as unknown as z.ZodType<Ref<C>, any>;
