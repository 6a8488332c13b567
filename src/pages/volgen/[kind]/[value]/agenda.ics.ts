import type { APIContext } from 'astro';
import { followTargets, type FollowTarget } from '../../../../data/follow.ts';
import { followCalendarKey, withCacheKeys } from '../../../../data/cache-keys.ts';
import { calendarResponse, toWebinarEvent } from '../../../../data/calendar.ts';

/** iCalendar feed of the webinars of a theme, standard, sector page or type: only where there are webinars. */
export const getStaticPaths = withCacheKeys(
  async () => (await followTargets()).filter((f) => f.webinars.length > 0).map((f) => ({ params: { kind: f.kind, value: f.value }, props: { target: f } })),
  followCalendarKey,
);

export async function GET(context: APIContext) {
  const { target } = context.props as { target: FollowTarget };
  return calendarResponse(target.webinars.map((w) => toWebinarEvent(w, context.site!)), `Webinars – ${target.title}`, `webinars-${target.kind}-${target.value}.ics`);
}
