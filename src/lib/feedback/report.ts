/**
 * The school's feedback after a themed investigation: where its score sits among comparable
 * schools per indicator, which indicators are low, and the verdict in a few lines. What to read or
 * visit next is in next-steps.ts. Pure.
 */
import { listAnd, t, type UiKey } from '../../i18n/t.ts';
import { roundScore, type Distribution, type FeedbackPayload, type InvestigationDefinition } from './code.ts';

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
  return { school: p.school, group, indicators, low: indicators.filter((i) => i.low) };
}

export type Tone = 'low' | 'below' | 'fine' | 'none';

/** One line of the verdict: a group of indicators (those on one standard) and where the school stands on each. */
export interface VerdictLine {
  /** The standard the indicators are on ('' for indicators without one). */
  standard: string;
  /** The weakest tone in the group, for the marker in front of the line. */
  tone: Tone;
  /** "Laag: Rijk tekstaanbod. Lager dan de helft van vergelijkbare scholen: Leestijd. Even hoog of hoger: Leesplezier." */
  text: string;
}

const TONES: readonly Tone[] = ['low', 'below', 'fine', 'none'];
export const toneOf = (ind: Pick<IndicatorReport, 'score' | 'low' | 'distribution'>): Tone =>
  ind.score === null ? 'none' : ind.low ? 'low' : ind.score < ind.distribution.median ? 'below' : 'fine';

/**
 * The school's verdict in a few lines: the indicators grouped by the standard they are on, in the
 * investigation's order, each line naming every indicator under its tone (low, below the group's
 * middle, at or above it, no score).
 */
export function verdictLines(report: Pick<SchoolReport, 'indicators'>): VerdictLine[] {
  const groups = new Map<string, IndicatorReport[]>();
  for (const ind of report.indicators) {
    const key = ind.standard ?? '';
    groups.set(key, [...(groups.get(key) ?? []), ind]);
  }
  return [...groups].map(([standard, inds]) => ({ standard, tone: weakestTone(inds), text: verdictText(inds) }));
}

export const weakestTone = (inds: readonly IndicatorReport[]): Tone => TONES.find((tone) => inds.some((i) => toneOf(i) === tone)) ?? 'none';

/** "Laag: X. Lager dan de helft: Y. Niet lager dan de helft: Z.": every indicator named once, under its tone. */
export function verdictText(inds: readonly IndicatorReport[]): string {
  return TONES.flatMap((tone) => {
    const labels = inds.filter((i) => toneOf(i) === tone).map((i) => i.label);
    return labels.length ? [t(`feedback.verdict.${tone}` as UiKey, { list: listAnd(labels) })] : [];
  }).join(' ');
}

/** The investigation as the feedback code and page need it, from a content entry's data (references become ids). */
export function investigationDefinition(
  id: string,
  data: Pick<InvestigationDefinition, 'title' | 'scaleMax' | 'comparisonGroups'> & {
    period?: { start: Date | string; end: Date | string };
    indicators: (Omit<InvestigationDefinition['indicators'][number], 'standard'> & { standard?: { id: string } | undefined })[];
  },
): InvestigationDefinition {
  return {
    id,
    title: data.title,
    scaleMax: data.scaleMax,
    ...(data.period ? { period: { start: isoDay(data.period.start), end: isoDay(data.period.end) } } : {}),
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

const isoDay = (d: Date | string) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10));
