/** A webinar is announced (publishDate) before it starts; otherwise nobody could register in time. */
import { valueAt } from '../content/errors.ts';
import type { ContentCheck } from './context.ts';

export const checkWebinarAnnouncement: ContentCheck = (ctx) => {
  for (const w of ctx.entries.filter((e) => e.collection === 'webinars')) {
    const published = w.data.publishDate as Date | undefined;
    const start = w.data.start as Date | undefined;
    if (!published || !start || published.getTime() < start.getTime()) continue;
    ctx.add({
      file: w.file,
      line: w.source.lineOf(['publishDate']),
      field: 'publishDate',
      message: `"${published.toISOString().slice(0, 10)}": de aankondiging verschijnt pas na de start van het webinar (${String(valueAt(w.source.data, ['start']))}); zet publishDate vóór de start`,
    });
  }
};
