/** What the theme pages show: every theme with its item count, and per theme its standards and items by type. */
import type { CollectionEntry } from 'astro:content';
import { t, tDynamic } from '../i18n/t.ts';
import { groupByCollection } from '../lib/catalog/items.ts';
import { ITEM_COLLECTIONS, listingPath } from '../lib/site/routes.ts';
import { itemsForTheme, resolveAll, themeTitles, themes } from './content.ts';
import { viewKey } from './cache-keys.ts';
import { followBlock } from './follow.ts';
import { helpFor } from './audience-pages.ts';

/** The newest few per type; the full list is the type's filter page (keeps the page light at any scale). */
const PER_GROUP = 6;

export async function themesWithCounts() {
  return Promise.all((await themes()).map(async (theme) => ({ theme, count: (await itemsForTheme(theme.id)).length })));
}

/** Each theme page with its view model as props, and its cache key from those props. */
export async function themePaths() {
  return Promise.all(
    (await themes()).map(async (theme) => {
      const props = { theme, view: await themePage(theme) };
      return { params: { id: theme.id }, props, cacheKey: await viewKey(props) };
    }),
  );
}

export async function themePage(theme: CollectionEntry<'themes'>) {
  const items = await itemsForTheme(theme.id);
  const groups = groupByCollection(items, ITEM_COLLECTIONS)
    .filter(([, list]) => list.length)
    .map(([collection, list]) => {
      const label = tDynamic(`type.${collection}.plural`);
      return {
        collection,
        label,
        count: list.length,
        shown: list.slice(0, PER_GROUP),
        // "Alle 7 brochures over …" only when the page shows fewer than there are (never "Alle 1 …").
        all:
          list.length > PER_GROUP
            ? { href: `${listingPath(collection as never)}thema/${theme.id}/`, label: t('theme.allOfType', { n: list.length, type: label.toLowerCase(), theme: theme.data.title.toLowerCase() }) }
            : undefined,
      };
    });
  return {
    items,
    standards: await resolveAll(theme.data.standards, `content/themes/${theme.id}`),
    groups,
    titles: await themeTitles(),
    feed: { href: `/themas/${theme.id}/feed.xml`, title: `${theme.data.title} (RSS)` },
    // The audience pages it links to (their titles come from their Markdown), and its "Volgen" block.
    help: helpFor(theme.data.audiences),
    follow: { ...(await followBlock('thema', theme.id)), kind: 'thema' as const },
  };
}
