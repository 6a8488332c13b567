import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseVtt } from '../lib/media/vtt.ts';
import type { TranscriptCue } from '../lib/media/transcript.ts';

/** Where the build finds a file of public/: the same folder astro.config.mjs publishes (KP_PUBLIC_DIR in fixture builds). */
export function publicFilePath(publicPath: string): string {
  return join(resolve(process.env.KP_PUBLIC_DIR ?? 'public'), publicPath);
}

/** Reads a WebVTT file from public/ at build time; a broken file fails the build with its path. */
export function readTranscript(publicPath: string): TranscriptCue[] {
  const text = readFileSync(publicFilePath(publicPath), 'utf8');
  const parsed = parseVtt(text);
  if (parsed.errors.length) throw new Error(`public${publicPath}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.cues.map((c) => ({ start: c.start, end: c.end, text: c.text, ...(c.speaker ? { speaker: c.speaker } : {}) }));
}
