import { createEvents, type EventAttributes } from 'ics';

/** What a calendar event needs from a webinar; built from content in src/data/calendar.ts. */
export interface WebinarEvent {
  uid: string;
  title: string;
  description: string;
  url: string;
  start: Date;
  durationMinutes: number;
  speakers: string[];
}

/**
 * iCalendar text for one or more webinars, written by the `ics` library. Times are exact UTC
 * instants (…Z), so every calendar app shows them correctly in its own time zone; the calendar
 * also names Europe/Amsterdam as its zone for apps that display one.
 */
export function webinarCalendar(events: readonly WebinarEvent[], calName: string): string {
  const attributes: EventAttributes[] = events.map((e) => ({
    uid: e.uid,
    title: e.title,
    description: `${e.description}\n\nSprekers: ${e.speakers.join(', ')}\nMeer informatie: ${e.url}`,
    url: e.url,
    location: 'Online (link volgt na aanmelding)',
    start: e.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { hours: Math.floor(e.durationMinutes / 60), minutes: e.durationMinutes % 60 },
    status: 'CONFIRMED',
    // No invented mailbox under the Inspectorate's real domain: the organiser is named, not mailed.
    organizer: { name: 'Inspectie van het Onderwijs' },
    productId: 'kennisplatform//webinars//NL',
    calName,
    // A fixed stamp keeps the file byte-identical between builds when nothing changed.
    created: e.start.getTime() - 30 * 24 * 3600 * 1000,
    lastModified: e.start.getTime() - 30 * 24 * 3600 * 1000,
    // DTSTAMP defaults to "now", which made every build (and every cached copy) differ.
    timestamp: e.start.getTime() - 30 * 24 * 3600 * 1000,
  }));
  const { error, value } = createEvents(attributes);
  if (error || !value) throw new Error(`Agenda kon niet worden gemaakt: ${error?.message ?? 'onbekende fout'}`);
  return value.replace('BEGIN:VEVENT', 'X-WR-TIMEZONE:Europe/Amsterdam\r\nBEGIN:VEVENT');
}
