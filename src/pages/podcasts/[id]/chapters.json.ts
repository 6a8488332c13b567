import type { APIContext } from 'astro';
import { visible } from '../../../data/content.ts';
import { chaptersJson } from '../../../lib/podcast-feed.ts';
import { entryPath } from '../../../lib/routes.ts';

export async function getStaticPaths() {
  return (await visible('podcasts')).map((e) => ({ params: { id: e.id }, props: { chapters: e.data.chapters } }));
}

export function GET(context: APIContext) {
  const { chapters } = context.props as { chapters: { start: number; title: string }[] };
  const page = new URL(entryPath('podcasts', context.params.id!), context.site).toString();
  return new Response(chaptersJson(chapters, page), { headers: { 'Content-Type': 'application/json+chapters' } });
}
