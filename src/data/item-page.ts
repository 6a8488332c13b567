/** getStaticPaths helper shared by every item detail route. */
import { render } from 'astro:content';
import { visible } from './content.ts';
import { itemPageKey } from './cache-keys.ts';
import { toItemSummary } from '../lib/catalog/items.ts';
import type { ItemCollection } from '../lib/site/routes.ts';

export async function itemPaths<C extends ItemCollection>(collection: C) {
  const entries = await visible(collection);
  return Promise.all(
    entries.map(async (entry) => {
      const item = toItemSummary({ collection, id: entry.id, data: entry.data as never });
      return { params: { id: entry.id }, props: { entry, item }, cacheKey: await itemPageKey(collection, entry, item) };
    }),
  );
}

export { render };
