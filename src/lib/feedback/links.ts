/**
 * Inspectorate staff turn a CSV of schools and scores into personal feedback links (see
 * scripts/feedback/links.ts). Every row is checked against the investigation's content; bad rows
 * are reported by line number, and then no links are made at all, so a half-right mail merge
 * can never go out.
 *
 * CSV: header `brin,school,groep,<indicator ids…>` (comma or semicolon, as Excel writes it in
 * the Netherlands; a decimal comma is fine in a semicolon file). An empty cell or "-" means
 * "not scored". Optional columns `bestuursnummer,bestuursnaam` (the bevoegd gezag, both or
 * neither): every board then also gets one link with its own schools side by side, and only its
 * own (rows are grouped by the number; a row with both cells empty belongs to no board).
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { plural, t } from '../../i18n/t.ts';
import { boardPagePath, BOARD_NUMBER, BRIN, encodeBoardCode, encodeFeedbackCode, feedbackPagePath, roundScore, type BoardSchool, type InvestigationDefinition, type SignOptions, type Signer } from './code.ts';

const NUMBER = /^-?\d+([.,]\d+)?$/;
const FIXED_COLUMNS = ['brin', 'school', 'groep'] as const;
export const BOARD_COLUMNS = ['bestuursnummer', 'bestuursnaam'] as const;

export interface LinkRow {
  line: number;
  brin: string;
  school: string;
  group: string;
  scores: (number | null)[];
  /** The row's board (bevoegd gezag), when the CSV names one. */
  board?: { number: string; name: string };
  code: string;
  url: string;
}

/** One board's link: its own schools, in the CSV's order. */
export interface BoardLink {
  number: string;
  name: string;
  schools: BoardSchool[];
  code: string;
  url: string;
}

export interface RowError {
  line: number;
  message: string;
}

export interface LinksResult {
  rows: LinkRow[];
  boards: BoardLink[];
  errors: RowError[];
}

export function feedbackUrl(site: string, investigationId: string, code: string): string {
  return `${site.replace(/\/+$/, '')}${feedbackPagePath(investigationId)}#${code}`;
}

