/**
 * A small WebVTT reader/writer for transcripts and captions. Podcast and webinar pages render
 * transcripts from the same .vtt files the players use as captions, so there is one source.
 */
export interface VttCue {
  start: number;
  end: number;
  /** From a <v Speaker> voice tag. */
  speaker?: string;
  text: string;
  /** 1-based line of the cue's timing line. */
  line: number;
}

export interface VttResult {
  cues: VttCue[];
  errors: { line: number; message: string }[];
}

const TIMING = /^((?:\d{2,}:)?\d{2}:\d{2}\.\d{3})\s+-->\s+((?:\d{2,}:)?\d{2}:\d{2}\.\d{3})(?:\s+.*)?$/;

export function parseVttTime(value: string): number {
  const parts = value.split(':').map(Number);
  const [h, m, s] = parts.length === 3 ? parts : [0, ...parts];
  return h! * 3600 + m! * 60 + s!;
}

export function formatVttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const rest = ms % 1000;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(rest).padStart(3, '0')}`;
}

/** Parses WebVTT; problems come back as Dutch messages with line numbers instead of exceptions. */
export function parseVtt(text: string): VttResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const errors: VttResult['errors'] = [];
  const cues: VttCue[] = [];
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    errors.push({ line: 1, message: 'een WebVTT-bestand moet beginnen met de regel WEBVTT' });
    return { cues, errors };
  }
  let i = 1;
  while (i < lines.length) {
    const line = lines[i]!.trim();
    if (line === '' || /^(NOTE|STYLE|REGION)\b/.test(line)) {
      // Skip blank lines and whole NOTE/STYLE/REGION blocks.
      if (line !== '') while (i < lines.length && lines[i]!.trim() !== '') i++;
      i++;
      continue;
    }
    let timingLine = i;
    if (!line.includes('-->')) timingLine = i + 1; // optional cue identifier
    const m = TIMING.exec((lines[timingLine] ?? '').trim());
    if (!m) {
      errors.push({ line: timingLine + 1, message: `ongeldige tijdregel "${(lines[timingLine] ?? '').trim()}" (verwacht: 00:00:01.000 --> 00:00:04.000)` });
      while (i < lines.length && lines[i]!.trim() !== '') i++;
      continue;
    }
    const start = parseVttTime(m[1]!);
    const end = parseVttTime(m[2]!);
    const textLines: string[] = [];
    i = timingLine + 1;
    while (i < lines.length && lines[i]!.trim() !== '') textLines.push(lines[i++]!.trim());
    const raw = textLines.join(' ');
    const voice = /^<v(?:\.[^\s>]+)*\s+([^>]+)>/.exec(raw);
    const cueText = raw.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
    if (end <= start) errors.push({ line: timingLine + 1, message: `eindtijd ligt niet na begintijd (${m[1]} --> ${m[2]})` });
    const prev = cues.at(-1);
    if (prev && start < prev.start) errors.push({ line: timingLine + 1, message: `begintijd ${m[1]} ligt vóór die van de vorige tekst` });
    if (!cueText) errors.push({ line: timingLine + 1, message: 'tekstblok zonder tekst' });
    cues.push({ start, end, text: cueText, line: timingLine + 1, ...(voice ? { speaker: voice[1]!.trim() } : {}) });
  }
  if (cues.length === 0 && errors.length === 0) errors.push({ line: 1, message: 'het bestand bevat geen tekstblokken' });
  return { cues, errors };
}

/** Writes cues back as WebVTT with voice tags. */
export function cuesToVtt(cues: readonly Omit<VttCue, 'line'>[]): string {
  const blocks = cues.map((c) => `${formatVttTime(c.start)} --> ${formatVttTime(c.end)}\n${c.speaker ? `<v ${c.speaker}>` : ''}${c.text}`);
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}
