/**
 * Webinar times are written by editors as wall-clock time in Amsterdam
 * ("2026-03-12 15:30"). These helpers turn that into an exact instant and back,
 * using only Intl so the result follows the real CET/CEST rules.
 */
export const TIME_ZONE = 'Europe/Amsterdam';

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/;

/** Minutes that Amsterdam is ahead of UTC at the given instant (60 or 120). */
export function amsterdamOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
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
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}
