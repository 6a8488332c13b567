/**
 * Media files that entries name in their data (audio, video, captions, transcripts, images):
 * run by checkContent before the cross-entry checks, because durations are read asynchronously.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { secondsToTimestamp } from '../../core/duration.ts';
import { fieldPath } from '../content/errors.ts';
import { mediaDuration, roundDuration } from '../media/media-info.ts';
import { parseVtt } from '../media/vtt.ts';
import type { AddProblem, LoadedEntry } from './context.ts';
import { IMAGE_FILE, PUBLIC_FILE, PublicFiles } from './public-file.ts';
import { walk } from './tree.ts';

/** The stated duration may differ this much from the file (the frontmatter rounds to 0.1 s). */
export const DURATION_TOLERANCE_SECONDS = 1;

/**
 * Files under public/ that content points at: they must exist and be what their name says
 * (PublicFiles); a stated byte size and duration must be the real ones; images must be small enough; WebVTT transcripts and captions must be valid.
 * Durations are read asynchronously (music-metadata), so collect() queues and finish() runs them.
 */
export class MediaChecks {
  private durations = new Map<string, Promise<number | undefined>>();
  private tasks: Promise<void>[] = [];
  private vttChecked = new Set<string>();
  private root: string;
  private add: AddProblem;
  private files: PublicFiles;

  constructor(root: string, add: AddProblem) {
    this.root = root;
    this.add = add;
    this.files = new PublicFiles(root, add);
  }

  collect(entry: LoadedEntry) {
    // The measured media of this entry, for comparing its transcript's length.
    let timed: Promise<number | undefined> | undefined;
    let timedPath = '';
    const vtts: { sitePath: string; file: string; line: number; field: string }[] = [];
    walk(entry.data, [], (v, path) => {
      for (const [key, val] of Object.entries(v)) {
        if (typeof val !== 'string' || !PUBLIC_FILE.test(val)) continue;
        const where = { file: entry.file, line: entry.source.lineOf([...path, key]), field: fieldPath([...path, key]) };
        if (!this.files.exists(val, where)) continue;
        const abs = join(this.root, 'public', val);
        // A file whose bytes are not what its name says is reported once (by PublicFiles), not measured.
        const trusted = this.files.trusted(val);
        if ((key === 'file' || key === 'video') && typeof v.bytes === 'number') {
          const stated = v.bytes;
          const at = { file: entry.file, line: entry.source.lineOf([...path, 'bytes']), field: fieldPath([...path, 'bytes']) };
          this.tasks.push(
            trusted.then((ok) => {
              if (!ok) return;
              const size = statSync(abs).size;
              if (stated !== size) this.add({ ...at, message: `${stated} klopt niet: ${val} is ${size} bytes`, allowed: String(size) });
            }),
          );
        }
        if ((key === 'file' || key === 'video') && typeof v.durationSeconds === 'number') {
          const stated = v.durationSeconds;
          const duration = trusted.then((ok) => (ok ? this.duration(abs) : undefined));
          timed = duration;
          timedPath = val;
          const at = { file: entry.file, line: entry.source.lineOf([...path, 'durationSeconds']), field: fieldPath([...path, 'durationSeconds']) };
          this.tasks.push(
            Promise.all([trusted, duration]).then(([ok, real]) => {
              if (!ok) return;
              if (real === undefined) {
                this.add({ ...at, message: `de duur van ${val} is niet te lezen; is het een echt audio- of videobestand?` });
              } else if (Math.abs(real - stated) > DURATION_TOLERANCE_SECONDS) {
                const r = roundDuration(real);
                this.add({ ...at, message: `${stated} klopt niet: ${val} duurt ${r} seconden (${secondsToTimestamp(real)})`, allowed: String(r) });
              }
            }),
          );
        }
        if (IMAGE_FILE.test(val) && (key === 'src' || key === 'poster')) this.files.imageSize(val, where);
        if (val.endsWith('.vtt')) vtts.push({ sitePath: val, ...where });
      }
    });
    for (const { sitePath, ...where } of vtts) {
      const checked = this.files.trusted(sitePath).then((ok) => (ok ? this.checkVtt(sitePath, timed, timedPath) : undefined));
      // As run.ts's guarded(): a fault while reading one file is one line for it, and the other files are still checked.
      this.tasks.push(checked.catch(() => this.add({ ...where, message: `${sitePath} kon niet helemaal gecontroleerd worden; vergelijk het met een ander .vtt-bestand` })));
    }
  }

  private duration(abs: string): Promise<number | undefined> {
    let d = this.durations.get(abs);
    if (!d) this.durations.set(abs, (d = mediaDuration(abs)));
    return d;
  }

  /** Problems are reported in the .vtt file itself, where the editor fixes them; each file once. */
  private async checkVtt(sitePath: string, media: Promise<number | undefined> | undefined, mediaPath: string) {
    if (this.vttChecked.has(sitePath)) return;
    this.vttChecked.add(sitePath);
    const file = `public${sitePath}`;
    const { cues, errors } = parseVtt(readFileSync(join(this.root, file), 'utf8'));
    for (const e of errors) this.add({ file, line: e.line, field: '(webvtt)', message: e.message });
    const last = cues.at(-1);
    if (!media || !last || errors.length) return;
    const real = await media;
    if (real !== undefined && last.end > real + DURATION_TOLERANCE_SECONDS) {
      this.add({ file, line: last.line, field: '(webvtt)', message: `tekst loopt door tot ${secondsToTimestamp(last.end)}, maar ${mediaPath} duurt ${secondsToTimestamp(real)}: hoort dit transcript bij een ander bestand?` });
    }
  }

  async finish() {
    await Promise.all(this.tasks);
    await this.files.finish();
  }
}

