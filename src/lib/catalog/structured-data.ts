import type { ItemSummary } from './items.ts';
import { entryPath } from '../site/routes.ts';

/** schema.org types per collection; webinars are Events, podcasts PodcastEpisodes. */
const SCHEMA_TYPES: Record<ItemSummary['collection'], string> = {
  brochures: 'Article',
  practices: 'Article',
  'reflection-guides': 'LearningResource',
  webinars: 'Event',
  podcasts: 'PodcastEpisode',
  investigations: 'Report',
  'expert-schools': 'School',
};

interface Options {
  site: string;
  typeLabel: string;
  standardLabels: ReadonlyMap<string, string>;
  themeTitles: ReadonlyMap<string, string>;
  extra?: Record<string, unknown>;
}

/**
 * JSON-LD for an item, with `educationalAlignment` linking it to the framework standards
 * (schema.org AlignmentObject), so search engines and other tools see the same links readers do.
 */
export function itemJsonLd(item: ItemSummary, { site, typeLabel, standardLabels, themeTitles, extra = {} }: Options): Record<string, unknown>[] {
  const url = new URL(item.url, site).toString();
  const publisher = { '@type': 'GovernmentOrganization', name: 'Inspectie van het Onderwijs', url: 'https://www.onderwijsinspectie.nl' };
  const main: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPES[item.collection],
    '@id': url,
    url,
    name: item.title,
    ...(item.collection === 'expert-schools' ? {} : { headline: item.title, datePublished: item.date.toISOString().slice(0, 10), publisher, inLanguage: 'nl' }),
    description: item.summary,
    genre: typeLabel,
    about: item.themes.map((id) => ({ '@type': 'Thing', name: themeTitles.get(id) ?? id, url: new URL(entryPath('themes', id), site).toString() })),
    educationalAlignment: item.standards.map((id) => ({
      '@type': 'AlignmentObject',
      alignmentType: 'teaches',
      educationalFramework: `Onderzoekskader ${id.split('/')[0]} (Inspectie van het Onderwijs)`,
      targetName: standardLabels.get(id) ?? id,
      targetUrl: new URL(entryPath('standards', id), site).toString(),
    })),
    ...extra,
  };
  return [main];
}

/**
 * JSON for inside <script type="application/ld+json">: `<`, `>` and `&` become \u escapes, so no
 * text from content can close the script element or open a comment; U+2028/U+2029 are escaped
 * for old JavaScript parsers. JSON readers decode the escapes to the same data.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
