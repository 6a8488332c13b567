/**
 * Shared helpers for the media scripts (podcast-audio.ts, webinar-video.ts): running espeak-ng
 * and ffmpeg, placing spoken cues on a timeline (narrate: the steps both scripts take), and
 * rewriting frontmatter fields in place.
 * Dev-time only: the generated files are committed, CI never runs this.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, isScalar, type Document } from 'yaml';
import { cuesToVtt, parseVtt, validateCues, type VttCueInput } from '../../src/lib/media/vtt.ts';
import { timestampToSeconds } from '../../src/core/duration.ts';
import { collectionFiles, entryId } from '../../src/lib/content/loader.ts';
import { splitFrontmatter } from '../../src/lib/content/source.ts';
import type { CollectionName } from '../../src/schemas/reference.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Content files of a collection (relative to ROOT), found with the loader the checker and the build
 * use (same patterns, `_` files ignored, same ids); only the ones named when ids are given.
 */
export function entryFiles(collection: CollectionName, ids: readonly string[], unknown: string): string[] {
  const all = collectionFiles(join(ROOT, 'content'), collection).map((rel) => ({ id: entryId(rel), file: `content/${collection}/${rel}` }));
  return pickEntries(all, ids, unknown).map((e) => e.file);
}

/** The entries named on the command line (a file name works too), or all when none are named. */
export function pickEntries<E extends { id: string }>(all: readonly E[], ids: readonly string[], unknown: string): E[] {
  if (!ids.length) return [...all];
  const wanted = ids.map((id) => id.replace(/\.mdx?$/, '').toLowerCase());
  const missing = wanted.filter((id) => !all.some((e) => e.id === id));
  if (missing.length) throw new Error(`${unknown}: ${missing.join(', ')}. Bestaande: ${all.map((e) => e.id).join(', ')}`);
  return all.filter((e) => wanted.includes(e.id));
}
export const SAMPLE_RATE = 22050;

/** Pause between two cues, and silence after the last one (seconds). */
const GAP = 0.4;
const TAIL = 1.2;

/** Flags that keep ffmpeg output byte-identical between runs (no dates, no version strings). */
export const BITEXACT = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags', '+bitexact'];

