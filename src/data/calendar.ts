import type { CollectionEntry } from 'astro:content';
import { webinarCalendar, type WebinarEvent } from '../lib/media/calendar.ts';
import { entryPath } from '../lib/site/routes.ts';

export function toWebinarEvent(w: CollectionEntry<'webinars'>, site: URL): WebinarEvent {
  return {
    uid: w.data.uid,
    title: w.data.title,
    description: w.data.summary,
    url: new URL(entryPath('webinars', w.id), site).toString(),
    start: w.data.start,
    durationMinutes: w.data.durationMinutes,
    speakers: w.data.speakers.map((s) => (s.role ? `${s.name} (${s.role})` : s.name)),
  };
}

export function calendarResponse(events: WebinarEvent[], name: string, filename: string): Response {
  return new Response(webinarCalendar(events, name), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"` },
  });
}
