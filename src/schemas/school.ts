import { z } from 'astro/zod';
import type { Sector } from './sector.ts';

/**
 * Where a school is: the four landsdelen of the CBS (NUTS-1), which do not overlap and together
 * cover the country. Noord: Groningen, Fryslân, Drenthe; Oost: Overijssel, Flevoland, Gelderland;
 * West: Utrecht, Noord-Holland, Zuid-Holland, Zeeland; Zuid: Noord-Brabant, Limburg.
 * Source: CBS StatLine, Regionale kerncijfers Nederland (70072NED), https://www.cbs.nl/nl-nl/cijfers/detail/70072ned
 * Labels live in src/i18n/nl.json (`region.<id>`).
 */
export const REGIONS = ['noord', 'oost', 'west', 'zuid'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * The kinds of school or institution a reader filters on, with the sectors each belongs to
 * (the law a school falls under: WPO, WEC, WVO, WEB, WHW). so and vso schools are named by their
 * cluster; mbo institutions by their legal kind. Labels live in src/i18n/nl.json (`schoolType.<id>`).
 */
export const SCHOOL_TYPES = {
  voorschool: ['vve'],
  basisschool: ['po'],
  sbo: ['sbo'],
  'cluster-1': ['so', 'vso'],
  'cluster-2': ['so', 'vso'],
  'cluster-3': ['so', 'vso'],
  'cluster-4': ['so', 'vso'],
  vmbo: ['vo'],
  'havo-vwo': ['vo'],
  scholengemeenschap: ['vo'],
  praktijkonderwijs: ['pro'],
  roc: ['mbo'],
  aoc: ['mbo'],
  vakinstelling: ['mbo'],
  hogeschool: ['ho'],
  universiteit: ['ho'],
} as const satisfies Record<string, readonly Sector[]>;
export type SchoolType = keyof typeof SCHOOL_TYPES;
export const SCHOOL_TYPE_IDS = Object.keys(SCHOOL_TYPES) as [SchoolType, ...SchoolType[]];

// The checker adds the allowed values and the nearest one ("bedoelt u …?") itself.
export const regionSchema = z.enum(REGIONS, { error: 'onbekende regio (landsdeel)' });
export const schoolTypeSchema = z.enum(SCHOOL_TYPE_IDS, { error: 'onbekende soort school' });

/** The school types that fit a sector ("po" → basisschool). */
export function schoolTypesOf(sector: string): SchoolType[] {
  return SCHOOL_TYPE_IDS.filter((id) => (SCHOOL_TYPES[id] as readonly string[]).includes(sector));
}

/**
 * Adds a problem at `path` when a school's type does not belong to its sector (a "havo-vwo" in po):
 * the checker prints it with the file and line, and names the types that do fit.
 */
export function checkTypeFitsSector(school: { sector: string; type: string }, ctx: z.RefinementCtx, path: (string | number)[]): void {
  const fitting = schoolTypesOf(school.sector);
  if ((fitting as string[]).includes(school.type)) return;
  ctx.addIssue({ code: 'custom', path, message: `soort "${school.type}" hoort niet bij sector ${school.sector}; kies ${fitting.length ? fitting.join(' of ') : 'een andere sector'}` });
}
