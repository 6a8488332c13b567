import type { APIContext } from 'astro';
import { themes, visible } from '../../../data/content.ts';
import { podcastFeed } from '../../../data/podcast.ts';
import { withCacheKeys, podcastFeedKey } from '../../../data/cache-keys.ts';

/** A podcast feed per theme that has episodes, e.g. /podcast/sociale-veiligheid/feed.xml. */
export const getStaticPaths = withCacheKeys(async function paths() {
  const episodes = await visible('podcasts');
  return (await themes())
    .filter((th) => episodes.some((e) => e.data.themes.some((r) => r.id === th.id)))
    .map((th) => ({ params: { theme: th.id }, props: { title: th.data.title } }));
}, podcastFeedKey);

export const GET = (context: APIContext) =>
  podcastFeed(context.site!, `/podcast/${context.params.theme}/feed.xml`, context.params.theme, (context.props as { title: string }).title);
