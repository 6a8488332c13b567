/**
 * The feeds and calendars as a podcast app and a calendar app would read them, parsed with
 * independent parsers (fast-xml-parser, node-ical), not with the code that wrote them.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { DIST, readDist } from './site.ts';
import { siteAddress } from '../../src/lib/site/site-address.ts';

const SITE = siteAddress(process.env).url;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe('podcast feed', () => {
  const feed = parser.parse(readDist('podcast/feed.xml'));
  const channel = feed.rss.channel;
  const items = asArray(channel.item) as Record<string, any>[];

  it('is RSS 2.0 with the iTunes and Podcasting 2.0 namespaces', () => {
    expect(feed.rss['@version']).toBe('2.0');
    expect(feed.rss['@xmlns:itunes']).toBe('http://www.itunes.com/dtds/podcast-1.0.dtd');
    expect(feed.rss['@xmlns:podcast']).toBe('https://podcastindex.org/namespace/1.0');
  });

  it('has the channel fields podcast apps require', () => {
    expect(channel.title).toBeTruthy();
    expect(channel['itunes:author']).toBe('Inspectie van het Onderwijs');
    expect(channel['itunes:image']['@href']).toMatch(/^https:\/\/.+\.png$/);
    expect(channel['itunes:category']['@text']).toBe('Education');
    expect(String(channel['itunes:explicit'])).toBe('false');
    expect(channel['podcast:locked']['#text']).toBe('yes');
    expect(channel['podcast:guid']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(channel.language).toBe('nl');
  });

  it('has at least six episodes whose enclosure length is the real file size', () => {
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const item of items) {
      const enclosure = item.enclosure;
      expect(enclosure['@type']).toBe('audio/mpeg');
      const path = new URL(enclosure['@url']).pathname;
      expect(Number(enclosure['@length']), path).toBe(statSync(join(DIST, path)).size);
    }
  });

  it('gives every episode a stable guid, season, episode, duration, transcript and chapters', () => {
    const guids = items.map((i) => i.guid['#text'] ?? i.guid);
    expect(new Set(guids).size).toBe(items.length);
    for (const item of items) {
      expect(Number(item['itunes:season'])).toBeGreaterThan(0);
      expect(Number(item['itunes:episode'])).toBeGreaterThan(0);
      expect(String(item['itunes:duration'])).toMatch(/^\d+:\d{2}(:\d{2})?$/);
      const transcripts = asArray(item['podcast:transcript']) as Record<string, string>[];
      expect(transcripts.map((t) => t['@type']).sort()).toEqual(['text/html', 'text/vtt']);
      const vtt = transcripts.find((t) => t['@type'] === 'text/vtt')!;
      expect(readDist(new URL(vtt['@url']!).pathname).startsWith('WEBVTT')).toBe(true);
      const chapters = JSON.parse(readDist(new URL(item['podcast:chapters']['@url']).pathname));
      expect(chapters.version).toBe('1.2.0');
      expect(chapters.chapters.length).toBeGreaterThan(0);
    }
  });

  it('has a feed per theme with only that theme’s episodes', () => {
    const themeFeed = parser.parse(readDist('podcast/sociale-veiligheid/feed.xml'));
    const themeItems = asArray(themeFeed.rss.channel.item);
    expect(themeItems.length).toBeGreaterThan(0);
    expect(themeItems.length).toBeLessThan(items.length);
  });
});

describe('site feeds', () => {
  it('lists new items with links into the site', () => {
    const feed = parser.parse(readDist('feed.xml'));
    const items = asArray(feed.rss.channel.item) as Record<string, any>[];
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) expect(item.link.startsWith(`${SITE}/`)).toBe(true);
  });
});

describe('webinar calendars', () => {
  const calendar = ical.sync.parseICS(readDist('webinars/agenda.ics'));
  const events = Object.values(calendar).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];

  it('holds every upcoming webinar with a stable UID, URL and description', () => {
    expect(events.length).toBeGreaterThanOrEqual(1);
    for (const e of events) {
      expect(e.uid).toMatch(/@kennisplatform\.example$/);
      expect(String(e.url)).toMatch(new RegExp(`^${SITE}/webinars/`));
      expect(String(e.description)).toContain('Sprekers:');
      expect(e.start.getTime()).toBeGreaterThan(Date.now() - 24 * 3600_000);
    }
  });

  it('has one .ics per webinar whose time is the Amsterdam wall time from the content', () => {
    const single = Object.values(ical.sync.parseICS(readDist(`webinars/${new URL(String(events[0]!.url)).pathname.split('/')[2]}.ics`))).find((c) => c?.type === 'VEVENT') as ical.VEvent;
    const wall = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' }).format(single.start);
    const page = readDist(`${new URL(String(single.url)).pathname}index.html`);
    // The page shows the same moment in Dutch words and in its <time datetime>.
    expect(page).toContain(`datetime="${single.start.toISOString()}"`);
    expect(wall).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });
});
