import type { ItemCollection } from '../site/routes.ts';
import { entryPath } from '../site/routes.ts';
import { dutchCollator } from '../../core/top.ts';

type Ref = { id: string; collection: string };

/** The shape every publication type is reduced to for cards, lists, related items and feeds. */
export interface ItemSummary {
  collection: ItemCollection;
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Publication date: what "newest first" sorts on. */
  date: Date;
  themes: string[];
  standards: string[];
  sectors: string[];
  draft: boolean;
  /** Webinars: when it takes place. */
  start?: Date;
  /** The item's own image (frontmatter `image`), shown under the title. */
  image?: ItemImage;
  /** Content's own change dates: updatedDate and the change log (for "Laatst gewijzigd"). */
  updated?: Date;
  changes?: { date: Date; note: string }[];
  /** Good practices: the school, so a card can say whether it is like the reader's. */
  school?: SchoolCard;
}

export interface ItemImage {
  src: string;
  alt: string;
  caption?: string;
}

export interface SchoolCard {
  place: string;
  sector: string;
  type: string;
  region: string;
  pupils: number;
  schoolweging?: number;
}

export interface ItemLikeEntry {
  collection: ItemCollection;
  id: string;
  data: {
    title: string;
    summary: string;
    publishDate: Date;
    themes: Ref[];
    standards?: Ref[];
    sectors?: string[];
    draft?: boolean;
    start?: Date;
    sector?: string;
    image?: ItemImage;
    updatedDate?: Date;
    changes?: { date: Date; note: string }[];
    school?: SchoolCard & { name?: string };
  };
}

export function toItemSummary(entry: ItemLikeEntry): ItemSummary {
  const d = entry.data;
  const sectors = d.sectors?.length ? d.sectors : d.sector ? [d.sector] : [];
  return {
    collection: entry.collection,
    id: entry.id,
    url: entryPath(entry.collection, entry.id),
    title: d.title,
    summary: d.summary,
    date: d.publishDate,
    themes: d.themes.map((r) => r.id),
    standards: (d.standards ?? []).map((r) => r.id),
    sectors: [...sectors],
    draft: d.draft ?? false,
    ...(d.start ? { start: d.start } : {}),
    ...(d.image ? { image: d.image } : {}),
    ...(d.updatedDate ? { updated: d.updatedDate } : {}),
    ...(d.changes?.length ? { changes: d.changes } : {}),
    ...(d.school ? { school: schoolCard(d.school) } : {}),
  };
}

export function newestFirst<T extends { date: Date; title: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || dutchCollator.compare(a.title, b.title));
}

export function itemsWithTheme(items: readonly ItemSummary[], themeId: string): ItemSummary[] {
  return newestFirst(items.filter((i) => i.themes.includes(themeId)));
}

/** Items linked to a standard directly, newest first. */
export function itemsWithStandard(items: readonly ItemSummary[], standardId: string): ItemSummary[] {
  return newestFirst(items.filter((i) => i.standards.includes(standardId)));
}

export function groupByCollection<T extends { collection: string }>(items: readonly T[], order: readonly string[]): [string, T[]][] {
  return order.map((c) => [c, items.filter((i) => i.collection === c)] as [string, T[]]);
}

function schoolCard(s: SchoolCard): SchoolCard {
  return { place: s.place, sector: s.sector, type: s.type, region: s.region, pupils: s.pupils, ...(s.schoolweging !== undefined ? { schoolweging: s.schoolweging } : {}) };
}
