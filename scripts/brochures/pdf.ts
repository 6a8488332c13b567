/**
 * Brochure PDFs: renders every brochure in content/brochures/ (or the ids given) as a plain A4
 * PDF with pdf-lib, for the "download als PDF" link on the brochure page.
 *
 *   node scripts/brochures/pdf.ts                          # every brochure
 *   node scripts/brochures/pdf.ts leskwaliteit-in-beeld     # one or more ids
 *
 * Per brochure:
 * - reads the title, summary, dates, madeWith and the Markdown/MDX body;
 * - turns the body into simple blocks: headings, paragraphs (with **bold**), lists, and the
 *   MDX components <Callout>, <ZoDoenWijHet> and <Quote> as shaded boxes; <Standaard code="OP0" />
 *   becomes "OP0 Basisvaardigheden"; other tags, links and Markdown marks are stripped;
 * - lays it out on A4 in Helvetica (a standard PDF font, WinAnsi encoding: characters it cannot
 *   encode are replaced, e.g. "≤" by "<=", "ĳ" by "ij"); 1 to 4 pages, the font gets a little
 *   smaller when the text does not fit, and the script stops with a message when it still does not;
 * - writes public/media/brochures/<id>.pdf and sets `pdf: { file, bytes, pages }` in the
 *   frontmatter (other fields, comments and quoting stay as they are).
 *
 * Output is deterministic: fixed creation and modification dates (publishDate / updatedDate),
 * fixed producer, no object streams. Running the script twice changes nothing the second time.
 * Dev-time only: the PDFs are committed; `npm run check` verifies bytes against the files.
 */
import { existsSync, globSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { isMap, isScalar, parse as parseYaml, type Document } from 'yaml';
import { formatDate, listInWords } from '../../src/core/format.ts';
import { siteAddress } from '../../src/lib/site/site-address.ts';
import { entryPath } from '../../src/lib/site/routes.ts';
import { t } from '../../src/i18n/t.ts';
import { ROOT, publicPath, readFrontmatter, setIn, writeIfChanged } from '../media/lib.ts';

const BROCHURES = join(ROOT, 'content', 'brochures');
const MAX_PAGES = 4;

// ---------------------------------------------------------------- page geometry and style

/** A4 in PostScript points. */
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN_X = 62;
const MARGIN_TOP = 64;
const MARGIN_BOTTOM = 70;
const CONTENT_W = PAGE_W - 2 * MARGIN_X;
/** Body font sizes to try, largest first, until the brochure fits on MAX_PAGES pages. */
const BODY_SIZES = [10.5, 10, 9.5, 9] as const;

const BLUE = rgb(0x15 / 255, 0x42 / 255, 0x73 / 255);
const TEXT = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.38, 0.38, 0.4);
const BOX_BG = rgb(0xee / 255, 0xf3 / 255, 0xf8 / 255);
const WARN_BG = rgb(0xfd / 255, 0xf0 / 255, 0xe4 / 255);
const OK_BG = rgb(0xee / 255, 0xf6 / 255, 0xee / 255);
const ACCENT = { info: BLUE, warn: rgb(0xe1 / 255, 0x70 / 255, 0), ok: rgb(0x39 / 255, 0x87 / 255, 0x0c / 255), quote: rgb(1, 0xb6 / 255, 0x12 / 255) };

// ---------------------------------------------------------------- body → blocks

/** A run of text in one style. */
interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'item'; marker: string; runs: Run[] }
  | { kind: 'box'; variant: keyof typeof ACCENT; title?: string; blocks: Block[]; caption?: string };

type StandardNames = Map<string, string>;

/** "OP0" → "Basisvaardigheden", per edition, from content/standards/<edition>/<code>.yaml. */
function standardName(names: StandardNames, code: string, edition: string): string | undefined {
  const key = `${edition}/${code.toLowerCase()}`;
  if (!names.has(key)) {
    const file = join(ROOT, 'content', 'standards', edition, `${code.toLowerCase()}.yaml`);
    names.set(key, existsSync(file) ? String((parseYaml(readFileSync(file, 'utf8')) as { name?: string }).name ?? '') : '');
  }
  return names.get(key) || undefined;
}

