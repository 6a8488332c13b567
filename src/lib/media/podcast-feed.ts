import { create } from 'xmlbuilder2';
import { secondsToTimestamp, timestampAnchor } from '../../core/duration.ts';

/**
 * Podcast RSS 2.0 with the iTunes namespace and Podcasting 2.0 tags, built with xmlbuilder2
 * (escaping and namespaces handled by the library, not by string concatenation).
 */
export interface PodcastChannel {
  title: string;
  description: string;
  link: string; // absolute
  feedUrl: string; // absolute
  imageUrl: string; // absolute, square
  author: string;
  ownerName: string;
  ownerEmail: string;
  category: string;
  subcategory?: string;
  /** podcast:guid of the show (stable UUIDv5). */
  guid: string;
  language: string;
}

export interface PodcastFeedEpisode {
  guid: string;
  title: string;
  summary: string;
  link: string; // absolute page URL
  pubDate: Date;
  season: number;
  episode: number;
  explicit: boolean;
  audio: { url: string; type: string; bytes: number; durationSeconds: number };
  transcripts: { url: string; type: string }[];
  chaptersUrl: string;
  people: { name: string; role: 'host' | 'guest' }[];
}

const NS = {
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  podcast: 'https://podcastindex.org/namespace/1.0',
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
};

export function podcastFeedXml(channel: PodcastChannel, episodes: readonly PodcastFeedEpisode[]): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const rss = doc.ele('rss', {
    version: '2.0',
    'xmlns:itunes': NS.itunes,
    'xmlns:podcast': NS.podcast,
    'xmlns:atom': NS.atom,
    'xmlns:content': NS.content,
  });
  const ch = rss.ele('channel');
  ch.ele('title').txt(channel.title);
  ch.ele('link').txt(channel.link);
  ch.ele('description').txt(channel.description);
  ch.ele('language').txt(channel.language);
  ch.ele('atom:link', { href: channel.feedUrl, rel: 'self', type: 'application/rss+xml' });
  ch.ele('itunes:author').txt(channel.author);
  ch.ele('itunes:summary').txt(channel.description);
  ch.ele('itunes:type').txt('episodic');
  ch.ele('itunes:explicit').txt('false');
  ch.ele('itunes:image', { href: channel.imageUrl });
  const owner = ch.ele('itunes:owner');
  owner.ele('itunes:name').txt(channel.ownerName);
  owner.ele('itunes:email').txt(channel.ownerEmail);
  const cat = ch.ele('itunes:category', { text: channel.category });
  if (channel.subcategory) cat.ele('itunes:category', { text: channel.subcategory });
  ch.ele('image').ele('url').txt(channel.imageUrl).up().ele('title').txt(channel.title).up().ele('link').txt(channel.link);
  // The feed is open: no app may import it as its own (Podcasting 2.0 "locked").
  ch.ele('podcast:locked', { owner: channel.ownerEmail }).txt('yes');
  ch.ele('podcast:guid').txt(channel.guid);
  const newest = [...episodes].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  if (newest[0]) ch.ele('lastBuildDate').txt(newest[0].pubDate.toUTCString());
  for (const ep of newest) {
    const item = ch.ele('item');
    item.ele('title').txt(ep.title);
    item.ele('link').txt(ep.link);
    item.ele('description').txt(ep.summary);
    item.ele('guid', { isPermaLink: 'false' }).txt(ep.guid);
    item.ele('pubDate').txt(ep.pubDate.toUTCString());
    item.ele('enclosure', { url: ep.audio.url, length: String(ep.audio.bytes), type: ep.audio.type });
    item.ele('itunes:title').txt(ep.title);
    item.ele('itunes:summary').txt(ep.summary);
    item.ele('itunes:duration').txt(secondsToTimestamp(Math.round(ep.audio.durationSeconds)));
    item.ele('itunes:season').txt(String(ep.season));
    item.ele('itunes:episode').txt(String(ep.episode));
    item.ele('itunes:episodeType').txt('full');
    item.ele('itunes:explicit').txt(ep.explicit ? 'true' : 'false');
    item.ele('podcast:season').txt(String(ep.season));
    item.ele('podcast:episode').txt(String(ep.episode));
    for (const tr of ep.transcripts) item.ele('podcast:transcript', { url: tr.url, type: tr.type, language: 'nl' });
    item.ele('podcast:chapters', { url: ep.chaptersUrl, type: 'application/json+chapters' });
    for (const p of ep.people) item.ele('podcast:person', { role: p.role }).txt(p.name);
  }
  return doc.end({ prettyPrint: true });
}

/** Podcasting 2.0 JSON chapters document. */
export function chaptersJson(chapters: readonly { start: number; title: string }[], pageUrl: string): string {
  return JSON.stringify({ version: '1.2.0', chapters: chapters.map((c) => ({ startTime: c.start, title: c.title, url: `${pageUrl}#${timestampAnchor(c.start)}` })) }, null, 2);
}
