/**
 * Reads the real duration of an audio or video file from its headers (mp3, mp4, m4a, ogg, webm)
 * with music-metadata, so `npm run check` and `npm run new` can compare it with the frontmatter.
 * Node-only (reads files); no Astro runtime.
 */
import { parseFile } from 'music-metadata';

/** Seconds, or undefined when the file is not a media file music-metadata can read. */
export async function mediaDuration(absPath: string): Promise<number | undefined> {
  try {
    // duration: true reads the whole file only when the headers do not state the duration (VBR mp3 without a Xing frame).
    const meta = await parseFile(absPath, { duration: true, skipCovers: true });
    const d = meta.format.duration;
    return typeof d === 'number' && Number.isFinite(d) && d > 0 ? d : undefined;
  } catch {
    return undefined;
  }
}

/** Rounded as the frontmatter stores it (0.1 s). */
export function roundDuration(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}
