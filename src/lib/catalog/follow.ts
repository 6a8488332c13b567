/**
 * Where each thing a reader can follow has its feed and calendar, and the optional
 * RSS-to-e-mail service. Every path is built here so pages, feeds and tests agree.
 */

/** What a reader can follow: a theme, a standard ("2021-op0"), a sector page ("so-vso") or a content type ("goede-voorbeelden"). */
export type FollowKind = 'thema' | 'standaard' | 'sector' | 'type';

export interface FollowPaths {
  /** RSS 2.0 feed of new items. */
  rss: string;
  /** iCalendar feed of its webinars; only offered when there are webinars. */
  ics: string;
}

export function followPaths(kind: FollowKind, value: string): FollowPaths {
  if (!/^[a-z0-9-]+$/.test(value)) throw new Error(`ongeldige waarde om te volgen: "${value}"`);
  // Theme feeds existed before the rest; their address stays the same for existing subscribers.
  const rss = kind === 'thema' ? `/themas/${value}/feed.xml` : `/volgen/${kind}/${value}/feed.xml`;
  return { rss, ics: `/volgen/${kind}/${value}/agenda.ics` };
}

/**
 * An RSS-to-e-mail service (for readers without a feed reader). Off by default: the reader's
 * e-mail address goes to that service, not to us; see docs/redactiehandleiding.md.
 * `subscribeUrl` holds `{feed}`, replaced by the encoded absolute feed address.
 */
export interface EmailService {
  name: string;
  subscribeUrl: string;
}

export function emailSubscribeUrl(service: EmailService | null, feedUrl: string): string | undefined {
  if (!service) return undefined;
  if (!service.subscribeUrl.startsWith('https://') || !service.subscribeUrl.includes('{feed}')) {
    throw new Error(`e-maildienst "${service.name}": subscribeUrl moet met https:// beginnen en {feed} bevatten`);
  }
  return service.subscribeUrl.replace('{feed}', encodeURIComponent(feedUrl));
}
