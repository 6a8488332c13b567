import type { APIContext } from 'astro';
import { visible } from '../../data/content.ts';
import { calendarResponse, toWebinarEvent } from '../../data/calendar.ts';
import { withCacheKeys, entryFileKey } from '../../data/cache-keys.ts';

/** "Add to calendar" file for one webinar: /webinars/<id>.ics */
export const getStaticPaths = withCacheKeys(async function paths() {
  return (await visible('webinars')).map((w) => ({ params: { id: w.id }, props: { webinar: w } }));
}, entryFileKey);

export function GET(context: APIContext) {
  const { webinar } = context.props as { webinar: Awaited<ReturnType<typeof visible<'webinars'>>>[number] };
  return calendarResponse([toWebinarEvent(webinar, context.site!)], webinar.data.title, `${webinar.id}.ics`);
}
