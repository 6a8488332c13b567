/**
 * The school's feedback after a themed investigation: where its score sits among comparable
 * schools per indicator, which indicators are low, and what to read or visit next. Pure.
 */
import { t, type UiKey } from '../../i18n/t.ts';
import { roundScore, type Distribution, type FeedbackPayload, type InvestigationDefinition } from './code.ts';
import type { ItemSummary } from '../catalog/items.ts';
import { byRelevance, type Scored } from '../catalog/related.ts';
import { topN } from '../../core/top.ts';

export type Position = 'below-p10' | 'below-p25' | 'below-median' | 'at-median' | 'above-median' | 'above-p75' | 'above-p90';

export function positionOf(score: number, d: Distribution): Position {
  if (score < d.p10) return 'below-p10';
  if (score < d.p25) return 'below-p25';
  if (score < d.median) return 'below-median';
  if (score === d.median) return 'at-median';
  if (score <= d.p75) return 'above-median';
  if (score <= d.p90) return 'above-p75';
  return 'above-p90';
}

/** 2.5 → "2,5"; 3 → "3". */
export function formatScore(n: number): string {
  return n.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
}

/**
 * A score next to its "low" threshold: rounding must never make a low score look like it reached
 * the threshold (2.496 with threshold 2.5 shows "2,49", not "2,5"), so a low score is cut off, not
 * rounded, when rounding would reach the threshold.
 */
export function formatScoreAgainst(score: number, lowBelow: number): string {
  return formatScore(roundScore(score, lowBelow));
}

export interface IndicatorReport {
  id: string;
  label: string;
  description: string;
  standard?: string;
  score: number | null;
  lowBelow: number;
  distribution: Distribution;
  position: Position | null;
  low: boolean;
  /** "Uw school scoort op Leesplezier lager dan drie kwart van de vergelijkbare scholen." */
  sentence: string;
}

export interface SchoolReport {
  school: string;
  group: InvestigationDefinition['comparisonGroups'][number];
  indicators: IndicatorReport[];
  low: IndicatorReport[];
  /** One paragraph for the whole report. */
  summary: string;
}

export function indicatorSentence(label: string, score: number | null, d: Distribution): string {
  if (score === null) return t('feedback.sentence.none', { indicator: label });
  return t('feedback.sentence', { indicator: label, position: t(`feedback.position.${positionOf(score, d)}` as UiKey) });
}

