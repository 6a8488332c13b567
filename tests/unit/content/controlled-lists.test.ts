/**
 * The content model's controlled lists for "schools like mine" and the visit kit: school types
 * belong to a sector, regions are the four CBS landsdelen, and a theme's core message for the
 * visit kit is written about the school, not to it. The checker prints these errors per line.
 */
import { describe, expect, it } from 'vitest';
import { plainReference } from '../../../src/schemas/reference.ts';
import { collectionSchemas } from '../../../src/schemas/registry.ts';
import { REGIONS, SCHOOL_TYPES, schoolTypesOf } from '../../../src/schemas/school.ts';
import { SECTORS } from '../../../src/schemas/sector.ts';
import nl from '../../../src/i18n/nl.json' with { type: 'json' };

const schemas = collectionSchemas(plainReference);
const expertSchool = (over: Record<string, unknown>) => ({
  title: 'Basisschool De Proef',
  summary: 'Een basisschool die andere scholen laat zien hoe zij samen met ouders aan lezen werkt.',
  place: 'Zwolle',
  region: 'oost',
  sector: 'po',
  type: 'basisschool',
  programme: 'Ontwikkelkracht',
  expertise: ['Lezen met ouders'],
  fictional: true,
  themes: ['basisvaardigheden'],
  publishDate: '2026-01-01',
  ...over,
});
const issues = (data: unknown) => {
  const r = schemas['expert-schools'].safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('school types and regions', () => {
  it('gives every sector at least one school type, and every type a label', () => {
    for (const sector of SECTORS) expect(schoolTypesOf(sector).length, sector).toBeGreaterThan(0);
    for (const type of Object.keys(SCHOOL_TYPES)) expect(nl, type).toHaveProperty([`schoolType.${type}`]);
    for (const region of REGIONS) expect(nl, region).toHaveProperty([`region.${region}`]);
  });

  it('accepts a type of the school’s sector and refuses one of another sector, naming those that fit', () => {
    expect(issues(expertSchool({}))).toEqual([]);
    expect(issues(expertSchool({ sector: 'vo', type: 'basisschool' }))).toEqual(['type: soort "basisschool" hoort niet bij sector vo; kies vmbo of havo-vwo of scholengemeenschap']);
    expect(issues(expertSchool({ sector: 'vso', type: 'cluster-4' }))).toEqual([]);
  });

  it('refuses free text and the old overlapping regions', () => {
    expect(issues(expertSchool({ type: 'basisschool met kinderopvang' }))).toEqual(['type: onbekende soort school']);
    expect(issues(expertSchool({ region: 'randstad' }))).toEqual(['region: onbekende regio (landsdeel)']);
    expect(issues(expertSchool({ region: 'midden' }))).toEqual(['region: onbekende regio (landsdeel)']);
  });
});

describe('a theme’s core message for the visit kit', () => {
  const theme = (conversation: string) =>
    schemas.themes.safeParse({ title: 'Lezen', summary: 'Goed leren lezen en schrijven: wat werkt in het aanbod van de school.', conversation, sectors: ['po'] });

  it('is about the school', () => {
    expect(theme('Het gesprek gaat over het leesaanbod. Hoe weet het team of leerlingen de doelen halen?').success).toBe(true);
  });

  it('is not addressed to it', () => {
    for (const text of ['Het gesprek gaat over het leesaanbod. Hoe weet u of leerlingen de doelen halen?', 'Het gesprek gaat over het leesaanbod van uw school en wat het team daaraan doet.', 'U kijkt samen naar het leesaanbod en naar wat het team daaraan doet.']) {
      const r = theme(text);
      expect(r.success, text).toBe(false);
      expect(r.error?.issues[0]?.message).toContain('schrijf over de school');
    }
  });
});
