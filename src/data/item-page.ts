/**
 * getStaticPaths of every item detail route. Each page gets its view model as props, computed once
 * here: the related items, and per type what else it prints beyond its own entry (the expert
 * school's name, a webinar's timing and transcript, a reflection guide's reading per standard).
 * The page's cache key is the digest of exactly those props (src/data/cache-keys.ts, viewKey), so
 * a page cannot show something its key misses.
 */
import { render, type CollectionEntry } from 'astro:content';
import { itemsForStandard, relatedTo, resolve, standardLabels, visible } from './content.ts';
import { viewKey } from './cache-keys.ts';
import { podcastPage } from './podcast-page.ts';
import { webinarPage } from './webinar-page.ts';
import { toItemSummary, type ItemSummary } from '../lib/catalog/items.ts';
import { suitableOf } from '../lib/catalog/suitable.ts';
import { entryPath, type ItemCollection } from '../lib/site/routes.ts';

// The configured address (astro.config.mjs `site`), for the absolute links in structured data.
const SITE = new URL(import.meta.env.SITE);

/** What a good practice prints besides its entry: the expert school it belongs to, by name. */
async function practiceView(entry: CollectionEntry<'practices'>) {
  const ref = entry.data.expertSchool;
  if (!ref) return {};
  const expert = await resolve(ref, entry.filePath ?? entry.id);
  return { expert: { id: expert.id, title: expert.data.title } };
}

/**
 * A reflection guide's self-evaluation links, per standard, to its page and the brochures and good
 * practices on it: only those on the guide's theme and for its sectors (or sector-neutral), as on the
 * feedback page.
 */
async function guideView(entry: CollectionEntry<'reflection-guides'>) {
  const d = entry.data;
  const labels = await standardLabels();
  const subject = { themes: d.themes.map((r) => r.id), sectors: d.sectors };
  const standardLinks = Object.fromEntries(
    await Promise.all(
      [...new Set(d.sections.map((s) => s.standard.id))].map(async (id) => {
        const items = await itemsForStandard(id);
        return [id, { label: labels.get(id) ?? id, url: entryPath('standards', id), brochures: suitableOf(items, 'brochures', subject), practices: suitableOf(items, 'practices', subject) }];
      }),
    ),
  );
  return { standardLinks };
}

/** Per type, what its page shows that its own entry does not hold. */
async function typeView(collection: ItemCollection, entry: CollectionEntry<ItemCollection>, item: ItemSummary) {
  switch (collection) {
    case 'practices':
      return practiceView(entry as CollectionEntry<'practices'>);
    case 'reflection-guides':
      return guideView(entry as CollectionEntry<'reflection-guides'>);
    case 'webinars':
      return { webinar: webinarPage(entry as CollectionEntry<'webinars'>, new URL(item.url, SITE)) };
    case 'podcasts':
      return { podcast: podcastPage(entry as CollectionEntry<'podcasts'>, SITE) };
    default:
      return {};
  }
}

export async function itemPaths<C extends ItemCollection>(collection: C) {
  const entries = await visible(collection);
  return Promise.all(
    entries.map(async (entry) => {
      const item = toItemSummary({ collection, id: entry.id, data: entry.data as never });
      const view = { related: await relatedTo(item), ...(await typeView(collection, entry as CollectionEntry<ItemCollection>, item)) };
      const props = { entry, item, view };
      return { params: { id: entry.id }, props, cacheKey: await viewKey(props) };
    }),
  );
}

/** The props of an item page of type C, with the fields its type adds. */
export type ItemView<C extends ItemCollection> = Awaited<ReturnType<typeof itemPaths<C>>>[number]['props']['view'];

export { render };
