/** What the home page shows: this year's agenda priorities, the latest items, upcoming webinars. */
import { t } from '../i18n/t.ts';
import { currentAgendaYear } from '../lib/catalog/agenda.ts';
import type { ItemSummary } from '../lib/catalog/items.ts';
import { ITEM_COLLECTIONS } from '../lib/site/routes.ts';
import { splitByTime } from '../lib/catalog/webinars.ts';
import { BUILD_TIME, allItems, resolve, themeTitles, visible } from './content.ts';

/** The newest item of every type first, then the newest overall; `count` in total, newest first. */
export function latestMix(items: readonly ItemSummary[], count = 6): ItemSummary[] {
  const latestPerType = ITEM_COLLECTIONS.map((c) => items.find((i) => i.collection === c)).filter((i) => i !== undefined);
  return [...latestPerType, ...items.filter((i) => !latestPerType.includes(i))].slice(0, count).sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** schema.org WebSite with the search box, so search engines can offer the site search. */
function websiteJsonLd(site: URL, name: string) {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name, url: site.toString(), inLanguage: 'nl', potentialAction: { '@type': 'SearchAction', target: new URL('/zoeken/?q={search_term_string}', site).toString(), 'query-input': 'required name=search_term_string' } };
}

export async function homePage(site: URL) {
  const agendas = await visible('agenda');
  const year = currentAgendaYear(agendas.map((a) => a.data.year), BUILD_TIME);
  const agenda = agendas.find((a) => a.data.year === year);
  const priorities = agenda ? await Promise.all(agenda.data.priorities.map((p) => resolve(p.theme, `content/agenda/${agenda.id}.yaml`))) : [];
  const items = await allItems();
  const webinars = (await visible('webinars')).map((w) => ({ ...w.data, id: w.id }));
  const upcoming = splitByTime(webinars, BUILD_TIME).upcoming.slice(0, 3);
  const upcomingItems = items.filter((i) => i.collection === 'webinars' && upcoming.some((w) => w.id === i.id)).sort((a, b) => a.start!.getTime() - b.start!.getTime());
  const typeCounts = ITEM_COLLECTIONS.map((collection) => ({ collection, count: items.filter((i) => i.collection === collection).length }));
  return { agenda, priorities, latest: latestMix(items), upcomingItems, typeCounts, titles: await themeTitles(), jsonLd: [websiteJsonLd(site, t('site.name'))] };
}
