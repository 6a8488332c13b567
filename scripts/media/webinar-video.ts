/**
 * Generates the recording of each past webinar that has slides in webinar-slides.ts:
 *
 *   node scripts/media/webinar-video.ts            (every webinar with a `recording`)
 *   node scripts/media/webinar-video.ts <slug> ... (only these webinars)
 *
 * For each webinar it
 * - speaks the captions file (frontmatter `recording.captions`) with espeak-ng, one voice per
 *   speaker, and rewrites the captions' timings to match the speech;
 * - renders the slides as plain title cards (ffmpeg color source + drawtext, 640x360 at 1 frame
 *   per second) and muxes them with the narration into H.264 + AAC (`recording.video`);
 * - writes the first slide as a JPEG poster (`recording.poster`);
 * - writes the slides as a PDF with pdf-lib (`slides.file`);
 * - updates `recording.bytes`, `recording.durationSeconds`, `slides.bytes` and `slides.pages`.
 * The output is byte-identical when nothing changed.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import type { VttCueInput } from '../../src/lib/media/vtt.ts';
import { plural } from '../../src/i18n/t.ts';
import { entryFiles, BITEXACT, ROOT, SAMPLE_RATE, narrate, publicPath, readCues, readFrontmatter, requireTools, run, setIn, writeIfChanged } from './lib.ts';
import { WEBINAR_SLIDES, type Slide } from './webinar-slides.ts';

const WIDTH = 640;
const HEIGHT = 360;
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FONT = `${FONT_DIR}/DejaVuSans.ttf`;
const FONT_BOLD = `${FONT_DIR}/DejaVuSans-Bold.ttf`;
/** Colours: dark blue background, white text, a yellow accent line. */
const BACKGROUND = { hex: '0x154273', rgb: rgb(0x15 / 255, 0x42 / 255, 0x73 / 255) };
const ACCENT = { hex: '0xF9E11E', rgb: rgb(0xf9 / 255, 0xe1 / 255, 0x1e / 255) };
const MUTED = { hex: '0xC8D6E8', rgb: rgb(0xc8 / 255, 0xd6 / 255, 0xe8 / 255) };
const MAX_VIDEO_BYTES = 1_500_000;
const MAX_POSTER_BYTES = 60_000;
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

interface WebinarData {
  title: string;
  start: string;
  recording?: { video: string; captions: string; poster?: string };
  slides?: { file: string };
}

