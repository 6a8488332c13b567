import type { APIContext } from 'astro';
import { itemsForTheme, themes } from '../../../data/content.ts';
import { itemsFeed } from '../../../data/feeds.ts';
import { t } from '../../../i18n/t.ts';
import { withCacheKeys, themeKey } from '../../../data/cache-keys.ts';

export const getStaticPaths = withCacheKeys(async function paths() {
  return (await themes()).map((theme) => ({ params: { id: theme.id }, props: { theme } }));
}, themeKey);

export async function GET(context: APIContext) {
  const { theme } = context.props as { theme: Awaited<ReturnType<typeof themes>>[number] };
  return itemsFeed({
    title: `${theme.data.title} – ${t('site.name')}`,
    description: theme.data.summary,
    items: await itemsForTheme(theme.id),
    site: context.site!,
    self: `/themas/${theme.id}/feed.xml`,
  });
}
