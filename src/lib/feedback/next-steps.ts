/**
 * "Wat kunt u nu doen?" after a themed investigation: brochures, reflection guides, good practices
 * and expert schools chosen for this school.
 *
 * At build time, per comparison group (nextStepCandidates): only items on the investigation's
 * subject and in the school's sector (src/lib/catalog/suitable.ts), good practices only from a
 * school of the group's type; each candidate knows which indicators it is about, by the words of
 * its title and summary against the indicator's label (topic-words.ts). Words most indicators share
 * ("lees" in Leestijd, Leesplezier, Doelen voor lezen …) are the investigation's subject: an item
 * must name the subject too, so a maths example never "helps" with reading.
 *
 * In the school's browser (chooseNextSteps): the indicators are put in order of where the school
 * scores lowest against its own comparison group; items come in that order, each naming the
 * indicators it helps with. An indicator no item's words match falls back to the items on its
 * standard that name the subject (they are on the theme and in the sector all the same).
 */
import type { ItemSummary } from '../catalog/items.ts';
import { suits, type Subject } from '../catalog/suitable.ts';
import type { Lexicon } from '../search/compounds/lexicon.ts';
import type { InvestigationDefinition } from './code.ts';
import type { IndicatorReport, SchoolReport } from './report.ts';
import { meets, topicForms, topicUnits } from './topic-words.ts';

export type ActionKind = 'brochures' | 'guides' | 'practices' | 'experts';
export const ACTION_KINDS: readonly ActionKind[] = ['brochures', 'guides', 'practices', 'experts'];

type FollowUpCollection = 'brochures' | 'reflection-guides' | 'practices' | 'expert-schools';
const KIND_OF: Record<FollowUpCollection, ActionKind> = { brochures: 'brochures', 'reflection-guides': 'guides', practices: 'practices', 'expert-schools': 'experts' };
/** The candidates per type, as the build has them at hand. */
export type FollowUpItems = Readonly<Record<FollowUpCollection, readonly ItemSummary[]>>;

export interface StepCandidate {
  kind: ActionKind;
  title: string;
  url: string;
  /** Ids of the indicators the item is about, by its words. */
  about: string[];
  /** The item's standards when it is on the investigation's subject (else none): for indicators no item's words match. */
  standards: string[];
  /** Good practices: how well the example's school fits the comparison group (0–2). */
  fit: number;
}

export interface Action {
  kind: ActionKind;
  title: string;
  url: string;
  /** Labels of the indicators it helps with, weakest first. */
  helps: string[];
}

/** A good practice's school, for matching examples to the school's own type and comparison group. */
export interface PracticeSchool {
  type: string;
  schoolweging?: number;
}
type GroupMatch = NonNullable<InvestigationDefinition['comparisonGroups'][number]['match']>;

/**
 * How well a practice's school fits a comparison group: null when its type is another than the
 * group's (a vmbo example for a havo/vwo school), else 0–2 (type named by the group, schoolweging
 * in the group's range). No criteria or no school data: a neutral 0.
 */
export function practiceFit(school: PracticeSchool | undefined, match: GroupMatch | undefined): number | null {
  if (!match || !school) return 0;
  let fit = 0;
  if (match.schoolTypes) {
    // Both come from the one list of school types (src/schemas/school.ts).
    if (!(match.schoolTypes as readonly string[]).includes(school.type)) return null;
    fit += 1;
  }
  const range = match.schoolweging;
  if (range && school.schoolweging !== undefined && (range.min === undefined || school.schoolweging >= range.min) && (range.max === undefined || school.schoolweging < range.max)) fit += 1;
  return fit;
}

/** Per indicator: the units that are its own, and the units the investigation's indicators share (its subject). */
function indicatorTopics(indicators: readonly { id: string; label: string }[], lexicon: Lexicon) {
  const units = indicators.map((i) => topicUnits(i.label, lexicon));
  const forms = units.map((us) => new Set(us.flatMap((u) => [...u])));
  const threshold = Math.max(2, Math.ceil(indicators.length / 2));
  const shared = (u: Set<string>) => forms.filter((f) => meets(u, f)).length >= threshold;
  const subject = units.flatMap((us) => us.filter(shared));
  return { own: units.map((us) => us.filter((u) => !shared(u))), subject };
}

/** How many candidates to keep per indicator: the page shows six in all. */
const PER_INDICATOR = 8;

export interface CandidateInput {
  investigation: Subject & { indicators: readonly { id: string; label: string; standard?: string }[] };
  items: FollowUpItems;
  lexicon: Lexicon;
  /** Base forms of an item's title and summary; the build passes a memoised one. */
  formsOf?: (item: ItemSummary) => ReadonlySet<string>;
  schools?: ReadonlyMap<string, PracticeSchool>;
}

/**
 * Made once per investigation: the candidates for a comparison group (or, without one, for the
 * page's general "read further" list), at most PER_INDICATOR per indicator, in this order: most
 * indicators it is about, best fit, then the site's order (newest first).
 */
