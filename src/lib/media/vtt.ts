/**
 * A small WebVTT reader/writer for transcripts and captions. Podcast and webinar pages render
 * transcripts from the same .vtt files the players use as captions, so there is one source.
 * Pure functions, no dependencies: used by the build, by scripts/media/ and by the tests.
 */
export interface VttCue {
  start: number;
  end: number;
  /** From a <v Speaker> voice tag. */
  speaker?: string;
  /** Cue text with tags removed and entities decoded; lines joined with a space. */
  text: string;
  /** 1-based line of the cue's timing line. */
  line: number;
}

export interface VttError {
  /** 1-based line in the file. */
  line: number;
  /** Dutch, written for an editor. */
  message: string;
}

export interface VttResult {
  cues: VttCue[];
  errors: VttError[];
}

/** A cue as a writer needs it: no line number. */
export type VttCueInput = Omit<VttCue, 'line'>;

const TIME = /^(?:(\d{2,}):)?(\d{2}):(\d{2})\.(\d{3})$/;
const TIMING = /^(\S+)\s+-->\s+(\S+)(?:\s+.*)?$/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f', quot: '"', apos: "'" };

/** "01:02:03.450" or "02:03.450" → seconds; NaN when the value is not a valid WebVTT time. */
export function parseVttTime(value: string): number {
  const m = TIME.exec(value.trim());
  if (!m) return Number.NaN;
  const [, h, mi, s, ms] = m;
  if (Number(mi) > 59 || Number(s) > 59) return Number.NaN;
  return Number(h ?? 0) * 3600 + Number(mi) * 60 + Number(s) + Number(ms) / 1000;
}

/** Seconds → "hh:mm:ss.ttt" (always with hours, as most tools write it). */
export function formatVttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const rest = ms % 1000;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(rest).padStart(3, '0')}`;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      // Beyond U+10FFFF (or a surrogate) is no character: show the text as written instead of crashing.
      return code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Parses WebVTT; problems come back as Dutch messages with line numbers instead of exceptions. */
export function parseVtt(text: string): VttResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const errors: VttError[] = [];
  const cues: VttCue[] = [];
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    errors.push({ line: 1, message: 'een WebVTT-bestand moet beginnen met de regel WEBVTT' });
    return { cues, errors };
  }
  // The header block (WEBVTT plus optional lines such as "Kind: captions") ends at the first blank line.
  let i = 1;
  while (i < lines.length && lines[i]!.trim() !== '') {
    if (lines[i]!.includes('-->')) {
      errors.push({ line: i + 1, message: 'na de regel WEBVTT hoort een lege regel vóór het eerste tekstblok' });
      break;
    }
    i++;
  }
  while (i < lines.length) {
    const line = lines[i]!.trim();
    if (line === '') {
      i++;
      continue;
    }
    if (/^(NOTE|STYLE|REGION)(?:\s|$)/.test(line)) {
      // Skip whole NOTE/STYLE/REGION blocks.
      while (i < lines.length && lines[i]!.trim() !== '') i++;
      continue;
    }
    // An optional cue identifier precedes the timing line; a line that starts with a time is a
    // (possibly broken) timing line, not an identifier, so the error points at the right line.
    const timingLine = line.includes('-->') || /^\d+:\d/.test(line) ? i : i + 1;
    const timing = (lines[timingLine] ?? '').trim();
    const m = TIMING.exec(timing);
    const start = m ? parseVttTime(m[1]!) : Number.NaN;
    const end = m ? parseVttTime(m[2]!) : Number.NaN;
    if (!m || Number.isNaN(start) || Number.isNaN(end)) {
      errors.push({ line: timingLine + 1, message: `ongeldige tijdregel "${timing}" (verwacht: 00:00:01.000 --> 00:00:04.000)` });
      while (i < lines.length && lines[i]!.trim() !== '') i++;
      continue;
    }
    const textLines: string[] = [];
    i = timingLine + 1;
    while (i < lines.length && lines[i]!.trim() !== '') textLines.push(lines[i++]!.trim());
    const raw = textLines.join(' ');
    const voice = /^<v(?:\.[^\s>]+)*\s+([^>]+)>/.exec(raw);
    const cueText = decodeEntities(raw.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
    const where = timingLine + 1;
    if (end <= start) errors.push({ line: where, message: `eindtijd ligt niet na begintijd (${m[1]} --> ${m[2]})` });
    const prev = cues.at(-1);
    if (prev && start < prev.start) errors.push({ line: where, message: `begintijd ${m[1]} ligt vóór die van de vorige tekst (regel ${prev.line})` });
    if (!cueText) errors.push({ line: where, message: 'tekstblok zonder tekst' });
    cues.push({ start, end, text: cueText, line: where, ...(voice ? { speaker: decodeEntities(voice[1]!).trim() } : {}) });
  }
  if (cues.length === 0 && errors.length === 0) errors.push({ line: 1, message: 'het bestand bevat geen tekstblokken' });
  return { cues, errors };
}

/** Only the problems: an empty list means the file is valid WebVTT for this site. */
export function validateVtt(text: string): VttError[] {
  return parseVtt(text).errors;
}

/** Problems in a cue list before it is written (same rules and messages as the reader; "line" is the cue number). */
export function validateCues(cues: readonly VttCueInput[]): VttError[] {
  const errors: VttError[] = [];
  cues.forEach((c, i) => {
    const n = i + 1;
    if (!Number.isFinite(c.start) || !Number.isFinite(c.end) || c.start < 0) errors.push({ line: n, message: `tekstblok ${n}: ongeldige tijd` });
    else if (c.end <= c.start) errors.push({ line: n, message: `tekstblok ${n}: eindtijd ligt niet na begintijd` });
    const prev = cues[i - 1];
    if (prev && c.start < prev.start) errors.push({ line: n, message: `tekstblok ${n}: begintijd ligt vóór die van de vorige tekst` });
    if (!c.text.trim()) errors.push({ line: n, message: `tekstblok ${n}: tekstblok zonder tekst` });
  });
  return errors;
}

/** Writes cues back as WebVTT with voice tags; text is escaped so it reads back unchanged. */
export function cuesToVtt(cues: readonly VttCueInput[]): string {
  const blocks = cues.map(
    (c) => `${formatVttTime(c.start)} --> ${formatVttTime(c.end)}\n${c.speaker ? `<v ${escapeText(c.speaker)}>` : ''}${escapeText(c.text)}`,
  );
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}
