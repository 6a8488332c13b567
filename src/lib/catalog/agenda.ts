/** Progress of a year's knowledge agenda: how much of what was planned has appeared. */
export interface PlannedLike {
  quarter: number;
  /** The published item, once linked. */
  item?: unknown;
}

export type PlannedStatus = 'gepland' | 'verschenen';

/**
 * A planned entry's status follows its item: linked means it has appeared. A linked item is always
 * online (the reference rule, src/lib/content/visibility.ts, refuses a link to a draft or a later
 * item), so editors never keep a status by hand; a written `status` is not needed.
 */
export function plannedStatus(planned: PlannedLike): PlannedStatus {
  return planned.item ? 'verschenen' : 'gepland';
}

/** The last day of a quarter, at the end of that day (UTC). */
export function quarterEnd(year: number, quarter: number): Date {
  return new Date(Date.UTC(year, quarter * 3, 1) - 1);
}

export function agendaProgress(planned: readonly PlannedLike[]): { done: number; total: number; percent: number } {
  const done = planned.filter((p) => plannedStatus(p) === 'verschenen').length;
  const total = planned.length;
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) };
}

export function byQuarter<T extends PlannedLike>(planned: readonly T[]): T[] {
  return [...planned].sort((a, b) => a.quarter - b.quarter);
}

/** The agenda year a reader most likely wants: this year if it exists, else the latest before it. */
export function currentAgendaYear(years: readonly number[], now: Date): number | undefined {
  const thisYear = now.getUTCFullYear();
  const sorted = [...years].sort((a, b) => b - a);
  return sorted.find((y) => y <= thisYear) ?? sorted.at(-1);
}
