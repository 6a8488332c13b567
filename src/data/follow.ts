/**
 * Everything a reader can follow (every theme, standard, sector page and content type), with its
 * items for the RSS feed and its webinars for the iCalendar feed. Feeds, sector pages and the
 * "Volgen" block all ask here, so a feed exists exactly where a page links one.
 */
import type { CollectionEntry } from 'astro:content';
import { allItems, itemsOf, memo, standards, themes, visible } from './content.ts';
import { standardSlug } from '../lib/catalog/facets.ts';
import { followPaths, type EmailService, type FollowKind, type FollowPaths } from '../lib/catalog/follow.ts';
import type { ItemSummary } from '../lib/catalog/items.ts';
import { COLLECTION_PATHS, ITEM_COLLECTIONS } from '../lib/site/routes.ts';
import { forSectorPage, SECTOR_PAGES } from '../lib/framework/sector-pages.ts';
import { t, tDynamic } from '../i18n/t.ts';

/**
 * RSS-to-e-mail service shown in every "Volgen" block. Off (null) by default: subscribers hand
 * their e-mail address to that service. How to switch it on: docs/redactiehandleiding.md, "Volgen".
 */
export const EMAIL_SERVICE: EmailService | null = null;

export interface FollowTarget {
  kind: FollowKind;
  value: string;
  /** "Thema Sociale veiligheid", "Sector po", ... */
  title: string;
  description: string;
  items: ItemSummary[];
  webinars: CollectionEntry<'webinars'>[];
  paths: FollowPaths;
}

function target(kind: FollowKind, value: string, label: string, description: string, items: ItemSummary[], allWebinars: CollectionEntry<'webinars'>[]): FollowTarget {
  const webinarIds = new Set(items.filter((i) => i.collection === 'webinars').map((i) => i.id));
  return {
    kind,
    value,
    title: `${tDynamic(`follow.kind.${kind}`)}: ${label}`,
    description,
    items,
    webinars: allWebinars.filter((w) => webinarIds.has(w.id)),
    paths: followPaths(kind, value),
  };
}

export function followTargets(): Promise<FollowTarget[]> {
  return memo('follow-targets', async () => {
    const items = await allItems();
    const webinars = await visible('webinars');
    const list: FollowTarget[] = [];
    for (const theme of await themes()) {
      list.push(target('thema', theme.id, theme.data.title, theme.data.summary, items.filter((i) => i.themes.includes(theme.id)), webinars));
    }
    for (const s of await standards()) {
      list.push(target('standaard', standardSlug(s.id), `${s.data.code} ${s.data.name} (${s.data.edition.id})`, s.data.summary, items.filter((i) => i.standards.includes(s.id)), webinars));
    }
    for (const group of SECTOR_PAGES) {
      list.push(target('sector', group.slug, tDynamic(`sectorGroup.${group.slug}`), t('follow.sectorDescription', { sector: tDynamic(`sectorGroup.${group.slug}`) }), forSectorPage(group, items, (i) => i.sectors), webinars));
    }
    for (const c of ITEM_COLLECTIONS) {
      list.push(target('type', COLLECTION_PATHS[c], tDynamic(`type.${c}.plural`), t('follow.typeDescription', { type: tDynamic(`type.${c}.plural`).toLowerCase() }), await itemsOf(c), webinars));
    }
    return list;
  });
}

export async function followTarget(kind: FollowKind, value: string): Promise<FollowTarget> {
  const found = (await followTargets()).find((f) => f.kind === kind && f.value === value);
  if (!found) throw new Error(`niets om te volgen voor ${kind}/${value}`);
  return found;
}


/** What the "Volgen" block prints (src/components/page/Follow.astro): part of the view model of every page that shows it. */
export interface FollowBlock {
  kind: FollowKind;
  title: string;
  rss: string;
  ics: string;
  /** How many webinars its calendar holds (no calendar link when none). */
  webinars: number;
}

export async function followBlock(kind: FollowKind, value: string): Promise<FollowBlock> {
  const target = await followTarget(kind, value);
  return { kind, title: target.title, rss: target.paths.rss, ics: target.paths.ics, webinars: target.webinars.length };
}
