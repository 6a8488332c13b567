/**
 * Calendar dates as editors write them (JJJJ-MM-DD). A date that does not exist (2026-02-30,
 * 2026-13-05) is refused, never rolled over into the next month. Shared by the schemas and
 * `npm run new`.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

export const DATE_FORM = 'schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01';

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Dutch reason why `value` is not a real date, or undefined when it is one. */
export function dateProblem(value: string): string | undefined {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return /^\d{1,2}-\d{1,2}-\d{4}$/.test(value.trim()) ? `${DATE_FORM} (jaar eerst)` : DATE_FORM;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `er is geen maand ${month}; de maand is 01 tot en met 12`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `die dag bestaat niet: ${MONTHS[month - 1]} ${year} heeft ${days} dagen`;
  return undefined;
}

/** JJJJ-MM-DD → midnight UTC of that day. Call only after dateProblem said it is fine. */
export function parseIsoDate(value: string): Date {
  return new Date(`${value.trim()}T00:00:00Z`);
}
