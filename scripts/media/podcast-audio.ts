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
import { join } from 'node:path';
import { entryFiles, BITEXACT, ROOT, SAMPLE_RATE, chapterTime, cueIndexAt, narrate, parseChapterTime, publicPath, readCues, readFrontmatter, requireTools, run, setIn } from './lib.ts';

const MAX_BYTES = 800_000;

function episodeFiles(slugs: string[]): string[] {
  return entryFiles('podcasts', slugs, 'Niet gevonden bij de podcasts');
}

async function buildEpisode(rel: string) {
  const fm = readFrontmatter(join(ROOT, rel));
  const { audio, transcript, chapters = [] } = fm.data as {
    audio: { file: string; type: string };
    transcript: string;
    chapters: { start: string; title: string }[];
  };
  if (audio.type !== 'audio/mpeg') throw new Error(`${rel}: dit script maakt alleen MP3 (audio.type: audio/mpeg)`);
  const cues = readCues(publicPath(transcript));
  // Chapters start on a cue; remember which, so they follow the cue if it moves.
  const chapterCues = chapters.map((c, i) => cueIndexAt(cues, parseChapterTime(String(c.start)), `${rel}: hoofdstuk ${i + 1} "${c.title}"`));

  const spoken = await narrate({ captions: transcript, cues, anchors: chapterCues, file: audio.file, maxBytes: MAX_BYTES }, (wav) => {
    run('ffmpeg', [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-i', wav,
      ...BITEXACT,
      '-ac', '1', '-ar', String(SAMPLE_RATE),
      '-c:a', 'libmp3lame', '-b:a', '32k',
      '-id3v2_version', '0', '-write_id3v1', '0',
      publicPath(audio.file),
    ]);
  });
  chapterCues.forEach((cueIndex, i) => setIn(fm.doc, ['chapters', i, 'start'], chapterTime(spoken.cues[cueIndex]!.start)));
  setIn(fm.doc, ['audio', 'bytes'], spoken.bytes);
  setIn(fm.doc, ['audio', 'durationSeconds'], spoken.duration);
  const fmChanged = fm.save();
  const moved = spoken.cues.filter((c, i) => Math.abs(c.start - cues[i]!.start) > 0.0005).length;
  console.log(
    `${rel}: ${audio.file} ${spoken.bytes} bytes, ${spoken.duration} s` +
      (moved ? `; ${moved} tekstblok(ken) verschoven` : '') +
      (spoken.captionsChanged ? `; ${transcript} bijgewerkt` : '') +
      (fmChanged ? '; frontmatter bijgewerkt' : ''),
  );
}

requireTools('espeak-ng', 'ffmpeg', 'ffprobe');
for (const rel of episodeFiles(process.argv.slice(2))) await buildEpisode(rel);
