import type { APIContext } from 'astro';
import { followTargets, type FollowTarget } from '../../../../data/follow.ts';
import { itemsFeed } from '../../../../data/feeds.ts';
import { followFeedKey, withCacheKeys } from '../../../../data/cache-keys.ts';
import { t } from '../../../../i18n/t.ts';

/** RSS feed per standard, sector page and content type (themes keep /themas/<id>/feed.xml). */
export const getStaticPaths = withCacheKeys(
  async () => (await followTargets()).filter((f) => f.kind !== 'thema').map((f) => ({ params: { kind: f.kind, value: f.value }, props: { target: f } })),
  followFeedKey,
);

export async function GET(context: APIContext) {
  const { target } = context.props as { target: FollowTarget };
  return itemsFeed({ title: `${target.title} – ${t('site.name')}`, description: target.description, items: target.items, site: context.site!, self: target.paths.rss });
}