/** The framework edition <Standaard> links to without editie="...": the one in force on the publish date. */
function editionOn(date: Date): string {
  const frameworks = globSync('*.yaml', { cwd: join(ROOT, 'content', 'frameworks') }).map((f) => {
    const d = parseYaml(readFileSync(join(ROOT, 'content', 'frameworks', f), 'utf8')) as { validFrom?: string; validUntil?: string };
    return { id: f.replace(/\.yaml$/, ''), from: String(d.validFrom ?? ''), until: d.validUntil ? String(d.validUntil) : undefined };
  });
  const day = date.toISOString().slice(0, 10);
  const inForce = frameworks.filter((f) => f.from <= day && (!f.until || f.until >= day)).sort((a, b) => b.from.localeCompare(a.from))[0];
  return inForce?.id ?? frameworks.sort((a, b) => b.from.localeCompare(a.from))[0]?.id ?? '2021';
}

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs)?.slice(1).find((v) => v !== undefined);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—' };

/** Inline Markdown → runs: bold (two asterisks), italic (one asterisk or underscore); links and code keep only their text. */
function inline(text: string): Run[] {
  const plain = text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/&(#\d+|[a-z]+);/g, (m, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? m)))
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  const runs: Run[] = [];
  for (const part of plain.split(/(\*\*[^*]+\*\*|__[^_]+__)/)) {
    if (!part) continue;
    const bold = /^(\*\*|__)[\s\S]*\1$/.test(part);
    const inner = bold ? part.slice(2, -2) : part;
    for (const sub of inner.split(/((?<![\w*])\*[^*\s][^*]*\*(?!\w)|(?<!\w)_[^_\s][^_]*_(?!\w))/)) {
      if (!sub) continue;
      const italic = /^([*_])[\s\S]*\1$/.test(sub) && sub.length > 2;
      runs.push({ text: italic ? sub.slice(1, -1) : sub, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) });
    }
  }
  return runs;
}

/** Markdown lines (no components) → blocks. */
function markdownBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let item: { marker: string; lines: string[] } | undefined;
  const flush = () => {
    if (para.length) blocks.push({ kind: 'paragraph', runs: inline(para.join(' ')) });
    if (item) blocks.push({ kind: 'item', marker: item.marker, runs: inline(item.lines.join(' ')) });
    para = [];
    item = undefined;
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\t/g, '    ');
    if (!line.trim()) {
      flush();
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: inline(heading[2]!).map((r) => r.text).join('') });
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      continue;
    }
    const li = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (li) {
      flush();
      item = { marker: /\d/.test(li[1]!) ? li[1]!.replace(')', '.') : '•', lines: [li[2]!] };
      continue;
    }
    const quoted = /^\s*>\s?(.*)$/.exec(line);
    const content = quoted ? quoted[1]! : line.trim();
    if (item) item.lines.push(content);
    else para.push(content);
  }
  flush();
  return blocks;
}

