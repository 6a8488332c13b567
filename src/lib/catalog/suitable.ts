/**
 * Which items may be suggested to a school as a next step, after a themed investigation (the
 * feedback page) or a self-evaluation (the reflection guide's summary): one rule for both.
 * - On the subject: the item shares a theme with the investigation or guide. Every item and every
 *   investigation names at least one theme; a shared standard alone is not enough (OP1 "Aanbod"
 *   holds citizenship, maths and vo material, none of it about a primary school's reading).
 * - In the school's sector: the item names one of the school's sectors, or no sector at all
 *   (sector-neutral). When the school's sectors are unknown (none named), any sector fits.
 * - Published: drafts never.
 */
export interface Subject {
  themes: readonly string[];
  sectors: readonly string[];
}

export interface Taggable {
  themes: readonly string[];
  sectors: readonly string[];
  draft?: boolean;
}

export function onSubject(item: Pick<Taggable, 'themes'>, subject: Pick<Subject, 'themes'>): boolean {
  return item.themes.some((th) => subject.themes.includes(th));
}

export function inSector(item: Pick<Taggable, 'sectors'>, sectors: readonly string[]): boolean {
  return sectors.length === 0 || item.sectors.length === 0 || item.sectors.some((s) => sectors.includes(s));
}

export function suits(item: Taggable, subject: Subject): boolean {
  return !item.draft && onSubject(item, subject) && inSector(item, subject.sectors);
}

/** The first `max` items of one collection that suit the subject, in the order given (the site's: newest first). */
export function suitableOf<T extends Taggable & { collection: string; title: string; url: string }>(items: readonly T[], collection: string, subject: Subject, max = 4): { title: string; url: string }[] {
  return items
    .filter((i) => i.collection === collection && suits(i, subject))
    .slice(0, max)
    .map((i) => ({ title: i.title, url: i.url }));
}
