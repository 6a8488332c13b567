import type { APIContext } from 'astro';
import { allItems } from '../data/content.ts';
import { itemsFeed } from '../data/feeds.ts';
import { t } from '../i18n/t.ts';

export async function GET(context: APIContext) {
  return itemsFeed({
    title: `${t('site.name')} – ${t('site.owner')}`,
    description: t('site.description'),
    items: await allItems(),
    site: context.site!,
    self: '/feed.xml',
  });
}
