/**
 * "Zo werkt het toezicht": which supervision pages a sector page and an audience page link to,
 * and how the section's own index groups them. Pure: src/data/supervision.ts feeds it the entries.
 */
import type { SectorPage } from '../framework/sector-pages.ts';

export interface SupervisionPageLike {
  id: string;
  order: number;
  sectors: readonly string[];
  audiences: readonly string[];
}

/** Lower `order` first, then by id, so the menu is stable. */
export function bySupervisionOrder<T extends SupervisionPageLike>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The page about supervision in one sector group: its sectors all belong to that group. */
export function supervisionPageForSector<T extends SupervisionPageLike>(pages: readonly T[], group: Pick<SectorPage, 'sectors'>): T | undefined {
  const own = group.sectors as readonly string[];
  return bySupervisionOrder(pages).find((p) => p.sectors.length > 0 && p.sectors.every((s) => own.includes(s)));
}

/** Readers who get their own way in on the section's index (a board or an inspector reads the general pages). */
const OWN_WAY_IN = ['ouders', 'leerlingen-en-studenten'];

/** The section's index: pages for everyone, pages per sector, and the way in for parents, pupils and students. */
export function supervisionSections<T extends SupervisionPageLike>(pages: readonly T[]) {
  const sorted = bySupervisionOrder(pages);
  const forReaders = (p: T) => p.sectors.length === 0 && p.audiences.some((a) => OWN_WAY_IN.includes(a));
  return {
    general: sorted.filter((p) => p.sectors.length === 0 && !forReaders(p)),
    perSector: sorted.filter((p) => p.sectors.length > 0),
    forReaders: sorted.filter(forReaders),
  };
}