export function boardUrl(site: string, investigationId: string, code: string): string {
  return `${site.replace(/\/+$/, '')}${boardPagePath(investigationId)}#${code}`;
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

const csvOf = (header: string[], rows: string[][]) => stringify([header, ...rows.map((r) => r.map(defuseCell))], { quoted_match: /^'/, record_delimiter: '\n' });

/** links.csv: every cell defused and quoted by a real CSV writer (quotes, separators, line breaks); the board's number when the CSV had one. */
export function linksCsv(rows: readonly { brin: string; school: string; group: string; url: string; qr: string; board?: string }[], withBoards = false): string {
  const header = ['brin', 'school', 'groep', ...(withBoards ? ['bestuursnummer'] : []), 'link', 'qr'];
  return csvOf(header, rows.map((r) => [r.brin, r.school, r.group, ...(withBoards ? [r.board ?? ''] : []), r.url, r.qr]));
}

/** besturen.csv: one line per board, with the BRIN numbers its link holds. */
export function boardsCsv(boards: readonly { number: string; name: string; brins: string[]; url: string; qr: string }[]): string {
  return csvOf(['bestuursnummer', 'bestuursnaam', 'scholen', 'link', 'qr'], boards.map((b) => [b.number, b.name, b.brins.join(' '), b.url, b.qr]));
}

/** Reads and checks every row; returns signed links (per school, and per board when the CSV names boards) only when no row has an error. */
export async function buildFeedbackLinks(csv: string, inv: InvestigationDefinition, signer: Signer, signedOn: string, site: string, options: SignOptions = {}): Promise<LinksResult> {
  const text = csv.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: ParsedRecord[];
  try {
    records = parse(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as ParsedRecord[];
  } catch (e) {
    const err = e as { lines?: number; message?: string };
    return failed([{ line: err.lines ?? 1, message: t('feedbackLinks.error.csv', { message: err.message ?? String(e) }) }]);
  }
  const [header, ...body] = records;
  if (!header) return failed([{ line: 1, message: t('feedbackLinks.error.empty') }]);

  const columns = header.record.map((c) => c.trim().toLowerCase());
  const withBoards = BOARD_COLUMNS.some((c) => columns.includes(c));
  const expected = [...FIXED_COLUMNS, ...inv.indicators.map((i) => i.id), ...(withBoards ? BOARD_COLUMNS : [])];
  const missing = expected.filter((c) => !columns.includes(c));
  const unknown = columns.filter((c) => !expected.includes(c));
  const headerErrors: RowError[] = [];
  if (missing.length) headerErrors.push({ line: header.info.lines, message: t('feedbackLinks.error.columnsMissing', { columns: missing.join(', '), header: expected.join(',') }) });
  if (unknown.length) headerErrors.push({ line: header.info.lines, message: t('feedbackLinks.error.columnsUnknown', { columns: unknown.join(', '), header: expected.join(',') }) });
  if (headerErrors.length) return failed(headerErrors);
  if (!body.length) return failed([{ line: header.info.lines, message: t('feedbackLinks.error.noRows') }]);

  const col = (name: string) => columns.indexOf(name);
  const groups = inv.comparisonGroups.map((g) => g.id);
  const seen = new Map<string, number>();
  const boardNames = new Map<string, { name: string; line: number }>();
  const rows: LinkRow[] = [];
  const errors: RowError[] = [];

  for (const { record, info } of body) {
    const line = info.lines;
    const problems: string[] = [];
    if (record.length !== columns.length) {
      errors.push({ line, message: plural('feedbackLinks.error.fieldCount', record.length, { expected: columns.length }) });
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
    const board = withBoards ? boardOf(cell('bestuursnummer'), cell('bestuursnaam'), line, boardNames, problems) : undefined;
    if (problems.length) {
      errors.push({ line, message: problems.join('; ') });
      continue;
    }
    const code = await encodeFeedbackCode({ investigation: inv.id, group, school, scores }, signer, signedOn, options);
    rows.push({ line, brin, school, group, scores, ...(board ? { board } : {}), code, url: feedbackUrl(site, inv.id, code) });
  }
  if (errors.length) return failed(errors);
  // One link per board, holding only the rows with its number: no board ever sees another's schools.
  const boards: BoardLink[] = [];
  for (const [number, { name }] of boardNames) {
    const schools = rows.filter((r) => r.board?.number === number).map((r) => ({ brin: r.brin, school: r.school, group: r.group, scores: r.scores }));
    const code = await encodeBoardCode({ investigation: inv.id, board: { number, name }, schools }, signer, signedOn, options);
    boards.push({ number, name, schools, code, url: boardUrl(site, inv.id, code) });
  }
  return { rows, boards, errors: [] };
}

const failed = (errors: RowError[]): LinksResult => ({ rows: [], boards: [], errors });

/** A row's board: both cells empty is none; a number needs its name, and one number one name throughout the file. */
function boardOf(number: string, name: string, line: number, names: Map<string, { name: string; line: number }>, problems: string[]): { number: string; name: string } | undefined {
  if (!number && !name) return undefined;
  if (!BOARD_NUMBER.test(number)) {
    problems.push(t('feedbackLinks.error.boardNumber', { value: number }));
    return undefined;
  }
  if (!name || name.length > 150) {
    problems.push(t('feedbackLinks.error.boardName'));
    return undefined;
  }
  const known = names.get(number);
  if (known && known.name !== name) {
    problems.push(t('feedbackLinks.error.boardNameDiffers', { number, name: known.name, line: known.line }));
    return undefined;
  }
  if (!known) names.set(number, { name, line });
  return { number, name };
}