const CONTAINERS = /<(Callout|ZoDoenWijHet|Quote)\b((?:\s+[A-Za-z_:][\w:.-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*>([\s\S]*?)<\/\1\s*>/g;

/** The whole body → blocks: the three text components become boxes, the rest is Markdown. */
function bodyBlocks(body: string, opts: { edition: string; names: StandardNames }): Block[] {
  const cleaned = body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<Standaard\b([^>]*?)\/>/g, (_, attrs: string) => {
      const code = attr(attrs, 'code') ?? '';
      const name = standardName(opts.names, code, attr(attrs, 'editie') ?? opts.edition);
      return name ? `${code} ${name}` : code;
    })
    .replace(/<Figure\b([^>]*?)\/>/g, (_, attrs: string) => `\n\n${attr(attrs, 'caption') ?? attr(attrs, 'alt') ?? ''}\n\n`);
  const blocks: Block[] = [];
  let at = 0;
  for (const m of cleaned.matchAll(CONTAINERS)) {
    blocks.push(...markdownBlocks(cleaned.slice(at, m.index)));
    at = m.index + m[0].length;
    const [, name, attrs = '', inner = ''] = m;
    const content = markdownBlocks(inner);
    if (name === 'Callout') {
      const warn = attr(attrs, 'type') === 'let-op';
      blocks.push({ kind: 'box', variant: warn ? 'warn' : 'info', title: attr(attrs, 'title') ?? t(warn ? 'callout.warn' : 'callout.info'), blocks: content });
    } else if (name === 'ZoDoenWijHet') {
      blocks.push({ kind: 'box', variant: 'ok', title: `${t('zdwh.title')} – ${attr(attrs, 'school') ?? ''}`, blocks: content });
    } else {
      const who = [attr(attrs, 'name'), attr(attrs, 'role')].filter(Boolean).join(', ');
      const quoted = content.map((b, i, all): Block => {
        if (b.kind !== 'paragraph') return b;
        const runs = b.runs.map((r) => ({ ...r, italic: true }));
        if (i === 0) runs.unshift({ text: '“', italic: true });
        if (i === all.length - 1) runs.push({ text: '”', italic: true });
        return { kind: 'paragraph', runs };
      });
      blocks.push({ kind: 'box', variant: 'quote', blocks: quoted, caption: who ? `– ${who}` : undefined });
    }
  }
  blocks.push(...markdownBlocks(cleaned.slice(at)));
  return blocks;
}

// ---------------------------------------------------------------- WinAnsi

const REPLACEMENTS: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-', '\u2015': '—',
  '\u2264': '<=', '\u2265': '>=', '\u2260': '!=', '\u2192': '->', '\u2190': '<-', '\u2194': '<->', '\u21d2': '=>',
  '\u2713': 'v', '\u2714': 'v', '\u2717': 'x', '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u2007': ' ', '\u200b': '',
  '\u0133': 'ij', '\u0132': 'IJ', '\u2032': "'", '\u2033': '"', '\u2248': '~', '\u00d7': 'x', '\u2022': '•',
};

/** Makes text encodable in the standard fonts' WinAnsi encoding. */
function winAnsi(text: string, charset: Set<number>): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (charset.has(ch.codePointAt(0)!)) out += ch;
    else if (ch in REPLACEMENTS) out += REPLACEMENTS[ch];
    else {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += base && [...base].every((c) => charset.has(c.codePointAt(0)!)) ? base : '?';
    }
  }
  return out;
}

// ---------------------------------------------------------------- layout

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
  boldItalic: PDFFont;
  charset: Set<number>;
}

function fontOf(f: Fonts, r: Run): PDFFont {
  return r.bold ? (r.italic ? f.boldItalic : f.bold) : r.italic ? f.italic : f.regular;
}

/** A line of text: pieces already measured, drawn left to right. */
interface Piece {
  text: string;
  font: PDFFont;
  x: number;
}
type Line = Piece[];

/** Wraps runs into lines no wider than `width`; words never split (a too-long word gets its own line). */
function wrap(runs: Run[], fonts: Fonts, size: number, width: number): Line[] {
  const words: { text: string; font: PDFFont; spaceBefore: boolean }[] = [];
  let pendingSpace = false;
  for (const r of runs) {
    const font = fontOf(fonts, r);
    const text = winAnsi(r.text, fonts.charset);
    const parts = text.split(/( +)/);
    for (const p of parts) {
      if (!p) continue;
      if (/^ +$/.test(p)) {
        pendingSpace = words.length > 0;
        continue;
      }
      words.push({ text: p, font, spaceBefore: pendingSpace });
      pendingSpace = false;
    }
  }
  const lines: Line[] = [];
  let line: Line = [];
  let x = 0;
  for (const w of words) {
    const space = w.spaceBefore && line.length ? w.font.widthOfTextAtSize(' ', size) : 0;
    const wordW = w.font.widthOfTextAtSize(w.text, size);
    if (line.length && x + space + wordW > width) {
      lines.push(line);
      line = [];
      x = 0;
    }
    const last = line.at(-1);
    const gap = line.length ? space : 0;
    if (last && last.font === w.font) {
      last.text += (gap ? ' ' : '') + w.text;
    } else {
      line.push({ text: (gap ? ' ' : '') + w.text, font: w.font, x });
    }
    x += gap + wordW;
  }
  if (line.length) lines.push(line);
  return lines;
}

