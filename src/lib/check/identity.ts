/** The file name is part of an entry's identity: standards at <edition>/<code>.yaml, agendas at <year>.yaml. */
import type { ContentCheck } from './context.ts';
import { forEachEntry } from './tree.ts';

export const checkIdentity: ContentCheck = (ctx) =>
  forEachEntry(ctx, (entry) => {
    if (entry.collection === 'standards') {
      const edition = (entry.data.edition as { id: string }).id;
      const expected = `${edition}/${String(entry.data.code).toLowerCase()}`;
      if (entry.id !== expected) {
        ctx.add({ file: entry.file, line: entry.source.lineOf(['code']), field: 'code', message: `bestand hoort te heten content/standards/${expected}.yaml (editie + code)` });
      }
    }
    if (entry.collection === 'agenda' && String(entry.data.year) !== entry.id) {
      ctx.add({ file: entry.file, line: entry.source.lineOf(['year']), field: 'year', message: `jaar ${String(entry.data.year)} past niet bij de bestandsnaam ${entry.id}.yaml` });
    }
  });
