/**
 * Turns schema issues into one line per problem for editors:
 *   content/practices/x.md:12  school.sector  "basisschool" is niet toegestaan  (toegestaan: po, sbo, ...)
 */
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

/** Dutch text for one zod issue; the value the editor wrote is shown where there is one. */
export function describeIssue(issue: IssueLike, data: unknown): { field: string; message: string; allowed?: string; path: PropertyKey[] } {
  const value = valueAt(data, issue.path);
  const field = fieldPath(issue.path) || '(bestand)';
  const allowed = issue.values?.length ? issue.values.map(String).join(', ') : undefined;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys ?? [];
    const path = [...issue.path, keys[0] ?? ''];
    return { field: fieldPath(path), path, message: `onbekend veld ${keys.map((k) => `"${k}"`).join(', ')} (typefout?)` };
  }
  const custom = issue.message && !/^Invalid|^Too (small|big)|^Expected/i.test(issue.message);
  if (issue.code === 'invalid_type' && value === undefined) {
    return { field, path: issue.path, message: custom ? `verplicht veld ontbreekt: ${issue.message}` : 'verplicht veld ontbreekt' };
  }
  const message = custom ? issue.message : englishFallback(issue);
  return { field, path: issue.path, message: value === undefined ? message : `${show(value)}: ${message}`, ...(allowed ? { allowed } : {}) };
}

function englishFallback(issue: IssueLike): string {
  switch (issue.code) {
    case 'invalid_type':
      return `verkeerd soort waarde (verwacht: ${dutchType(issue.expected)})`;
    case 'invalid_value':
      return 'deze waarde is niet toegestaan';
    case 'too_small':
      return 'te kort of te klein';
    case 'too_big':
      return 'te lang of te groot';
    case 'invalid_format':
      return 'verkeerde vorm';
    default:
      return issue.message;
  }
}

function dutchType(t: string | undefined): string {
  const map: Record<string, string> = { string: 'tekst', number: 'getal', boolean: 'true of false', array: 'lijst', object: 'groep velden', date: 'datum' };
  return (t && map[t]) ?? t ?? 'onbekend';
}

export function formatProblem(p: ContentProblem): string {
  const tag = p.severity === 'warning' ? 'waarschuwing: ' : '';
  return `${p.file}:${p.line}  ${p.field}  ${tag}${p.message}${p.allowed ? `  (toegestaan: ${p.allowed})` : ''}`;
}