/** Drawing commands for one page, so the page count is known before anything is drawn. */
type Op = (page: PDFPage) => void;

class Layout {
  pages: Op[][] = [[]];
  y: number;
  private fonts: Fonts;
  readonly size: number;
  readonly leading: number;

  constructor(fonts: Fonts, size: number, startY: number) {
    this.fonts = fonts;
    this.size = size;
    this.leading = Math.round(size * 1.42 * 10) / 10;
    this.y = startY;
  }

  get page(): Op[] {
    return this.pages.at(-1)!;
  }

  newPage() {
    this.pages.push([]);
    this.y = PAGE_H - MARGIN_TOP;
  }

  /** Room left above the bottom margin. */
  room(): number {
    return this.y - MARGIN_BOTTOM;
  }

  ensure(height: number) {
    if (height > this.room() && this.y < PAGE_H - MARGIN_TOP) this.newPage();
  }

  lines(lines: Line[], opts: { x: number; size: number; leading: number; color: ReturnType<typeof rgb> }) {
    for (const line of lines) {
      this.ensure(opts.leading);
      const baseline = this.y - opts.size;
      for (const p of line) {
        this.page.push((page) => page.drawText(p.text, { x: opts.x + p.x, y: baseline, size: opts.size, font: p.font, color: opts.color }));
      }
      this.y -= opts.leading;
    }
  }

  heading(text: string, level: number) {
    const size = level <= 2 ? this.size + 3.5 : this.size + 1.5;
    const lines = wrap([{ text, bold: true }], this.fonts, size, CONTENT_W);
    const leading = size * 1.3;
    // Keep a heading with at least two lines of what follows.
    this.ensure(size * 0.8 + lines.length * leading + 2 * this.leading);
    this.y -= level <= 2 ? size * 0.8 : size * 0.5;
    this.lines(lines, { x: MARGIN_X, size, leading, color: BLUE });
    this.y -= 3;
  }

  paragraph(runs: Run[], x = MARGIN_X, width = CONTENT_W) {
    const lines = wrap(runs, this.fonts, this.size, width);
    // No single first line at the bottom of a page.
    if (lines.length > 1) this.ensure(2 * this.leading);
    this.lines(lines, { x, size: this.size, leading: this.leading, color: TEXT });
    this.y -= this.size * 0.6;
  }

  item(marker: string, runs: Run[], x = MARGIN_X, width = CONTENT_W) {
    const indent = marker === '•' ? 13 : 17;
    const lines = wrap(runs, this.fonts, this.size, width - indent);
    this.ensure(this.leading);
    const baseline = this.y - this.size;
    const font = marker === '•' ? this.fonts.regular : this.fonts.bold;
    const size = this.size;
    this.page.push((page) => page.drawText(marker, { x, y: baseline, size, font, color: BLUE }));
    this.lines(lines, { x: x + indent, size: this.size, leading: this.leading, color: TEXT });
    this.y -= this.size * 0.25;
  }