export function createNextStepCandidates({ investigation, items, lexicon, formsOf = (i) => topicForms(`${i.title} ${i.summary}`, lexicon), schools = new Map() }: CandidateInput) {
  const { own, subject } = indicatorTopics(investigation.indicators, lexicon);
  const pool = (Object.keys(KIND_OF) as FollowUpCollection[]).flatMap((collection) =>
    items[collection]
      .filter((item) => suits(item, investigation))
      .map((item) => {
        const forms = formsOf(item);
        const onSubject = subject.length === 0 || subject.some((u) => meets(u, forms));
        const about = onSubject ? investigation.indicators.filter((_, i) => own[i]!.some((u) => meets(u, forms))).map((i) => i.id) : [];
        // Off the investigation's subject (a citizenship brochure on OP1 for a reading investigation): about no
        // indicator, and not a stand-in on the indicator's standard either.
        return { item, kind: KIND_OF[collection], about, standards: onSubject ? item.standards : [] };
      }),
  );
  /** `all`: every fitting candidate (the general list), not only those that help with an indicator. */
  return (group?: { match?: GroupMatch | undefined }, all = false): StepCandidate[] => {
    const fitting = pool.flatMap((c) => {
      const fit = c.kind === 'practices' ? practiceFit(schools.get(c.item.id), group?.match) : 0;
      return fit === null ? [] : [{ kind: c.kind, title: c.item.title, url: c.item.url, about: c.about, standards: c.standards, fit }];
    });
    if (all) return fitting;
    const order = (a: StepCandidate, b: StepCandidate) => b.about.length - a.about.length || b.fit - a.fit;
    const kept = new Set<StepCandidate>();
    for (const ind of investigation.indicators) {
      const helping = fitting.filter((c) => c.about.includes(ind.id) || (ind.standard !== undefined && c.standards.includes(ind.standard)));
      for (const c of helping.sort(order).slice(0, PER_INDICATOR)) kept.add(c);
    }
    return fitting.filter((c) => kept.has(c));
  };
}

/**
 * Where a score stands against the comparison group: distance from the middle school in units of
 * the middle half's width. Lower is weaker; a school can be weak against its group without being
 * "low" and the other way round.
 */
export function standing(ind: Pick<IndicatorReport, 'score' | 'distribution'>): number {
  if (ind.score === null) return Infinity;
  const d = ind.distribution;
  return (ind.score - d.median) / Math.max(d.p75 - d.p25, 0.1);
}

/** The indicators to work on, weakest against the group first: every low score and every score below the group's middle. */
export function focusIndicators(report: Pick<SchoolReport, 'indicators'>): IndicatorReport[] {
  return report.indicators
    .map((ind, order) => ({ ind, order, at: standing(ind) }))
    .filter(({ ind, at }) => ind.score !== null && (ind.low || at < 0))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ ind }) => ind);
}

/**
 * The school's next steps: items that help with its focus indicators, those helping the weakest
 * indicator first, then those helping more of them, better-fitting examples, and by kind
 * (brochure, guide, example, expert school). Each names the indicators it helps with.
 */
export function chooseNextSteps(report: Pick<SchoolReport, 'indicators'>, candidates: readonly StepCandidate[], max = 6): Action[] {
  const focus = focusIndicators(report);
  const byWords = new Set(candidates.flatMap((c) => c.about));
  const helps = (c: StepCandidate) => focus.filter((ind) => c.about.includes(ind.id) || (!byWords.has(ind.id) && ind.standard !== undefined && c.standards.includes(ind.standard)));
  return candidates
    .map((c, order) => ({ c, order, helped: helps(c) }))
    .filter(({ helped }) => helped.length > 0)
    .sort(
      (a, b) =>
        focus.indexOf(a.helped[0]!) - focus.indexOf(b.helped[0]!) ||
        b.helped.length - a.helped.length ||
        b.c.fit - a.c.fit ||
        ACTION_KINDS.indexOf(a.c.kind) - ACTION_KINDS.indexOf(b.c.kind) ||
        a.order - b.order,
    )
    .slice(0, max)
    .map(({ c, helped }) => ({ kind: c.kind, title: c.title, url: c.url, helps: helped.map((i) => i.label) }));
}

/** The page's general "read further" list: per kind, what is about most indicators first, up to `max`. */
export function generalNextSteps(candidates: readonly StepCandidate[], max = 3): Record<ActionKind, { title: string; url: string }[]> {
  const of = (kind: ActionKind) =>
    candidates
      .filter((c) => c.kind === kind)
      .map((c, order) => ({ c, order }))
      .sort((a, b) => b.c.about.length - a.c.about.length || a.order - b.order)
      .slice(0, max)
      .map(({ c }) => ({ title: c.title, url: c.url }));
  return { brochures: of('brochures'), guides: of('guides'), practices: of('practices'), experts: of('experts') };
}