/** "2025-11-20 15:30" → "20 november 2025". */
function dutchDate(start: string): string {
  const [y, m, d] = start.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** Greedy word wrap by character count (the video fonts are measured roughly; the PDF measures exactly). */
function wrapChars(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function wrapWidth(text: string, font: PDFFont, size: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Index of the cue where each slide starts (first slide: cue 0). */
function slideCues(slides: Slide[], cues: readonly VttCueInput[], slug: string): number[] {
  return slides.map((s, i) => {
    if (i === 0) return 0;
    const at = s.at?.trim();
    const idx = at ? cues.findIndex((c) => c.text.startsWith(at)) : -1;
    if (idx < 0) throw new Error(`${slug}: dia ${i + 1} "${s.title}": geen ondertitel die begint met "${s.at ?? ''}"`);
    return idx;
  });
}

// ---------------------------------------------------------------- video

/** ffmpeg filter chain that draws every slide during its own time span. */
function slideFilters(slides: Slide[], starts: number[], end: number, footer: string, dir: string): string {
  const file = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const text = (opts: Record<string, string | number>) =>
    `drawtext=${Object.entries({ expansion: 'none', ...opts })
      .map(([k, v]) => `${k}=${v}`)
      .join(':')}`;
  const filters = [
    `drawbox=x=0:y=0:w=${WIDTH}:h=6:color=${ACCENT.hex}:t=fill`,
    text({ fontfile: FONT, textfile: file('label.txt', 'Inspectie van het Onderwijs · Webinar'), fontsize: 15, fontcolor: MUTED.hex, x: 40, y: 26 }),
    text({ fontfile: FONT, textfile: file('footer.txt', footer), fontsize: 13, fontcolor: MUTED.hex, x: 40, y: HEIGHT - 36 }),
  ];
  slides.forEach((slide, i) => {
    const from = starts[i]!;
    const to = starts[i + 1] ?? end + 1;
    const enable = `'between(t,${from},${to - 0.001})'`;
    const titleLines = wrapChars(slide.title, 30);
    const titleY = i === 0 ? 100 : 70;
    filters.push(text({ fontfile: FONT_BOLD, textfile: file(`s${i}-title.txt`, titleLines.join('\n')), fontsize: 30, line_spacing: 8, fontcolor: 'white', x: 40, y: titleY, enable }));
    const body = (slide.lines ?? []).flatMap((l) => (i === 0 ? wrapChars(l, 46) : wrapChars(l, 42).map((w, j) => (j === 0 ? `•  ${w}` : `    ${w}`))));
    if (body.length) {
      const bodyY = titleY + titleLines.length * 38 + 26;
      filters.push(text({ fontfile: FONT, textfile: file(`s${i}-body.txt`, body.join('\n')), fontsize: 20, line_spacing: 10, fontcolor: 'white', x: 40, y: bodyY, enable }));
    }
    if (i > 0) {
      filters.push(text({ fontfile: FONT, textfile: file(`s${i}-page.txt`, `${i + 1} / ${slides.length}`), fontsize: 13, fontcolor: MUTED.hex, x: `w-tw-40`, y: HEIGHT - 36, enable }));
    }
  });
  return filters.join(',');
}

function renderVideo(out: string, poster: string | undefined, wav: string, duration: number, filters: string) {
  const color = (d: number) => `color=c=${BACKGROUND.hex}:s=${WIDTH}x${HEIGHT}:r=1:d=${d}`;
  run('ffmpeg', [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', color(Math.ceil(duration)),
    '-i', wav,
    '-filter_complex', `[0:v]${filters},format=yuv420p[v]`,
    '-map', '[v]', '-map', '1:a',
    '-t', String(duration),
    '-c:v', 'libx264', '-preset', 'veryslow', '-tune', 'stillimage', '-crf', '30', '-g', '10', '-threads', '1',
    '-c:a', 'aac', '-b:a', '48k', '-ac', '1', '-ar', String(SAMPLE_RATE),
    '-movflags', '+faststart',
    ...BITEXACT,
    out,
  ]);
  if (poster) {
    run('ffmpeg', [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-f', 'lavfi', '-i', color(1),
      '-filter_complex', `[0:v]${filters},format=yuvj420p[v]`,
      '-map', '[v]', '-frames:v', '1', '-q:v', '4',
      ...BITEXACT,
      poster,
    ]);
  }
}

// ---------------------------------------------------------------- PDF

async function slidesPdf(slides: Slide[], title: string, footer: string, start: string): Promise<Uint8Array> {
  const W = 960;
  const H = 540;
  const M = 60;
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const date = new Date(`${start.slice(0, 10)}T12:00:00Z`);
  doc.setTitle(`Dia's: ${title}`, { showInWindowTitleBar: true });
  doc.setAuthor('Inspectie van het Onderwijs');
  doc.setSubject(footer);
  doc.setLanguage('nl-NL');
  doc.setCreator('Kennisplatform, scripts/media/webinar-video.ts');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  slides.forEach((slide, i) => {
    const page = doc.addPage([W, H]);
    page.drawRectangle({ x: 0, y: 0, width: W, height: H, color: BACKGROUND.rgb });
    page.drawRectangle({ x: 0, y: H - 9, width: W, height: 9, color: ACCENT.rgb });
    page.drawText('Inspectie van het Onderwijs · Webinar', { x: M, y: H - 50, size: 20, font: regular, color: MUTED.rgb });
    page.drawText(footer, { x: M, y: 36, size: 16, font: regular, color: MUTED.rgb });
    const pageLabel = `${i + 1} / ${slides.length}`;
    page.drawText(pageLabel, { x: W - M - regular.widthOfTextAtSize(pageLabel, 16), y: 36, size: 16, font: regular, color: MUTED.rgb });
    let y = H - (i === 0 ? 170 : 125);
    for (const line of wrapWidth(slide.title, bold, 44, W - 2 * M)) {
      page.drawText(line, { x: M, y, size: 44, font: bold, color: rgb(1, 1, 1) });
      y -= 54;
    }
    y -= 20;
    for (const item of slide.lines ?? []) {
      const lines = wrapWidth(item, regular, 28, W - 2 * M - 30);
      lines.forEach((line, j) => {
        if (i > 0 && j === 0) page.drawText('•', { x: M, y, size: 28, font: regular, color: ACCENT.rgb });
        page.drawText(line, { x: i > 0 ? M + 30 : M, y, size: 28, font: regular, color: rgb(1, 1, 1) });
        y -= 38;
      });
      y -= 8;
    }
  });
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------- main

function webinarFiles(slugs: string[]): string[] {
  return entryFiles('webinars', slugs, 'Niet gevonden bij de webinars');
}

async function buildWebinar(rel: string, explicit: boolean) {
  const slug = basename(rel).replace(/\.mdx?$/, '');
  const fm = readFrontmatter(join(ROOT, rel));
  const d = fm.data as WebinarData;
  if (!d.recording) {
    if (explicit) console.log(`${rel}: geen recording in de frontmatter; overgeslagen`);
    return;
  }
  const slides = WEBINAR_SLIDES[slug];
  if (!slides?.length) throw new Error(`${rel}: geen dia's voor "${slug}" in scripts/media/webinar-slides.ts`);
  const cues = readCues(publicPath(d.recording.captions));
  const anchors = slideCues(slides, cues, slug);
  const footer = `${d.title} · ${dutchDate(d.start)}`;

  const { video, captions } = d.recording;
  const poster = d.recording.poster ? publicPath(d.recording.poster) : undefined;
  const spoken = await narrate({ captions, cues, anchors, file: video, maxBytes: MAX_VIDEO_BYTES }, (wav, timeline, dir) => {
    const starts = anchors.map((i) => timeline.cues[i]!.start);
    renderVideo(publicPath(video), poster, wav, timeline.duration, slideFilters(slides, starts, timeline.duration, footer, dir));
  });
  if (poster && statSync(poster).size > MAX_POSTER_BYTES) console.warn(`  let op: ${d.recording.poster} is groter dan ${MAX_POSTER_BYTES} bytes`);
  setIn(fm.doc, ['recording', 'bytes'], spoken.bytes);
  setIn(fm.doc, ['recording', 'durationSeconds'], spoken.duration);

  let pdfInfo = '';
  if (d.slides) {
    const pdfFile = publicPath(d.slides.file);
    const pdf = await slidesPdf(slides, d.title, footer, d.start);
    writeIfChanged(pdfFile, pdf);
    if (!existsSync(pdfFile)) throw new Error(`${pdfFile} niet geschreven`);
    setIn(fm.doc, ['slides', 'bytes'], statSync(pdfFile).size);
    setIn(fm.doc, ['slides', 'pages'], slides.length);
    pdfInfo = `; ${d.slides.file} ${statSync(pdfFile).size} bytes, ${plural('count.pages', slides.length)}`;
  }
  const fmChanged = fm.save();
  console.log(
    `${rel}: ${video} ${spoken.bytes} bytes, ${spoken.duration} s${pdfInfo}` +
      (spoken.captionsChanged ? `; ${captions} bijgewerkt` : '') +
      (fmChanged ? '; frontmatter bijgewerkt' : ''),
  );
}

requireTools('espeak-ng', 'ffmpeg', 'ffprobe');
if (!existsSync(FONT) || !existsSync(FONT_BOLD)) throw new Error(`lettertype ontbreekt in ${FONT_DIR}: apt-get install -y fonts-dejavu-core`);
const args = process.argv.slice(2);
for (const rel of webinarFiles(args)) await buildWebinar(rel, args.length > 0);
