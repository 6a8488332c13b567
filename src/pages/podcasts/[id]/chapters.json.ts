import type { APIContext } from 'astro';
import { visible } from '../../../data/content.ts';
import { chaptersJson } from '../../../lib/media/podcast-feed.ts';
import { entryPath } from '../../../lib/site/routes.ts';
import { withCacheKeys, entryFileKey } from '../../../data/cache-keys.ts';

export const getStaticPaths = withCacheKeys(async function paths() {
  return (await visible('podcasts')).map((e) => ({ params: { id: e.id }, props: { chapters: e.data.chapters } }));
}, entryFileKey);

export function GET(context: APIContext) {
  const { chapters } = context.props as { chapters: { start: number; title: string }[] };
  const page = new URL(entryPath('podcasts', context.params.id!), context.site).toString();
  return new Response(chaptersJson(chapters, page), { headers: { 'Content-Type': 'application/json+chapters' } });
}