  /** A shaded box with a coloured bar on the left; moved to the next page whole when it does not fit. */
  box(b: Extract<Block, { kind: 'box' }>) {
    const pad = 10;
    const innerX = MARGIN_X + 6 + pad;
    const innerW = CONTENT_W - 6 - 2 * pad;
    const titleLines = b.title ? wrap([{ text: b.title, bold: true }], this.fonts, this.size, innerW) : [];
    const body = b.blocks.map((c) =>
      c.kind === 'item'
        ? { marker: c.marker, lines: wrap(c.runs, this.fonts, this.size, innerW - (c.marker === '•' ? 13 : 17)) }
        : { marker: undefined, lines: wrap(c.kind === 'paragraph' ? c.runs : c.kind === 'heading' ? [{ text: c.text, bold: true }] : [], this.fonts, this.size, innerW) },
    );
    const captionLines = b.caption ? wrap([{ text: b.caption }], this.fonts, this.size - 1, innerW) : [];
    const gap = this.size * 0.5;
    const height =
      2 * pad +
      titleLines.length * this.leading +
      (titleLines.length ? gap / 2 : 0) +
      body.reduce((sum, c) => sum + c.lines.length * this.leading, 0) +
      Math.max(0, body.length - 1) * gap +
      (captionLines.length ? gap / 2 + captionLines.length * this.leading : 0);
    this.y -= this.size * 0.3;
    this.ensure(height);
    const top = this.y;
    const bg = b.variant === 'warn' ? WARN_BG : b.variant === 'ok' ? OK_BG : b.variant === 'quote' ? rgb(1, 1, 1) : BOX_BG;
    const accent = ACCENT[b.variant];
    this.page.push((page) => {
      page.drawRectangle({ x: MARGIN_X, y: top - height, width: CONTENT_W, height, color: bg });
      page.drawRectangle({ x: MARGIN_X, y: top - height, width: b.variant === 'quote' ? 4 : 6, height, color: accent });
    });
    this.y -= pad;
    this.lines(titleLines, { x: innerX, size: this.size, leading: this.leading, color: b.variant === 'warn' ? TEXT : BLUE });
    if (titleLines.length) this.y -= gap / 2;
    body.forEach((c, i) => {
      if (i > 0) this.y -= gap;
      if (c.marker) {
        const baseline = this.y - this.size;
        const font = c.marker === '•' ? this.fonts.regular : this.fonts.bold;
        const size = this.size;
        const marker = c.marker;
        this.page.push((page) => page.drawText(marker, { x: innerX, y: baseline, size, font, color: BLUE }));
        this.lines(c.lines, { x: innerX + (c.marker === '•' ? 13 : 17), size: this.size, leading: this.leading, color: TEXT });
      } else {
        this.lines(c.lines, { x: innerX, size: this.size, leading: this.leading, color: TEXT });
      }
    });
    if (captionLines.length) {
      this.y -= gap / 2;
      this.lines(captionLines, { x: innerX, size: this.size - 1, leading: this.leading, color: MUTED });
    }
    this.y = top - height - this.size * 0.9;
  }
}

// ---------------------------------------------------------------- one brochure

interface Brochure {
  id: string;
  file: string;
  title: string;
  summary: string;
  publishDate: Date;
  updatedDate?: Date;
  madeWith: string[];
  body: string;
}

function toDate(v: unknown): Date | undefined {
  if (v instanceof Date) return v;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
  return undefined;
}

function readBrochure(file: string): Brochure {
  const text = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!m) throw new Error(`${file}: frontmatter ontbreekt`);
  const data = parseYaml(m[1]!) as Record<string, unknown>;
  const id = basename(file).replace(/\.mdx?$/, '').toLowerCase();
  const publishDate = toDate(data.publishDate);
  if (typeof data.title !== 'string' || typeof data.summary !== 'string' || !publishDate) {
    throw new Error(`${file}: title, summary of publishDate ontbreekt; voer eerst npm run check uit`);
  }
  return {
    id,
    file,
    title: data.title.trim(),
    summary: data.summary.trim(),
    publishDate,
    updatedDate: toDate(data.updatedDate),
    madeWith: Array.isArray(data.madeWith) ? data.madeWith.map(String) : [],
    body: text.slice(m[0].length).replace(/\r\n/g, '\n'),
  };
}

/** Noon UTC on the given day, so the date is the same in every time zone. */
function noon(d: Date): Date {
  return new Date(`${d.toISOString().slice(0, 10)}T12:00:00Z`);
}

