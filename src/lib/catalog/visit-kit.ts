/**
 * The inspector's visit kit (seed 001: "inspecteurs nemen de brochures mee"): one printed A4 per
 * theme or standard and per sector of the visit, with the core message for the conversation, a
 * few reflection questions and QR codes. A po visit gets po material (or material for every
 * sector), never a vo reflection guide. The limits below keep it on the one page it promises; the
 * print test in tests/e2e/visit-kit.test.ts checks.
 */
import { inSector } from './suitable.ts';
import { SECTOR_PAGES, inSectorPage, type SectorPage } from '../framework/sector-pages.ts';
import { newestChange } from '../site/page-meta.ts';

/** Pages the kit promises, printed on A4. */
export const VISIT_KIT_PAGES = 1;
/** At most this many reflection questions fit next to the QR codes. */
export const MAX_QUESTIONS = 5;
/** At most this many QR codes (brochure, reflection guide, examples). */
export const MAX_CODES = 3;

export type VisitKitKind = 'thema' | 'standaard';

/** "/bezoekkit/thema/basisvaardigheden/": where an inspector chooses the sector of the visit. */
export function kitChooserPath(kind: VisitKitKind, value: string): string {
  return `/bezoekkit/${kind}/${value}/`;
}

/** "/bezoekkit/thema/basisvaardigheden/po/": the kit for a visit in one sector group. */
export function kitPath(kind: VisitKitKind, value: string, sector: string): string {
  return `${kitChooserPath(kind, value)}${sector}/`;
}

/** The sector groups a theme or standard applies to, in the site's order: one kit each. */
export function kitSectors(sectors: readonly string[]): SectorPage[] {
  return SECTOR_PAGES.filter((group) => inSectorPage(group, sectors));
}

/** The items that fit a visit in this sector group: for one of its sectors, or for every sector. */
export function forVisit<T extends { sectors: readonly string[] }>(items: readonly T[], group: SectorPage): T[] {
  return items.filter((item) => inSector(item, group.sectors));
}

/**
 * The item of one type the kit points to: preferably one whose main (first) theme or standard is
 * the kit's own, otherwise the first in the given order (newest first).
 */
export function kitPick<T extends { collection: string }>(items: readonly T[], collection: string, isMain: (item: T) => boolean): T | undefined {
  return items.find((i) => i.collection === collection && isMain(i)) ?? items.find((i) => i.collection === collection);
}

export interface GuideLike {
  title: string;
  url: string;
  sections: { standard: string; questions: { text: string }[] }[];
}

/**
 * Reflection questions for the kit: first those of sections about the kit's standards, then any
 * other question of the same guides, without duplicates, at most MAX_QUESTIONS.
 */
export function kitQuestions(guides: readonly GuideLike[], standardIds: readonly string[]): string[] {
  const sections = guides.flatMap((g) => g.sections);
  const matching = sections.filter((s) => standardIds.includes(s.standard));
  const rest = sections.filter((s) => !standardIds.includes(s.standard));
  const texts = [...matching, ...rest].flatMap((s) => s.questions.map((q) => q.text));
  return [...new Set(texts)].slice(0, MAX_QUESTIONS);
}

export interface KitLink {
  /** "brochure", "guide", "examples" or "page" (the theme or standard page itself). */
  role: 'brochure' | 'guide' | 'examples' | 'page';
  title: string;
  /** Site path; the QR code holds the absolute address. */
  path: string;
}

/** The links a kit encodes as QR codes: brochure, guide, examples; the page itself fills a gap. */
export function kitLinks({ brochure, guide, examples, page }: { brochure?: KitLink; guide?: KitLink; examples?: KitLink; page: KitLink }): KitLink[] {
  const found = [brochure, guide, examples].filter((l): l is KitLink => l !== undefined);
  return (found.length < MAX_CODES ? [...found, page] : found).slice(0, MAX_CODES);
}

/**
 * The version a printed kit carries: the day the newest of what it is made of was published or
 * changed, and never before `since` (the day the framework version it follows took effect), so
 * two printouts with the same date are the same kit.
 */
export function kitVersion(items: Parameters<typeof newestChange>[0], since: Date): Date {
  return new Date(Math.max(since.getTime(), newestChange(items)?.getTime() ?? 0));
}

/** The yearly version of an edition in force on `day` ("2025"), if the edition has versions. */
export function versionInForce(versions: readonly { version: string; validFrom: Date }[], day: Date): string | undefined {
  return [...versions].filter((v) => v.validFrom.getTime() <= day.getTime()).sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime())[0]?.version;
}
