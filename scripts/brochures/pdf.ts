/**
 * Brochure PDFs: renders every brochure in content/brochures/ (or the ids given) as a plain A4
 * PDF with pdf-lib, for the "download als PDF" link on the brochure page.
 *
 *   node scripts/brochures/pdf.ts                          # every brochure
 *   node scripts/brochures/pdf.ts leskwaliteit-in-beeld     # one or more ids
 *
 * Per brochure:
 * - reads the title, summary, dates, madeWith and the body as the site does (brochure.ts: the
 *   content loader, the schemas, the body parser of src/lib/body);
 * - turns the body into simple blocks (src/lib/body/blocks.ts): headings, paragraphs with bold
 *   and italics, list items, and <Callout>, <ZoDoenWijHet> and <Quote> as shaded boxes;
 *   <Standaard code="OP0" /> becomes "OP0 Basisvaardigheden", named from the edition in force on
 *   the publish date; links keep their text;
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
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { isMap, isScalar, type Document } from 'yaml';
import { formatDate, listInWords } from '../../src/core/format.ts';
import { siteAddress } from '../../src/lib/site/site-address.ts';
import type { BoxBlock, BoxVariant, Run } from '../../src/lib/body/blocks.ts';
import { entryPath } from '../../src/lib/site/routes.ts';
import { plural, t } from '../../src/i18n/t.ts';
import { ROOT, publicPath, readFrontmatter, setIn, writeIfChanged } from '../media/lib.ts';
import { loadBrochures, type Brochure } from './brochure.ts';

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
const ACCENT: Record<BoxVariant, ReturnType<typeof rgb>> = { info: BLUE, warn: rgb(0xe1 / 255, 0x70 / 255, 0), ok: rgb(0x39 / 255, 0x87 / 255, 0x0c / 255), quote: rgb(1, 0xb6 / 255, 0x12 / 255) };

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
  box(b: BoxBlock) {
    const pad = 10;
    const innerX = MARGIN_X + 6 + pad;
    const innerW = CONTENT_W - 6 - 2 * pad;
    const titleLines = b.title ? wrap([{ text: b.title, bold: true }], this.fonts, this.size, innerW) : [];
    const body = b.blocks.map((c) =>
      c.kind === 'item'
        ? { marker: c.marker, lines: wrap(c.runs, this.fonts, this.size, innerW - (c.marker === '•' ? 13 : 17)) }
        : { marker: undefined, lines: wrap(c.kind === 'paragraph' ? c.runs : [{ text: c.text, bold: true }], this.fonts, this.size, innerW) },
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

/** Noon UTC on the given day, so the date is the same in every time zone. */
function noon(d: Date): Date {
  return new Date(`${d.toISOString().slice(0, 10)}T12:00:00Z`);
}

async function renderPdf(b: Brochure): Promise<{ bytes: Uint8Array; pages: number }> {
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

    for (const block of b.blocks) {
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

// Editors get one Dutch line (unknown id, a field to fix, a brochure too long), not a stack trace.
try {
  const brochures = loadBrochures(ROOT, process.argv.slice(2));
  mkdirSync(publicPath('/media/brochures'), { recursive: true });
  for (const b of brochures) {
    const sitePath = `/media/brochures/${b.id}.pdf`;
    const { bytes, pages } = await renderPdf(b);
    const wrote = writeIfChanged(publicPath(sitePath), bytes);
    const size = statSync(publicPath(sitePath)).size;
    const edited = updateFrontmatter(join(ROOT, b.file), { file: sitePath, bytes: size, pages });
    const what = [wrote ? 'pdf geschreven' : 'pdf ongewijzigd', edited ? 'frontmatter bijgewerkt' : 'frontmatter klopt al'].join(', ');
    console.log(`${b.id}: ${plural('count.pages', pages)}, ${size} bytes (${what})`);
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
}