/** Assumes the payload passed checkAgainstInvestigation. */
export function buildReport(p: FeedbackPayload, inv: InvestigationDefinition): SchoolReport {
  const group = inv.comparisonGroups.find((g) => g.id === p.group)!;
  const indicators = inv.indicators.map((ind, i): IndicatorReport => {
    const score = p.scores[i] ?? null;
    const distribution = group.scores[ind.id]!;
    return {
      id: ind.id,
      label: ind.label,
      description: ind.description,
      ...(ind.standard ? { standard: ind.standard } : {}),
      score,
      lowBelow: ind.lowBelow,
      distribution,
      position: score === null ? null : positionOf(score, distribution),
      low: score !== null && score < ind.lowBelow,
      sentence: indicatorSentence(ind.label, score, distribution),
    };
  });
  const low = indicators.filter((i) => i.low);
  const labels = low.map((i) => i.label);
  const list = labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} en ${labels.at(-1)}`;
  const summary =
    low.length === 0 ? t('feedback.summary.noneLow', { n: indicators.length })
    : low.length === 1 ? t('feedback.summary.oneLow', { n: indicators.length, list })
    : t('feedback.summary.someLow', { low: low.length, n: indicators.length, list });
  return { school: p.school, group, indicators, low, summary };
}

export interface FollowUpLink {
  title: string;
  url: string;
}

export type ActionKind = 'brochures' | 'guides' | 'practices' | 'experts';
export interface Action extends FollowUpLink {
  kind: ActionKind;
  /** Labels of the low indicators this item helps with, in indicator order. */
  helps: string[];
}

const KINDS: readonly ActionKind[] = ['brochures', 'guides', 'practices', 'experts'];

/**
 * One action list for the school instead of the same items under every low indicator: each item
 * once, with the indicators it helps with; what helps most indicators first, then by kind
 * (brochure, guide, example, expert school) and the order the follow-up ranked them in.
 */
export function mergeActions(low: readonly { id: string; label: string }[], followUp: Readonly<Record<string, FollowUp | undefined>>, max = 8): Action[] {
  const byUrl = new Map<string, Action & { rank: number }>();
  let rank = 0;
  for (const ind of low) {
    const f = followUp[ind.id];
    if (!f) continue;
    for (const kind of KINDS) {
      for (const link of f[kind]) {
        const seen = byUrl.get(link.url);
        if (seen) {
          if (!seen.helps.includes(ind.label)) seen.helps.push(ind.label);
        } else byUrl.set(link.url, { ...link, kind, helps: [ind.label], rank: rank++ });
      }
    }
  }
  return [...byUrl.values()]
    .sort((a, b) => b.helps.length - a.helps.length || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.rank - b.rank)
    .slice(0, max)
    .map(({ rank: _rank, ...a }) => a);
}

export interface FollowUp {
  brochures: FollowUpLink[];
  guides: FollowUpLink[];
  practices: FollowUpLink[];
  experts: FollowUpLink[];
}

type FollowUpCollection = 'brochures' | 'reflection-guides' | 'practices' | 'expert-schools';
/** The candidates per type, as the build has them at hand. */
export type FollowUpItems = Readonly<Record<FollowUpCollection, readonly ItemSummary[]>>;

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
    const type = school.type.toLowerCase();
    if (!match.schoolTypes.some((t) => type.includes(t.toLowerCase()))) return null;
    fit += 1;
  }
  const range = match.schoolweging;
  if (range && school.schoolweging !== undefined && (range.min === undefined || school.schoolweging >= range.min) && (range.max === undefined || school.schoolweging < range.max)) fit += 1;
  return fit;
}

/**
 * What to read or visit for one indicator: brochures, reflection guides, good practices and expert
 * schools. Items on the indicator's standard come first, then items on the investigation's themes;
 * good practices and expert schools must also share a sector with the investigation (comparable
 * schools), when the investigation names sectors, and good practices are matched to the school's
 * comparison group (type first, then schoolweging; see practiceFit). Newest first among equals,
 * `max` per kind.
 *
 * Made once per investigation: what does not depend on the indicator (published, comparable
 * sector, shares a theme) is worked out once, so each indicator is one short pass.
 */
export function createFollowUp(
  investigation: { themes: readonly string[]; sectors: readonly string[] },
  items: FollowUpItems,
  max = 3,
  schools: ReadonlyMap<string, PracticeSchool> = new Map(),
): (indicator: { standard?: string }, group?: { match?: GroupMatch | undefined }) => FollowUp {
  const sameSector = (item: ItemSummary) =>
    investigation.sectors.length === 0 || item.sectors.length === 0 || item.sectors.some((s) => investigation.sectors.includes(s));
  type Candidate = { item: ItemSummary; onTheme: boolean };
  const candidates = (collection: FollowUpCollection, needSector: boolean): Candidate[] =>
    items[collection]
      .filter((item) => !item.draft && (!needSector || sameSector(item)))
      .map((item) => ({ item, onTheme: item.themes.some((th) => investigation.themes.includes(th)) }));
  // Only items on the indicator's standard or on a theme can score: keep those per standard, in site order
  // (ties keep arrival order), so each indicator and group is a pass over a few hundred items, not all.
  const relevantTo = (list: Candidate[]) => {
    const memo = new Map<string, Candidate[]>();
    return (standard: string | undefined): Candidate[] => {
      let relevant = memo.get(standard ?? '');
      if (!relevant) memo.set(standard ?? '', (relevant = list.filter((c) => c.onTheme || (standard !== undefined && c.item.standards.includes(standard)))));
      return relevant;
    };
  };
  const brochures = relevantTo(candidates('brochures', false));
  const guides = relevantTo(candidates('reflection-guides', false));
  const practices = relevantTo(candidates('practices', true));
  const experts = relevantTo(candidates('expert-schools', true));
  return (indicator, group) => {
    const pick = (relevant: (standard: string | undefined) => Candidate[], fitOf: (item: ItemSummary) => number | null = () => 0): FollowUpLink[] => {
      const scored: Scored[] = [];
      for (const { item, onTheme } of relevant(indicator.standard)) {
        const fit = fitOf(item);
        if (fit === null) continue;
        const relevance = (indicator.standard && item.standards.includes(indicator.standard) ? 3 : 0) + (onTheme ? 2 : 0);
        if (relevance > 0) scored.push({ item, score: relevance + fit * 4 });
      }
      return topN(scored, max, byRelevance).map(({ item }) => ({ title: item.title, url: item.url }));
    };
    const fit = (item: ItemSummary) => practiceFit(schools.get(item.id), group?.match);
    return { brochures: pick(brochures), guides: pick(guides), practices: pick(practices, fit), experts: pick(experts) };
  };
}

/** The investigation as the feedback code and page need it, from a content entry's data (references become ids). */
export function investigationDefinition(
  id: string,
  data: Pick<InvestigationDefinition, 'title' | 'scaleMax' | 'comparisonGroups'> & {
    indicators: (Omit<InvestigationDefinition['indicators'][number], 'standard'> & { standard?: { id: string } | undefined })[];
  },
): InvestigationDefinition {
  return {
    id,
    title: data.title,
    scaleMax: data.scaleMax,
    indicators: data.indicators.map((i) => ({ id: i.id, label: i.label, description: i.description, lowBelow: i.lowBelow, ...(i.standard ? { standard: i.standard.id } : {}) })),
    comparisonGroups: data.comparisonGroups.map((g) => ({
      id: g.id,
      label: g.label,
      description: g.description,
      schools: g.schools,
      scores: Object.fromEntries(Object.entries(g.scores).map(([k, d]) => [k, { p10: d.p10, p25: d.p25, median: d.median, p75: d.p75, p90: d.p90 }])),
    })),
  };
}
