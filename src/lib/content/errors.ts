/**
 * Turns schema issues into one line per problem for editors:
 *   content/practices/x.md:12  school.sector  "basisschool" is niet toegestaan  (toegestaan: po, sbo, ...)
 */
import { editDistance } from '../search/spelling.ts';

export interface ContentProblem {
  file: string;
  line: number;
  field: string;
  message: string;
  allowed?: string;
  severity: 'error' | 'warning';
}

export interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  values?: readonly unknown[];
  expected?: string;
  keys?: string[];
  input?: unknown;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function show(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const s = JSON.stringify(value);
  return s === undefined ? String(value) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export interface Described {
  field: string;
  message: string;
  allowed?: string;
  path: PropertyKey[];
}

/** The closest of `options` to `value` (at most a third of its letters off), for "bedoelt u ...?". */
export function closest(value: string, options: readonly string[]): string | undefined {
  const v = value.toLowerCase();
  const max = Math.max(1, Math.min(3, Math.floor(v.length / 3)));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const o of options) {
    const d = editDistance(v, o.toLowerCase(), max);
    if (d < bestDistance) [best, bestDistance] = [o, d];
  }
  return best;
}

const list = (values: readonly unknown[]) => values.map(String).join(', ');

/**
 * Dutch text for one zod issue; the value the editor wrote is shown where there is one.
 * `keysAt` gives the field names allowed at a path (for unknown fields); one issue about
 * several unknown fields becomes one problem per field.
 */
export function describeIssue(issue: IssueLike, data: unknown, keysAt: (path: readonly PropertyKey[]) => string[] = () => []): Described[] {
  const value = valueAt(data, issue.path);
  const field = fieldPath(issue.path) || '(bestand)';
  if (issue.code === 'unrecognized_keys') {
    const known = keysAt(issue.path);
    return (issue.keys ?? []).map((key) => {
      const path = [...issue.path, key];
      const meant = closest(key, known);
      return {
        field: fieldPath(path),
        path,
        message: `onbekend veld "${key}"${meant ? `; bedoelt u "${meant}"?` : '; haal het weg of kies een veld uit de lijst'}`,
        ...(known.length ? { allowed: list(known) } : {}),
      };
    });
  }
  const custom = Boolean(issue.message) && !/^Invalid|^Too (small|big)|^Expected|^Unrecognized/i.test(issue.message);
  const own = custom ? issue.message : dutchFallback(issue);
  if (value === undefined) {
    if (issue.code !== 'invalid_type') return [{ field, path: issue.path, message: own }];
    return [{ field, path: issue.path, message: custom ? `verplicht veld ontbreekt: ${issue.message}` : 'verplicht veld ontbreekt' }];
  }
  if (value === null) return [{ field, path: issue.path, message: `het veld is leeg: ${own}` }];
  if (issue.code === 'invalid_type' && issue.expected === 'number' && typeof value === 'string' && /^\s*-?\d+,\d+\s*$/.test(value)) {
    return [{ field, path: issue.path, message: `${show(value)}: gebruik een punt: ${value.trim().replace(',', '.')}` }];
  }
  const values = issue.values ?? [];
  const meant = values.length && typeof value === 'string' ? closest(value, values.map(String)) : undefined;
  const message = `${show(value)}: ${own}${meant ? `; bedoelt u "${meant}"?` : ''}`;
  return [{ field, path: issue.path, message, ...(values.length ? { allowed: list(values) } : {}) }];
}

function dutchFallback(issue: IssueLike): string {
  switch (issue.code) {
    case 'invalid_type':
      return `verkeerd soort waarde (verwacht: ${dutchType(issue.expected)})`;
    case 'invalid_value':
      return 'deze waarde is niet toegestaan';
    case 'too_small':
      return issue.origin === 'string'
        ? `te kort: schrijf minstens ${String(issue.minimum)} tekens`
        : issue.origin === 'array'
          ? `te weinig: noem er minstens ${String(issue.minimum)}`
          : `te klein: het kleinste toegestane getal is ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `te lang: hooguit ${String(issue.maximum)} tekens`
        : issue.origin === 'array'
          ? `te veel: hooguit ${String(issue.maximum)}`
          : `te groot: het grootste toegestane getal is ${String(issue.maximum)}`;
    case 'invalid_format':
      return 'verkeerde vorm';
    case 'invalid_union':
      return 'deze waarde past hier niet';
    case 'not_multiple_of':
      return 'dit getal klopt niet';
    default:
      // Never show the library's English text to an editor.
      return 'deze waarde klopt niet';
  }
}

function dutchType(t: string | undefined): string {
  const map: Record<string, string> = { string: 'tekst', int: 'heel getal', number: 'getal', boolean: 'true of false', array: 'lijst', object: 'groep velden', date: 'datum' };
  return (t && map[t]) ?? 'een andere waarde';
}

export function formatProblem(p: ContentProblem): string {
  const tag = p.severity === 'warning' ? 'waarschuwing: ' : '';
  return `${p.file}:${p.line}  ${p.field}  ${tag}${p.message}${p.allowed ? `  (toegestaan: ${p.allowed})` : ''}`;
}
