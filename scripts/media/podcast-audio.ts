/**
 * Generates podcast audio from the transcripts:
 *
 *   node scripts/media/podcast-audio.ts            (every episode in content/podcasts/)
 *   node scripts/media/podcast-audio.ts <slug> ... (only these episodes)
 *
 * For each episode it reads the WebVTT transcript (frontmatter `transcript`), speaks every cue
 * with espeak-ng (Dutch, one voice per speaker), places the speech at the cue's start time and
 * encodes mono 22.05 kHz MP3 at 32 kbps to the frontmatter's `audio.file`. When speech runs past
 * the next cue's start, later cues move: the WebVTT file and the chapter starts are rewritten to
 * match the real audio. Finally `audio.bytes` and `audio.durationSeconds` are updated.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import {
  entryFiles,
  BITEXACT,
  ROOT,
  SAMPLE_RATE,
  chapterTime,
  cueIndexAt,
  parseChapterTime,
  probeDuration,
  publicPath,
  readCues,
  readFrontmatter,
  requireTools,
  run,
  setIn,
  speakCues,
  tempDir,
  writeCues,
  writeWav,
} from './lib.ts';

const MAX_BYTES = 800_000;

function episodeFiles(slugs: string[]): string[] {
  return entryFiles('podcasts', slugs, 'onbekende aflevering(en)');
}

function buildEpisode(rel: string) {
  const file = join(ROOT, rel);
  const fm = readFrontmatter(file);
  const { audio, transcript, chapters = [] } = fm.data as {
    audio: { file: string; type: string };
    transcript: string;
    chapters: { start: string; title: string }[];
  };
  if (audio.type !== 'audio/mpeg') throw new Error(`${rel}: dit script maakt alleen MP3 (audio.type: audio/mpeg)`);
  const vttFile = publicPath(transcript);
  const cues = readCues(vttFile);
  // Chapters start on a cue; remember which, so they follow the cue if it moves.
  const chapterCues = chapters.map((c, i) => cueIndexAt(cues, parseChapterTime(String(c.start)), `${rel}: hoofdstuk ${i + 1} "${c.title}"`));

  const tmp = tempDir();
  try {
    const spoken = speakCues(cues, new Set(chapterCues), tmp.dir);
    const wav = join(tmp.dir, 'mix.wav');
    writeWav(wav, spoken.pcm);
    const mp3 = publicPath(audio.file);
    run('ffmpeg', [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-i', wav,
      ...BITEXACT,
      '-ac', '1', '-ar', String(SAMPLE_RATE),
      '-c:a', 'libmp3lame', '-b:a', '32k',
      '-id3v2_version', '0', '-write_id3v1', '0',
      mp3,
    ]);
    const bytes = statSync(mp3).size;
    const duration = probeDuration(mp3);
    if (bytes > MAX_BYTES) console.warn(`  let op: ${audio.file} is ${bytes} bytes (richtlijn: kleiner dan ${MAX_BYTES}); maak de aflevering korter`);

    const vttChanged = writeCues(vttFile, spoken.cues);
    chapterCues.forEach((cueIndex, i) => setIn(fm.doc, ['chapters', i, 'start'], chapterTime(spoken.cues[cueIndex]!.start)));
    setIn(fm.doc, ['audio', 'bytes'], bytes);
    setIn(fm.doc, ['audio', 'durationSeconds'], duration);
    const fmChanged = fm.save();
    const moved = spoken.cues.filter((c, i) => Math.abs(c.start - cues[i]!.start) > 0.0005).length;
    console.log(
      `${rel}: ${audio.file} ${bytes} bytes, ${duration} s` +
        (moved ? `; ${moved} tekstblok(ken) verschoven` : '') +
        (vttChanged ? `; ${transcript} bijgewerkt` : '') +
        (fmChanged ? '; frontmatter bijgewerkt' : ''),
    );
  } finally {
    tmp.dispose();
  }
}

requireTools('espeak-ng', 'ffmpeg', 'ffprobe');
for (const rel of episodeFiles(process.argv.slice(2))) buildEpisode(rel);
