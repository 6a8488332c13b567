import type { APIContext } from 'astro';
import { BUILD_TIME, visible } from '../../data/content.ts';
import { calendarResponse, toWebinarEvent } from '../../data/calendar.ts';
import { splitByTime } from '../../lib/catalog/webinars.ts';

/** Subscribable calendar of all upcoming webinars (as of the build). */
export async function GET(context: APIContext) {
  const webinars = await visible('webinars');
  const { upcoming } = splitByTime(webinars.map((w) => ({ ...w.data, entry: w })), BUILD_TIME);
  return calendarResponse(upcoming.map((w) => toWebinarEvent(w.entry, context.site!)), 'Webinars Inspectie van het Onderwijs', 'webinars-inspectie.ics');
}
