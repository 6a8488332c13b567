import { z } from 'astro/zod';

/** Education sectors the Inspectorate supervises (see DOMAIN.md), vve (voorschoolse educatie) first. Labels live in src/i18n/nl.json. */
export const SECTORS = ['vve', 'po', 'sbo', 'so', 'vso', 'vo', 'pro', 'mbo', 'ho'] as const;
export type Sector = (typeof SECTORS)[number];

export const sectorSchema = z.enum(SECTORS, {
  error: 'onbekende sector',
});
