/** The "Zo werkt het toezicht" pages as the site links them (home, sector, audience and framework pages). */
import type { CollectionEntry } from 'astro:content';
import { memo, visible } from './content.ts';
import { bySupervisionOrder, supervisionPageForSector, supervisionSections } from '../lib/site/supervision.ts';
import type { SectorPage } from '../lib/framework/sector-pages.ts';
import type { Audience } from '../lib/catalog/audiences.ts';
import { entryPath } from '../lib/site/routes.ts';

type Page = CollectionEntry<'supervision'>;
export interface SupervisionLink {
  id: string;
  href: string;
  title: string;
  summary: string;
}

const asLike = (p: Page) => ({ ...p.data, id: p.id, entry: p });
const link = (p: Page): SupervisionLink => ({ id: p.id, href: entryPath('supervision', p.id), title: p.data.title, summary: p.data.summary });

export function supervisionPages(): Promise<Page[]> {
  return memo('supervision-pages', async () => bySupervisionOrder((await visible('supervision')).map(asLike)).map((p) => p.entry));
}

export async function supervisionIndex() {
  const s = supervisionSections((await supervisionPages()).map(asLike));
  return { general: s.general.map((p) => link(p.entry)), perSector: s.perSector.map((p) => link(p.entry)), forReaders: s.forReaders.map((p) => link(p.entry)) };
}

export async function supervisionForSector(group: Pick<SectorPage, 'sectors'>): Promise<SupervisionLink | undefined> {
  const page = supervisionPageForSector((await supervisionPages()).map(asLike), group);
  return page && link(page.entry);
}

export async function supervisionForAudience(audience: Audience): Promise<SupervisionLink[]> {
  return (await supervisionPages()).filter((p) => p.data.audiences.includes(audience)).map(link);
}

/** The page that tracks a planned kader, if one links to it by its timeline. */
export async function supervisionById(id: string): Promise<SupervisionLink | undefined> {
  const page = (await supervisionPages()).find((p) => p.id === id);
  return page && link(page);
}
