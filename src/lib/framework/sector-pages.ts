import type { Sector } from '../../schemas/sector.ts';

/**
 * The six sector pages (voorschoolse educatie has its own: the Inspectorate looks at it with the
 * municipalities, see content/toezicht/toezicht-op-voorschoolse-educatie.md) and which content sectors each covers. sbo is part of primary education
 * (Wet op het primair onderwijs), pro part of secondary (Wet op het voortgezet onderwijs); so and
 * vso share the special-education law (Wet op de expertisecentra), so they share a page.
 */
export const SECTOR_PAGES = [
  { slug: 'vve', sectors: ['vve'] },
  { slug: 'po', sectors: ['po', 'sbo'] },
  { slug: 'so-vso', sectors: ['so', 'vso'] },
  { slug: 'vo', sectors: ['vo', 'pro'] },
  { slug: 'mbo', sectors: ['mbo'] },
  { slug: 'ho', sectors: ['ho'] },
] as const satisfies readonly { slug: string; sectors: readonly Sector[] }[];

export type SectorPage = (typeof SECTOR_PAGES)[number];
export type SectorPageSlug = SectorPage['slug'];

export function sectorPageOf(slug: string): SectorPage | undefined {
  return SECTOR_PAGES.find((g) => g.slug === slug);
}

/** True when any of the given sectors belongs to the group. */
export function inSectorPage(group: SectorPage, sectors: readonly string[]): boolean {
  return sectors.some((s) => (group.sectors as readonly string[]).includes(s));
}

/** Things (items, standards, themes) that apply to a sector group, in their original order. */
export function forSectorPage<T>(group: SectorPage, things: readonly T[], sectorsOf: (thing: T) => readonly string[]): T[] {
  return things.filter((thing) => inSectorPage(group, sectorsOf(thing)));
}

/** Groups standards by edition and domain, keeping the given order; what a sector page lists. */
export function byEditionAndDomain<T extends { edition: string; domain: string }>(standards: readonly T[]): { edition: string; domains: { domain: string; standards: T[] }[] }[] {
  const editions = new Map<string, Map<string, T[]>>();
  for (const s of standards) {
    const domains = editions.get(s.edition) ?? new Map<string, T[]>();
    domains.set(s.domain, [...(domains.get(s.domain) ?? []), s]);
    editions.set(s.edition, domains);
  }
  return [...editions].map(([edition, domains]) => ({ edition, domains: [...domains].map(([domain, list]) => ({ domain, standards: list })) }));
}
