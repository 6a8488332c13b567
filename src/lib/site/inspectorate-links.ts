/**
 * The Inspectorate's own products and the sector councils' public dashboards: external, labelled
 * links (never embeds). Every URL is a public page; `source` says where it was confirmed.
 * The toezichtagenda has no public page we could confirm, so it is not listed.
 */
import type { SectorPageSlug } from '../framework/sector-pages.ts';

export interface ExternalProduct {
  id: string;
  url: string;
  /** Which sector pages show it; empty = every sector page. */
  sectors: readonly SectorPageSlug[];
  /** Where the address was checked. */
  source: string;
}

export const INSPECTORATE_PRODUCTS: readonly ExternalProduct[] = [
  { id: 'staat', url: 'https://www.onderwijsinspectie.nl/onderwerpen/staat-van-het-onderwijs', sectors: [], source: 'onderwijsinspectie.nl, nieuws onder /onderwerpen/staat-van-het-onderwijs/ (16 april 2025)' },
  { id: 'trends', url: 'https://www.onderwijsinspectie.nl/trends-en-ontwikkelingen', sectors: [], source: 'onderwijsinspectie.nl: trends, stelselonderzoek en open data' },
  { id: 'peil', url: 'https://www.onderwijsinspectie.nl/onderwerpen/peil-onderwijs', sectors: ['po', 'so-vso', 'vo'], source: 'onderwijsinspectie.nl: Peil.onderwijs, peilingen in po, (v)so en vo' },
  { id: 'mbo', url: 'https://www.onderwijsinspectie.nl/onderwijssectoren/middelbaar-beroepsonderwijs/onderzoeken-mbo', sectors: ['mbo'], source: 'onderwijsinspectie.nl: onderzoeken mbo' },
  { id: 'scholenopdekaart', url: 'https://scholenopdekaart.nl/', sectors: ['po', 'so-vso', 'vo'], source: 'vensters.nl: Scholen op de kaart van PO-Raad en VO-raad, met gegevens van DUO en de inspectie' },
  { id: 'schoolbesturenopdekaart', url: 'https://schoolbesturenopdekaart.nl/', sectors: ['po', 'vo'], source: 'vo-raad.nl: Schoolbesturen op de kaart, project van VO-raad en PO-Raad' },
];

export function productsForSector(slug: SectorPageSlug): ExternalProduct[] {
  return INSPECTORATE_PRODUCTS.filter((p) => p.sectors.length === 0 || p.sectors.includes(slug));
}
