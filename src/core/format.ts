import { TIME_ZONE } from './amsterdam-time.ts';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const weekdayFormat = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE });

/** "augustus 2027": for planned dates that sources give only to the month. */
export function formatMonth(date: Date): string {
  return monthFormat.format(date);
}

/** "12 maart 2026" */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "donderdag 12 maart 2026, 15.30 uur" — Dutch government style uses a dot in times. */
export function formatDateTime(date: Date): string {
  return `${weekdayFormat.format(date)}, ${formatTime(date)} uur`;
}

/** "15.30" */
export function formatTime(date: Date): string {
  return timeFormat.format(date).replace(':', '.');
}

/** Machine-readable date for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 1234567 → "1,2 MB"; 45678 → "45 kB". Decimal units, Dutch decimal comma. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}

const pluralRules = new Intl.PluralRules('nl');

/**
 * The one Dutch plural rule ("1 fout", "0 fouten", "2 fouten", "1,5 uur"): which of two forms a
 * count takes. Every count word on the site goes through it, UI strings via plural() in
 * src/i18n/t.ts (the `.one` / `.other` keys of nl.json). Never write "stap(pen)".
 */
export function pluralForm(n: number): 'one' | 'other' {
  return pluralRules.select(n) === 'one' ? 'one' : 'other';
}

/** ["a","b","c"] → "a, b en c" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** "Fatima Amrani (leraar), Joris de Wit en Sanne Bakker (inspecteur)": names with their role. */
/**
 * "Anna (leraar) en Bram (inspecteur)". With `inventedLabel`, an invented person says so where the
 * name is shown: "Anna (leraar; verzonnen persoon)".
 */
export function peopleInWords(people: readonly { name: string; role?: string | undefined; fictional?: boolean | undefined }[], inventedLabel?: string): string {
  return listInWords(
    people.map((p) => {
      const notes = [p.role, p.fictional && inventedLabel ? inventedLabel : undefined].filter(Boolean);
      return notes.length ? `${p.name} (${notes.join('; ')})` : p.name;
    }),
  );
}
