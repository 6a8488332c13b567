/**
 * Webinar times are written by editors as wall-clock time in Amsterdam
 * ("2026-03-12 15:30"). These helpers turn that into an exact instant and back,
 * using only Intl so the result follows the real CET/CEST rules.
 */
export const TIME_ZONE = 'Europe/Amsterdam';

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/;

/** The one Amsterdam wall-clock reader: zero-padded year, month, day, hour and minute of an instant. */
const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function amsterdamParts(instant: Date): { year: string; month: string; day: string; hour: string; minute: string } {
  const parts = wallClock.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** Minutes that Amsterdam is ahead of UTC at the given instant (60 or 120). */
export function amsterdamOffsetMinutes(instant: Date): number {
  const p = amsterdamParts(instant);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
}

export function isAmsterdamLocal(value: string): boolean {
  return LOCAL_PATTERN.test(value);
}

/** "2026-03-12 15:30" (Amsterdam) → Date. Throws on a malformed or non-existent time. */
export function amsterdamLocalToDate(value: string): Date {
  const m = LOCAL_PATTERN.exec(value);
  if (!m) throw new Error(`"${value}" is geen tijd in de vorm JJJJ-MM-DD UU:MM`);
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // First guess with the offset at the wall time itself, then correct once for DST edges.
  let instant = new Date(wall - amsterdamOffsetMinutes(new Date(wall)) * 60000);
  instant = new Date(wall - amsterdamOffsetMinutes(instant) * 60000);
  if (formatAmsterdamLocal(instant) !== `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}`) {
    throw new Error(`"${value}" bestaat niet in Amsterdam (zomertijdwissel)`);
  }
  return instant;
}

/** Date → "2026-03-12 15:30" in Amsterdam wall-clock time. */
export function formatAmsterdamLocal(instant: Date): string {
  const p = amsterdamParts(instant);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** Today in the Netherlands as YYYY-MM-DD (a link signed this morning must open tonight). */
export function todayInAmsterdam(now = new Date()): string {
  const p = amsterdamParts(now);
  return `${p.year}-${p.month}-${p.day}`;
}
