import type { CollectionEntry } from 'astro:content';
import { visible } from './content.ts';
import { podcastFeedXml, type PodcastChannel, type PodcastFeedEpisode } from '../lib/media/podcast-feed.ts';
import { entryPath } from '../lib/site/routes.ts';
import { PODCAST_GUID_NAMESPACE, uuidv5 } from '../core/uuid.ts';

export const PODCAST_TITLE = 'Onderwijs in beeld';

/** The show's identity. The guid is UUIDv5 of the feed URL without scheme (Podcasting 2.0 rule): keep the URL stable. */
export function podcastChannel(site: URL, feedPath: string, subtitle?: string): PodcastChannel {
  return {
    title: subtitle ? `${PODCAST_TITLE}: ${subtitle}` : PODCAST_TITLE,
    description:
      'De podcast van de Inspectie van het Onderwijs. Leraren, schoolleiders, onderzoekers en inspecteurs praten over goed onderwijs: wat werkt, wat zien we in de klas en hoe pakken scholen het aan?',
    link: new URL('/podcasts/', site).toString(),
    feedUrl: new URL(feedPath, site).toString(),
    imageUrl: new URL('/media/podcasts/cover.png', site).toString(),
    author: 'Inspectie van het Onderwijs',
    ownerName: 'Inspectie van het Onderwijs, afdeling Communicatie',
    // A placeholder on the reserved example domain until the real mailbox is named (no invented address under the Inspectorate's domain).
    ownerEmail: 'podcast@kennisplatform.example',
    category: 'Education',
    subcategory: 'Courses',
    guid: uuidv5(`${site.host}${feedPath}`, PODCAST_GUID_NAMESPACE),
    language: 'nl',
  };
}

export function toFeedEpisode(e: CollectionEntry<'podcasts'>, site: URL): PodcastFeedEpisode {
  const d = e.data;
  const page = new URL(entryPath('podcasts', e.id), site).toString();
  return {
    guid: d.guid,
    title: d.title,
    summary: d.summary,
    link: page,
    pubDate: d.publishDate,
    season: d.season,
    episode: d.episode,
    explicit: d.explicit,
    audio: { url: new URL(d.audio.file, site).toString(), type: d.audio.type, bytes: d.audio.bytes, durationSeconds: d.audio.durationSeconds },
    transcripts: [
      { url: new URL(d.transcript, site).toString(), type: 'text/vtt' },
      { url: `${page}#transcript`, type: 'text/html' },
    ],
    chaptersUrl: new URL(`${entryPath('podcasts', e.id)}chapters.json`, site).toString(),
    people: [{ name: d.host.name, role: 'host' as const }, ...d.guests.map((g) => ({ name: g.name, role: 'guest' as const }))],
  };
}

export async function podcastFeed(site: URL, feedPath: string, themeId?: string, themeTitle?: string): Promise<Response> {
  const episodes = (await visible('podcasts')).filter((e) => !themeId || e.data.themes.some((t) => t.id === themeId));
  const xml = podcastFeedXml(podcastChannel(site, feedPath, themeTitle), episodes.map((e) => toFeedEpisode(e, site)));
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
