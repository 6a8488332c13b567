/** getStaticPaths helper shared by every item detail route. */
import { render } from 'astro:content';
import { visible } from './content.ts';
import { toItemSummary } from '../lib/items.ts';
import type { ItemCollection } from '../lib/routes.ts';

export async function itemPaths<C extends ItemCollection>(collection: C) {
  const entries = await visible(collection);
  return entries.map((entry) => ({
    params: { id: entry.id },
    props: { entry, item: toItemSummary({ collection, id: entry.id, data: entry.data as never }) },
  }));
}

export { render };
