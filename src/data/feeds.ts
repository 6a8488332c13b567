import rss from '@astrojs/rss';
import type { ItemSummary } from '../lib/catalog/items.ts';
import { themeTitles } from './content.ts';
import { tDynamic } from '../i18n/t.ts';

/** RSS 2.0 feed of items (newest 50), used by the site feed and each theme's feed. */
export async function itemsFeed({ title, description, items, site, self }: { title: string; description: string; items: ItemSummary[]; site: URL; self: string }) {
  const themes = await themeTitles();
  return rss({
    title,
    description,
    site,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>nl-nl</language><atom:link href="${new URL(self, site)}" rel="self" type="application/rss+xml"/>`,
    items: items.slice(0, 50).map((i) => ({
      title: `${tDynamic(`type.${i.collection}`)}: ${i.title}`,
      link: i.url,
      pubDate: i.date,
      description: i.summary,
      categories: i.themes.map((id) => themes.get(id) ?? id),
    })),
  });
}
