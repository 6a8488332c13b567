/**
 * How an edition of the onderzoekskader is laid out for readers: levels (school, bestuur),
 * their domains, the standards in each, and in which sector columns a standard applies.
 */
import type { Sector } from '../../schemas/sector.ts';

export type FrameworkLevel = 'school' | 'bestuur';

/**
 * The sector columns of a framework table. The Inspectorate writes one kader per sector group:
 * po (speciaal basisonderwijs falls under the primary-education law, so under the po kader),
 * (v)so, vo (praktijkonderwijs falls under the secondary-education law) and mbo. The site's
 * finer sector list maps onto those groups; ho has its own framework and is not shown.
 */
export const KADER_COLUMNS: readonly { key: string; sectors: readonly Sector[] }[] = [
  { key: 'po', sectors: ['po', 'sbo'] },
  { key: 'so', sectors: ['so', 'vso'] },
  { key: 'vo', sectors: ['vo', 'pro'] },
  { key: 'mbo', sectors: ['mbo'] },
];

export interface DomainLike {
  code: string;
  name: string;
  level: FrameworkLevel;
}

export interface StandardInDomain {
  domain: string;
  sectors: readonly string[];
}

export interface LevelView<D, S> {
  level: FrameworkLevel;
  domains: { domain: D; standards: S[] }[];
}

/** Domains grouped per level (school first), each with its standards in the given order. */
export function domainsByLevel<D extends DomainLike, S extends StandardInDomain>(domains: readonly D[], standards: readonly S[]): LevelView<D, S>[] {
  const levels: FrameworkLevel[] = ['school', 'bestuur'];
  return levels
    .map((level) => ({
      level,
      domains: domains.filter((d) => d.level === level).map((domain) => ({ domain, standards: standards.filter((s) => s.domain === domain.code) })),
    }))
    .filter((l) => l.domains.length > 0);
}

/** What the site may say about a standard and a sector (group). */
export type SectorStatus = 'geldt' | 'geldt-niet' | 'niet-nagekeken';

export interface SectorFacts {
  sectors: readonly string[];
  /** false: the list may be incomplete. */
  sectorsVerified: boolean;
  verified: boolean;
  source?: { url: string } | undefined;
}

/**
 * "Geldt niet" is a statement in the Inspectorate's voice, so it needs a checked standard with a
 * source whose sector list is complete. Anything less is "nog niet nagekeken", never "geldt niet".
 */
export function sectorStatus(standard: SectorFacts, sectors: readonly string[]): SectorStatus {
  if (sectors.some((s) => standard.sectors.includes(s))) return 'geldt';
  return standard.sectorsVerified && standard.verified && standard.source ? 'geldt-niet' : 'niet-nagekeken';
}

/** sectorStatus for a column of the framework table (po, (v)so, vo, mbo). */
export function kaderColumnStatus(standard: SectorFacts, groupKey: string): SectorStatus {
  return sectorStatus(standard, KADER_COLUMNS.find((g) => g.key === groupKey)?.sectors ?? []);
}

export type FrameworkPhase = 'gepland' | 'geldig' | 'vervallen';

/** Planned (in development or not yet started), in force, or replaced, on `now`. */
export function frameworkPhase(f: { status: string; validFrom: Date; validUntil?: Date }, now: Date): FrameworkPhase {
  if (f.status === 'in-ontwikkeling' || f.validFrom.getTime() > now.getTime()) return 'gepland';
  if (f.validUntil && f.validUntil.getTime() < now.getTime()) return 'vervallen';
  return 'geldig';
}

/** An edition as far as "which one is in force" needs it. */
export interface EditionDates {
  status: string;
  validFrom: Date;
  validUntil?: Date | undefined;
}

/**
 * The one rule for "the edition in force on `day`": adopted (status vastgesteld), started on
 * or before that day and not yet ended. A planned edition is never in force. When two overlap,
 * the one that started last wins.
 */
export function editionInForce<E extends EditionDates>(editions: readonly E[], day: Date): E | undefined {
  return editions
    .filter((e) => e.status === 'vastgesteld' && e.validFrom.getTime() <= day.getTime() && (!e.validUntil || e.validUntil.getTime() >= day.getTime()))
    .sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime())[0];
}

/** The edition a reader means by "the current kader": the one in force, else the newest adopted one. */
export function currentEdition<E extends EditionDates>(editions: readonly E[], day: Date): E | undefined {
  return editionInForce(editions, day) ?? editions.filter((e) => e.status === 'vastgesteld').sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime())[0];
}