async function renderPdf(b: Brochure, names: StandardNames): Promise<{ bytes: Uint8Array; pages: number }> {
  const blocks = bodyBlocks(b.body, { edition: editionOn(b.publishDate), names });
  for (const size of BODY_SIZES) {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const regular = await doc.embedFont(StandardFonts.Helvetica);
    const fonts: Fonts = {
      regular,
      bold: await doc.embedFont(StandardFonts.HelveticaBold),
      italic: await doc.embedFont(StandardFonts.HelveticaOblique),
      boldItalic: await doc.embedFont(StandardFonts.HelveticaBoldOblique),
      charset: new Set(regular.getCharacterSet()),
    };
    const enc = (s: string) => winAnsi(s, fonts.charset);

    // Front matter of the first page: label, title, summary, dates and partners.
    const layout = new Layout(fonts, size, PAGE_H - MARGIN_TOP);
    const label = enc('Inspectie van het Onderwijs · Kennisplatform · Brochure');
    layout.page.push((page) => {
      page.drawRectangle({ x: 0, y: PAGE_H - 10, width: PAGE_W, height: 10, color: BLUE });
      page.drawText(label, { x: MARGIN_X, y: PAGE_H - MARGIN_TOP + 18, size: 9, font: regular, color: MUTED });
    });
    layout.y -= 14;
    layout.lines(wrap([{ text: b.title, bold: true }], fonts, 22, CONTENT_W), { x: MARGIN_X, size: 22, leading: 27, color: BLUE });
    layout.y -= 8;
    layout.lines(wrap([{ text: b.summary }], fonts, size + 2, CONTENT_W), { x: MARGIN_X, size: size + 2, leading: (size + 2) * 1.38, color: TEXT });
    layout.y -= 8;
    const meta = [
      `Gepubliceerd: ${formatDate(b.publishDate)}`,
      ...(b.updatedDate ? [`Bijgewerkt: ${formatDate(b.updatedDate)}`] : []),
    ].join('   ·   ');
    layout.lines(wrap([{ text: meta }], fonts, size - 1, CONTENT_W), { x: MARGIN_X, size: size - 1, leading: (size - 1) * 1.4, color: MUTED });
    if (b.madeWith.length) {
      layout.lines(wrap([{ text: `${t('brochure.madeWith')}: `, bold: true }, { text: listInWords(b.madeWith) }], fonts, size - 1, CONTENT_W), {
        x: MARGIN_X,
        size: size - 1,
        leading: (size - 1) * 1.4,
        color: MUTED,
      });
    }
    layout.y -= 6;
    const ruleY = layout.y;
    layout.page.push((page) => page.drawLine({ start: { x: MARGIN_X, y: ruleY }, end: { x: PAGE_W - MARGIN_X, y: ruleY }, thickness: 0.8, color: BLUE }));
    layout.y -= 6;

    for (const block of blocks) {
      if (block.kind === 'heading') layout.heading(block.text, block.level);
      else if (block.kind === 'paragraph') layout.paragraph(block.runs);
      else if (block.kind === 'item') layout.item(block.marker, block.runs);
      else layout.box(block);
    }
    // The site's own address as the build uses it (KP_SITE), else the neutral example address: never a borrowed host.
    const online = `${siteAddress(process.env).url}${entryPath('brochures', b.id)}`;
    layout.y -= 6;
    layout.paragraph([{ text: 'Deze brochure staat ook online, met links naar reflectiewijzers en goede voorbeelden: ', italic: true }, { text: online, italic: true }]);

    if (layout.pages.length > MAX_PAGES) continue;

    const total = layout.pages.length;
    const footerTitle = enc(b.title);
    layout.pages.forEach((ops, i) => {
      const page = doc.addPage([PAGE_W, PAGE_H]);
      for (const op of ops) op(page);
      const pageLabel = `Pagina ${i + 1} van ${total}`;
      const w = regular.widthOfTextAtSize(pageLabel, 8.5);
      let title = footerTitle;
      while (title.length > 10 && regular.widthOfTextAtSize(title, 8.5) > CONTENT_W - w - 20) title = `${title.slice(0, -2).trimEnd()}…`;
      page.drawLine({ start: { x: MARGIN_X, y: MARGIN_BOTTOM - 26 }, end: { x: PAGE_W - MARGIN_X, y: MARGIN_BOTTOM - 26 }, thickness: 0.5, color: MUTED });
      page.drawText(title, { x: MARGIN_X, y: MARGIN_BOTTOM - 40, size: 8.5, font: regular, color: MUTED });
      page.drawText(pageLabel, { x: PAGE_W - MARGIN_X - w, y: MARGIN_BOTTOM - 40, size: 8.5, font: regular, color: MUTED });
    });

    doc.setTitle(enc(b.title), { showInWindowTitleBar: true });
    doc.setSubject(enc(b.summary));
    doc.setAuthor('Inspectie van het Onderwijs');
    doc.setLanguage('nl-NL');
    doc.setCreator('Kennisplatform, scripts/brochures/pdf.ts');
    doc.setProducer('pdf-lib');
    doc.setCreationDate(noon(b.publishDate));
    doc.setModificationDate(noon(b.updatedDate ?? b.publishDate));
    return { bytes: await doc.save({ useObjectStreams: false }), pages: total };
  }
  throw new Error(`${b.id}: de tekst past niet op ${MAX_PAGES} pagina's, ook niet met een kleinere letter. Maak de brochure korter.`);
}

