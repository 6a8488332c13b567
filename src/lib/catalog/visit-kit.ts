/**
 * The inspector's visit kit (seed 001: "inspecteurs nemen de brochures mee"): one printed A4 per
 * theme or standard with the core message, a few reflection questions and QR codes. The limits
 * below keep it on the one page it promises; the print test in tests/e2e/visit-kit.test.ts checks.
 */

/** Pages the kit promises, printed on A4. */
export const VISIT_KIT_PAGES = 1;
/** At most this many reflection questions fit next to the QR codes. */
export const MAX_QUESTIONS = 5;
/** At most this many QR codes (brochure, reflection guide, examples). */
export const MAX_CODES = 3;

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
