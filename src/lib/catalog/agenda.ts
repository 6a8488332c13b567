/** Progress of a year's knowledge agenda: how much of what was planned has appeared. */
export interface PlannedLike {
  status: 'gepland' | 'verschenen';
  quarter: number;
}

export function agendaProgress(planned: readonly PlannedLike[]): { done: number; total: number; percent: number } {
  const done = planned.filter((p) => p.status === 'verschenen').length;
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
