/**
 * Inspectorate staff turn a CSV of schools and scores into personal feedback links (see
 * scripts/feedback/links.ts). Every row is checked against the investigation's content; bad rows
 * are reported by line number, and then no links are made at all, so a half-right mail merge
 * can never go out.
 *
 * CSV: header `brin,school,groep,<indicator ids…>` (comma or semicolon, as Excel writes it in
 * the Netherlands; a decimal comma is fine in a semicolon file). An empty cell or "-" means
 * "not scored".
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { t } from '../../i18n/t.ts';
import { encodeFeedbackCode, feedbackPagePath, roundScore, type InvestigationDefinition, type Signer } from './code.ts';

const BRIN = /^\d{2}[A-Z]{2}(\d{2})?$/;
const NUMBER = /^-?\d+([.,]\d+)?$/;
const FIXED_COLUMNS = ['brin', 'school', 'groep'] as const;

export interface LinkRow {
  line: number;
  brin: string;
  school: string;
  group: string;
  scores: (number | null)[];
  code: string;
  url: string;
}

export interface RowError {
  line: number;
  message: string;
}

export interface LinksResult {
  rows: LinkRow[];
  errors: RowError[];
}

export function feedbackUrl(site: string, investigationId: string, code: string): string {
  return `${site.replace(/\/+$/, '')}${feedbackPagePath(investigationId)}#${code}`;
}

export function formatRowError(e: RowError): string {
  return t('feedbackLinks.line', { line: e.line, message: e.message });
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * A cell a spreadsheet will show as text: one starting with = + - @, a tab or a carriage return
 * could be read as a formula (CSV injection), so it gets a leading apostrophe, as OWASP advises.
 */
export function defuseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** links.csv: every cell defused and quoted by a real CSV writer (quotes, separators, line breaks). */
export function linksCsv(rows: readonly { brin: string; school: string; group: string; url: string; qr: string }[]): string {
  const body = rows.map((r) => [r.brin, r.school, r.group, r.url, r.qr].map(defuseCell));
  return stringify([['brin', 'school', 'groep', 'link', 'qr'], ...body], { quoted_match: /^'/, record_delimiter: '\n' });
}

/** Reads and checks every row; returns signed links only when no row has an error. */
export async function buildFeedbackLinks(csv: string, inv: InvestigationDefinition, signer: Signer, signedOn: string, site: string): Promise<LinksResult> {
  const text = csv.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: ParsedRecord[];
  try {
    records = parse(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as ParsedRecord[];
  } catch (e) {
    const err = e as { lines?: number; message?: string };
    return { rows: [], errors: [{ line: err.lines ?? 1, message: t('feedbackLinks.error.csv', { message: err.message ?? String(e) }) }] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], errors: [{ line: 1, message: t('feedbackLinks.error.empty') }] };

  const expected = [...FIXED_COLUMNS, ...inv.indicators.map((i) => i.id)];
  const columns = header.record.map((c) => c.trim().toLowerCase());
  const missing = expected.filter((c) => !columns.includes(c));
  const unknown = columns.filter((c) => !expected.includes(c));
  const headerErrors: RowError[] = [];
  if (missing.length) headerErrors.push({ line: header.info.lines, message: t('feedbackLinks.error.columnsMissing', { columns: missing.join(', '), header: expected.join(',') }) });
  if (unknown.length) headerErrors.push({ line: header.info.lines, message: t('feedbackLinks.error.columnsUnknown', { columns: unknown.join(', '), header: expected.join(',') }) });
  if (headerErrors.length) return { rows: [], errors: headerErrors };
  if (!body.length) return { rows: [], errors: [{ line: header.info.lines, message: t('feedbackLinks.error.noRows') }] };

  const col = (name: string) => columns.indexOf(name);
  const groups = inv.comparisonGroups.map((g) => g.id);
  const seen = new Map<string, number>();
  const rows: LinkRow[] = [];
  const errors: RowError[] = [];

  for (const { record, info } of body) {
    const line = info.lines;
    const problems: string[] = [];
    if (record.length !== columns.length) {
      errors.push({ line, message: t('feedbackLinks.error.fieldCount', { found: record.length, expected: columns.length }) });
      continue;
    }
    const cell = (name: string) => (record[col(name)] ?? '').trim();
    const brin = cell('brin').toUpperCase();
    if (!BRIN.test(brin)) problems.push(t('feedbackLinks.error.brin', { value: cell('brin') }));
    else if (seen.has(brin)) problems.push(t('feedbackLinks.error.duplicate', { value: brin, line: seen.get(brin)! }));
    else seen.set(brin, line);
    const school = cell('school');
    if (!school || school.length > 150) problems.push(t('feedbackLinks.error.school'));
    const group = cell('groep');
    if (!groups.includes(group)) problems.push(t('feedbackLinks.error.group', { value: group, allowed: groups.join(', ') }));
    const scores = inv.indicators.map((ind) => {
      const raw = cell(ind.id);
      if (raw === '' || raw === '-') return null;
      const value = NUMBER.test(raw) ? Number(raw.replace(',', '.')) : Number.NaN;
      if (!(value >= 1 && value <= inv.scaleMax)) {
        problems.push(t('feedbackLinks.error.score', { indicator: ind.id, value: raw, max: inv.scaleMax }));
        return null;
      }
      return roundScore(value, ind.lowBelow);
    });
    if (inv.indicators.every((ind) => ['', '-'].includes(cell(ind.id)))) problems.push(t('feedbackLinks.error.noScores'));
    if (problems.length) {
      errors.push({ line, message: problems.join('; ') });
      continue;
    }
    const code = await encodeFeedbackCode({ investigation: inv.id, group, school, scores }, signer, signedOn);
    rows.push({ line, brin, school, group, scores, code, url: feedbackUrl(site, inv.id, code) });
  }
  return errors.length ? { rows: [], errors } : { rows, errors };
}
