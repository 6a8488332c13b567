/** What a webinar page shows, computed from its entry: timing, transcript cues, safe links, structured data. */
import type { CollectionEntry } from 'astro:content';
import { t } from '../i18n/t.ts';
import { durationInWords } from '../core/duration.ts';
import { formatDate, formatDateTime, peopleInWords } from '../core/format.ts';
import { safeEmbedUrl, safeHref } from '../core/safe-href.ts';
import { splitByTime } from '../lib/catalog/webinars.ts';
import { BUILD_TIME } from './content.ts';
import { readTranscript } from './transcripts.ts';

const pages = new Map<string, ReturnType<typeof webinarPageOf>>();
/** Once per webinar per build: its getStaticPaths keys the page by it, the page shows it. */
export function webinarPage(entry: CollectionEntry<'webinars'>, pageUrl: URL) {
  let page = pages.get(entry.id);
  if (!page) pages.set(entry.id, (page = webinarPageOf(entry, pageUrl)));
  return page;
}

function webinarPageOf(entry: CollectionEntry<'webinars'>, pageUrl: URL) {
  const d = entry.data;
  const end = new Date(d.start.getTime() + d.durationMinutes * 60_000);
  // Schema (src/schemas) already refuses other URLs; this is the second line: a bad one renders no link.
  const registrationUrl = safeHref(d.registrationUrl);
  const externalUrl = d.externalRecording ? safeEmbedUrl(d.externalRecording.url) : undefined;
  return {
    meta: [
      // An invented date in sample content says so where it is shown.
      { label: t('webinar.when'), value: `${formatDateTime(d.start)} (${t('webinar.timeZone')})${d.invented.includes('start') ? ` – ${t('invented.start')}` : ''}`, datetime: d.start.toISOString() },
      { label: t('webinar.duration'), value: durationInWords(d.durationMinutes * 60) },
      { label: t('webinar.speakers'), value: peopleInWords(d.speakers, t('invented.person')) },
    ],
    isUpcoming: splitByTime([d], BUILD_TIME).upcoming.length === 1,
    // "As of <date>": whether it is still to come depends on the day of the build.
    asOf: formatDate(BUILD_TIME),
    cues: d.recording ? readTranscript(d.recording.captions) : [],
    registrationUrl,
    externalRecording: d.externalRecording && externalUrl ? { url: externalUrl, provider: d.externalRecording.provider } : undefined,
    jsonLdExtra: {
      startDate: d.start.toISOString(),
      endDate: end.toISOString(),
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'VirtualLocation', url: registrationUrl ?? pageUrl.toString() },
      organizer: { '@type': 'GovernmentOrganization', name: 'Inspectie van het Onderwijs', url: 'https://www.onderwijsinspectie.nl' },
      performer: d.speakers.map((s) => ({ '@type': 'Person', name: s.name })),
    },
  };
}
