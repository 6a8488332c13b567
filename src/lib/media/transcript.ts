/** A transcript line as the pages use it (parsed from WebVTT by src/lib/media/vtt.ts). */
export interface TranscriptCue {
  start: number;
  end: number;
  speaker?: string;
  text: string;
}

/** Splits cues into chapter groups; cues before the first chapter form an untitled group. */
export function groupCuesByChapter(cues: readonly TranscriptCue[], chapters: readonly { start: number; title: string }[]) {
  const sorted = [...chapters].sort((a, b) => a.start - b.start);
  const groups: { title?: string; start: number; cues: TranscriptCue[] }[] = [];
  for (const cue of cues) {
    const chapter = sorted.filter((c) => c.start <= cue.start + 0.001).at(-1);
    let group = groups.at(-1);
    if (!group || group.title !== chapter?.title) {
      group = { ...(chapter ? { title: chapter.title } : {}), start: chapter?.start ?? cue.start, cues: [] };
      groups.push(group);
    }
    group.cues.push(cue);
  }
  return groups;
}
