/** updatedDate not before publishDate; a passed reviewBy is a warning that the content needs a look. */
import type { ContentCheck } from './context.ts';
import { forEachEntry } from './tree.ts';

const day = (d: Date) => d.toISOString().slice(0, 10);

export const checkDates: ContentCheck = (ctx) =>
  forEachEntry(ctx, (entry) => {
    const { publishDate, updatedDate, reviewBy } = entry.data;
    if (publishDate instanceof Date && updatedDate instanceof Date && updatedDate.getTime() < publishDate.getTime()) {
      ctx.add({ file: entry.file, line: entry.source.lineOf(['updatedDate']), field: 'updatedDate', message: `"${day(updatedDate)}": updatedDate ligt vóór publishDate (${day(publishDate)})` });
    }
    if (reviewBy instanceof Date && reviewBy.getTime() < ctx.now.getTime()) {
      ctx.warn({ file: entry.file, line: entry.source.lineOf(['reviewBy']), field: 'reviewBy', message: `controledatum ${day(reviewBy)} is verstreken: controleer de inhoud en zet een nieuwe datum` });
    }
  });
