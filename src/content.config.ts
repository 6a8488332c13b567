import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTION_FILES, collectionSchemas } from './schemas/index.ts';
import type { CollectionName, ReferenceFactory } from './schemas/reference.ts';

const schemas = collectionSchemas(reference as unknown as ReferenceFactory);

// Every collection is a folder under the top-level content/ directory, with the same name.
// KP_CONTENT_DIR points the build at another tree (benchmarks, fixtures).
const contentDir = process.env.KP_CONTENT_DIR ?? './content';
// retainBody: false keeps the raw Markdown out of Astro's data store: pages use the rendered HTML,
// and at 10,000 items the store (compiled as one module at build time) shrinks by about a third.
const files = (name: CollectionName) => glob({ pattern: COLLECTION_FILES[name], base: `${contentDir}/${name}`, retainBody: false });

export const collections = {
  frameworks: defineCollection({ loader: files('frameworks'), schema: schemas.frameworks }),
  standards: defineCollection({ loader: files('standards'), schema: schemas.standards }),
  themes: defineCollection({ loader: files('themes'), schema: schemas.themes }),
  agenda: defineCollection({ loader: files('agenda'), schema: schemas.agenda }),
  brochures: defineCollection({ loader: files('brochures'), schema: schemas.brochures }),
  practices: defineCollection({ loader: files('practices'), schema: schemas.practices }),
  'reflection-guides': defineCollection({ loader: files('reflection-guides'), schema: schemas['reflection-guides'] }),
  webinars: defineCollection({ loader: files('webinars'), schema: schemas.webinars }),
  podcasts: defineCollection({ loader: files('podcasts'), schema: schemas.podcasts }),
  investigations: defineCollection({ loader: files('investigations'), schema: schemas.investigations }),
  'expert-schools': defineCollection({ loader: files('expert-schools'), schema: schemas['expert-schools'] }),
  'search-terms': defineCollection({ loader: files('search-terms'), schema: schemas['search-terms'] }),
};
