import type { APIContext } from 'astro';
import { itemsForTheme, themes } from '../../../data/content.ts';
import { itemsFeed } from '../../../data/feeds.ts';
import { t } from '../../../i18n/t.ts';

export async function getStaticPaths() {
  return (await themes()).map((theme) => ({ params: { id: theme.id }, props: { theme } }));
}

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