export function run(cmd: string, args: string[], input?: string): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`${cmd} kon niet starten (${r.error.message}). Zie scripts/media/README.md voor de benodigde pakketten.`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}\n${r.stderr}`);
  return r.stdout;
}

export function requireTools(...tools: string[]) {
  for (const t of tools) {
    const r = spawnSync(t, ['--version'], { encoding: 'utf8' });
    if (r.error) throw new Error(`${t} ontbreekt. Installeer: apt-get install -y espeak-ng ffmpeg fonts-dejavu-core`);
  }
}

export function tempDir(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kp-media-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Path on disk of a site path such as /media/podcasts/x.mp3. */
export function publicPath(sitePath: string): string {
  return join(ROOT, 'public', sitePath);
}

/** Duration in seconds from ffprobe, rounded to 0.1 s as the frontmatter stores it. */
export function probeDuration(file: string): number {
  const out = run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=noprint_wrappers=1:nokey=1', file]);
  return Math.round(Number(out.trim()) * 10) / 10;
}

// ---------------------------------------------------------------- voices

export interface Voice {
  /** espeak-ng voice: Dutch ("nl") plus a variant, e.g. "nl+f3". */
  voice: string;
  pitch: number;
  speed: number;
}

/** Fixed voices for the fictional people in the sample content, so each keeps one voice across episodes. */
const NAMED_VOICES: Record<string, Voice> = {
  'Sanne Verhoef': { voice: 'nl+f3', pitch: 58, speed: 165 },
  'Ruben Kalkman': { voice: 'nl+m3', pitch: 42, speed: 160 },
  'Fatima El Amrani': { voice: 'nl+f2', pitch: 66, speed: 165 },
  'Joost van der Meulen': { voice: 'nl+m1', pitch: 34, speed: 155 },
  'Marleen Bosch': { voice: 'nl+f4', pitch: 52, speed: 160 },
  'Dennis Oosterhuis': { voice: 'nl+m7', pitch: 46, speed: 165 },
  'Hanneke Smit': { voice: 'nl+f1', pitch: 62, speed: 160 },
  'Youssef Bakkali': { voice: 'nl+m2', pitch: 38, speed: 160 },
  'Ingrid Schouten': { voice: 'nl+f5', pitch: 55, speed: 160 },
  'Bram Hoekstra': { voice: 'nl+m4', pitch: 40, speed: 160 },
  'Lotte Vermeer': { voice: 'nl+f2', pitch: 60, speed: 168 },
  'Kees Dijkman': { voice: 'nl+m6', pitch: 36, speed: 155 },
  'Esther Wolters': { voice: 'nl+f4', pitch: 58, speed: 165 },
  'Olivier Janssen': { voice: 'nl+m3', pitch: 48, speed: 162 },
  'Priya Ramdin': { voice: 'nl+f1', pitch: 64, speed: 165 },
};

/** For speakers not listed above: a rotation of clearly different voices, in order of appearance. */
const FALLBACK_VOICES: Voice[] = [
  { voice: 'nl+f3', pitch: 56, speed: 165 },
  { voice: 'nl+m3', pitch: 40, speed: 160 },
  { voice: 'nl+f5', pitch: 66, speed: 162 },
  { voice: 'nl+m1', pitch: 32, speed: 158 },
  { voice: 'nl+f2', pitch: 48, speed: 165 },
  { voice: 'nl+m7', pitch: 50, speed: 165 },
];

export function voiceAssigner(): (speaker: string | undefined) => Voice {
  const seen = new Map<string, Voice>();
  return (speaker = '(geen spreker)') => {
    let v = seen.get(speaker) ?? NAMED_VOICES[speaker];
    if (!v) v = FALLBACK_VOICES[[...seen.keys()].filter((k) => !NAMED_VOICES[k]).length % FALLBACK_VOICES.length]!;
    seen.set(speaker, v);
    return v;
  };
}

// ---------------------------------------------------------------- speech

/** 16-bit mono PCM samples of a WAV file (espeak-ng writes 22.05 kHz mono). */
export function readWavPcm(file: string): Int16Array {
  const buf = readFileSync(file);
  if (buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE') throw new Error(`${file}: geen WAV-bestand`);
  let pos = 12;
  let format: { channels: number; rate: number; bits: number } | undefined;
  while (pos + 8 <= buf.length) {
    const id = buf.toString('ascii', pos, pos + 4);
    let size = buf.readUInt32LE(pos + 4);
    if (id === 'fmt ') format = { channels: buf.readUInt16LE(pos + 10), rate: buf.readUInt32LE(pos + 12), bits: buf.readUInt16LE(pos + 22) };
    if (id === 'data') {
      if (!format || format.channels !== 1 || format.rate !== SAMPLE_RATE || format.bits !== 16) {
        throw new Error(`${file}: verwacht 16-bit mono ${SAMPLE_RATE} Hz, kreeg ${JSON.stringify(format)}`);
      }
      size = Math.min(size, buf.length - pos - 8);
      const bytes = buf.subarray(pos + 8, pos + 8 + size - (size % 2));
      return new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    }
    pos += 8 + size + (size % 2);
  }
  throw new Error(`${file}: geen audiogegevens`);
}

export function writeWav(file: string, pcm: Int16Array) {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + pcm.byteLength, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(pcm.byteLength, 40);
  writeFileSync(file, Buffer.concat([header, Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength)]));
}

/** Removes leading and trailing near-silence espeak-ng adds, so the pause between cues is ours. */
function trimSilence(pcm: Int16Array, threshold = 300): Int16Array {
  let a = 0;
  let b = pcm.length;
  while (a < b && Math.abs(pcm[a]!) < threshold) a++;
  while (b > a && Math.abs(pcm[b - 1]!) < threshold) b--;
  const pad = Math.round(0.03 * SAMPLE_RATE);
  return pcm.subarray(Math.max(0, a - pad), Math.min(pcm.length, b + pad));
}

const ceilTo = (x: number, step: number) => Math.ceil(x / step - 1e-6) * step;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export interface SpokenTimeline {
  /** The whole narration, 16-bit mono at SAMPLE_RATE. */
  pcm: Int16Array;
  /** Cues with timings that match the audio. */
  cues: VttCueInput[];
  duration: number;
}

/**
 * Speaks every cue with espeak-ng and places it at the cue's start time. When the speech of
 * the previous cue is still running, the cue moves later; its new start and end are returned so
 * the caller can rewrite the WebVTT file. Cues in `anchors` (chapter or slide starts) land on
 * whole seconds; other cues on tenths. Running it again on its own output changes nothing.
 */
export function speakCues(cues: readonly VttCueInput[], anchors: ReadonlySet<number>, dir: string): SpokenTimeline {
  const voiceFor = voiceAssigner();
  const clips: { at: number; pcm: Int16Array }[] = [];
  const out: VttCueInput[] = [];
  let cursor = 0;
  cues.forEach((cue, i) => {
    const v = voiceFor(cue.speaker);
    const txt = join(dir, `cue-${i}.txt`);
    const wav = join(dir, `cue-${i}.wav`);
    writeFileSync(txt, cue.text);
    run('espeak-ng', ['-v', v.voice, '-p', String(v.pitch), '-s', String(v.speed), '-f', txt, '-w', wav]);
    const pcm = trimSilence(readWavPcm(wav));
    const earliest = i === 0 ? 0 : cursor + GAP;
    const start = round3(ceilTo(Math.max(cue.start, earliest), anchors.has(i) ? 1 : 0.1));
    const end = round3(ceilTo(start + pcm.length / SAMPLE_RATE, 0.001));
    clips.push({ at: start, pcm });
    out.push({ start, end, text: cue.text, ...(cue.speaker ? { speaker: cue.speaker } : {}) });
    cursor = end;
  });
  const duration = round3(cursor + TAIL);
  const pcm = new Int16Array(Math.ceil(duration * SAMPLE_RATE));
  for (const c of clips) pcm.set(c.pcm.subarray(0, pcm.length - Math.round(c.at * SAMPLE_RATE)), Math.round(c.at * SAMPLE_RATE));
  const problems = validateCues(out);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('; '));
  return { pcm, cues: out, duration };
}

export interface Narration {
  /** The cues with the timings of the speech; the WebVTT file now says the same. */
  cues: VttCueInput[];
  /** Size and length (ffprobe, 0.1 s) of the encoded file. */
  bytes: number;
  duration: number;
  captionsChanged: boolean;
}

/**
 * What both media scripts do with a captions file: speak its cues into a WAV in a temporary
 * folder, let `encode` make the media file from it (MP3, or MP4 with slides), measure that file
 * (with a warning above `maxBytes`), and rewrite the WebVTT file with the spoken timings.
 * `anchors` are the cues that start a chapter or slide; they land on whole seconds.
 */
export async function narrate(
  media: { captions: string; cues: readonly VttCueInput[]; anchors: readonly number[]; file: string; maxBytes: number },
  encode: (wav: string, spoken: SpokenTimeline, dir: string) => void | Promise<void>,
): Promise<Narration> {
  const tmp = tempDir();
  try {
    const spoken = speakCues(media.cues, new Set(media.anchors), tmp.dir);
    const wav = join(tmp.dir, 'narration.wav');
    writeWav(wav, spoken.pcm);
    await encode(wav, spoken, tmp.dir);
    const out = publicPath(media.file);
    const bytes = statSync(out).size;
    if (bytes > media.maxBytes) console.warn(`  let op: ${media.file} is ${bytes} bytes (richtlijn: kleiner dan ${media.maxBytes}); maak de opname korter`);
    const captionsChanged = writeCues(publicPath(media.captions), spoken.cues);
    return { cues: spoken.cues, bytes, duration: probeDuration(out), captionsChanged };
  } finally {
    tmp.dispose();
  }
}

/** Reads and validates a WebVTT file; every cue must have text, voice tags are optional. */
export function readCues(file: string): VttCueInput[] {
  if (!existsSync(file)) throw new Error(`${file} bestaat niet`);
  const { cues, errors } = parseVtt(readFileSync(file, 'utf8'));
  if (errors.length) throw new Error(`${file}:\n${errors.map((e) => `  regel ${e.line}: ${e.message}`).join('\n')}`);
  return cues.map(({ line: _line, ...c }) => c);
}

/** Writes the file only when it changed, so unchanged sources keep their timestamps. */
export function writeIfChanged(file: string, content: string | Uint8Array): boolean {
  const next = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  if (existsSync(file) && readFileSync(file).equals(next)) return false;
  writeFileSync(file, next);
  return true;
}

export function writeCues(file: string, cues: readonly VttCueInput[]): boolean {
  return writeIfChanged(file, cuesToVtt(cues));
}

// ---------------------------------------------------------------- frontmatter

export interface Frontmatter {
  doc: Document;
  data: Record<string, any>;
  /** Writes the file back; only the changed values differ, comments and quoting stay. */
  save: () => boolean;
}

export function readFrontmatter(file: string): Frontmatter {
  const text = readFileSync(file, 'utf8');
  const m = splitFrontmatter(text);
  if (!m) throw new Error(`${file}: frontmatter ontbreekt`);
  const doc = parseDocument(m.yaml);
  if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0]!.message}`);
  return {
    doc,
    data: doc.toJS() as Record<string, any>,
    save: () => writeIfChanged(file, `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '')}\n---${m.eol}${m.body}`),
  };
}

/** Sets a value and keeps the node's quoting (a quoted chapter time stays quoted). */
export function setIn(doc: Document, path: (string | number)[], value: string | number) {
  const node = doc.getIn(path, true);
  if (isScalar(node)) node.value = value;
  else doc.setIn(path, value);
}

/** "1:05" style time for chapters; whole seconds, or with tenths when needed. */
export function chapterTime(seconds: number): string {
  const whole = Math.floor(seconds + 1e-6);
  const tenths = Math.round((seconds - whole) * 10);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  const base = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
  return tenths ? `${base}.${tenths}` : base;
}

export function parseChapterTime(value: string): number {
  return timestampToSeconds(value);
}

/** Index of the cue that starts at `seconds` (chapters and slides must start on a cue). */
export function cueIndexAt(cues: readonly VttCueInput[], seconds: number, what: string): number {
  const i = cues.findIndex((c) => Math.abs(c.start - seconds) < 0.05);
  if (i < 0) throw new Error(`${what} (${seconds} s) begint niet op het begin van een tekstblok in de WebVTT`);
  return i;
}
