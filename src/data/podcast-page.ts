/** What a podcast episode page shows: meta rows, player texts, transcript cues, structured data. */
import type { CollectionEntry } from 'astro:content';
import { t } from '../i18n/t.ts';
import { durationInWords, secondsToTimestamp } from '../core/duration.ts';
import { formatBytes, peopleInWords } from '../core/format.ts';
import { PODCAST_TITLE } from './podcast.ts';
import { readTranscript } from './transcripts.ts';

export function podcastPage(entry: CollectionEntry<'podcasts'>, site: URL) {
  const d = entry.data;
  const duration = `PT${Math.round(d.audio.durationSeconds)}S`;
  return {
    meta: [
      { label: t('podcast.episode', { season: d.season, episode: d.episode }), value: durationInWords(d.audio.durationSeconds) },
      { label: t('podcast.host'), value: peopleInWords([d.host], t('invented.person')) },
      ...(d.guests.length ? [{ label: t('podcast.guests'), value: peopleInWords(d.guests, t('invented.person')) }] : []),
    ],
    player: {
      label: `${t('podcast.listen')}: ${d.title} (${secondsToTimestamp(d.audio.durationSeconds)})`,
      download: t('podcast.download', { size: formatBytes(d.audio.bytes) }),
    },
    cues: readTranscript(d.transcript),
    jsonLdExtra: {
      episodeNumber: d.episode,
      partOfSeason: { '@type': 'PodcastSeason', seasonNumber: d.season },
      partOfSeries: { '@type': 'PodcastSeries', name: PODCAST_TITLE, webFeed: new URL('/podcast/feed.xml', site).toString() },
      timeRequired: duration,
      associatedMedia: { '@type': 'MediaObject', contentUrl: new URL(d.audio.file, site).toString(), encodingFormat: d.audio.type, duration, contentSize: String(d.audio.bytes) },
    },
  };
}