/** Sets pdf.file, pdf.bytes and pdf.pages; a new `pdf` goes after madeWith (or before lastChecked). */
function updateFrontmatter(file: string, value: { file: string; bytes: number; pages: number }): boolean {
  const fm = readFrontmatter(file);
  const doc: Document = fm.doc;
  if (isMap(doc.getIn(['pdf'], true))) {
    for (const [k, v] of Object.entries(value)) setIn(doc, ['pdf', k], v);
  } else {
    const map = doc.contents;
    if (!isMap(map)) throw new Error(`${file}: frontmatter is geen lijst van velden`);
    const keyIs = (item: (typeof map.items)[number], name: string) => isScalar(item.key) && item.key.value === name;
    map.items = map.items.filter((item) => !keyIs(item, 'pdf'));
    const after = map.items.findIndex((item) => keyIs(item, 'madeWith'));
    const before = map.items.findIndex((item) => keyIs(item, 'lastChecked'));
    const at = after >= 0 ? after + 1 : before >= 0 ? before : map.items.length;
    map.items.splice(at, 0, doc.createPair('pdf', value) as (typeof map.items)[number]);
  }
  return fm.save();
}

// ---------------------------------------------------------------- main

const wanted = process.argv.slice(2).map((a) => a.replace(/\.mdx?$/, '').toLowerCase());
const files = globSync('*.{md,mdx}', { cwd: BROCHURES })
  .filter((f) => !f.startsWith('_'))
  .sort()
  .map((f) => join(BROCHURES, f));
const chosen = wanted.length ? files.filter((f) => wanted.includes(basename(f).replace(/\.mdx?$/, '').toLowerCase())) : files;
const missing = wanted.filter((w) => !chosen.some((f) => basename(f).replace(/\.mdx?$/, '').toLowerCase() === w));
if (missing.length) {
  console.error(`Onbekende brochure(s): ${missing.join(', ')}. Bestaande: ${files.map((f) => basename(f).replace(/\.mdx?$/, '')).join(', ')}`);
  process.exit(1);
}

const names: StandardNames = new Map();
mkdirSync(publicPath('/media/brochures'), { recursive: true });
for (const file of chosen) {
  const b = readBrochure(file);
  const sitePath = `/media/brochures/${b.id}.pdf`;
  const { bytes, pages } = await renderPdf(b, names);
  const wrote = writeIfChanged(publicPath(sitePath), bytes);
  const size = statSync(publicPath(sitePath)).size;
  const edited = updateFrontmatter(file, { file: sitePath, bytes: size, pages });
  const what = [wrote ? 'pdf geschreven' : 'pdf ongewijzigd', edited ? 'frontmatter bijgewerkt' : 'frontmatter klopt al'].join(', ');
  console.log(`${b.id}: ${pages} pagina('s), ${size} bytes (${what})`);
}
