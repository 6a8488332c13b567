/**
 * Every reference must point at an entry that exists and is online whenever the referring entry
 * is (src/lib/content/visibility.ts referenceBlocker, the rule the build follows too).
 */
import { closest, fieldPath } from '../content/errors.ts';
import type { CheckContext } from './context.ts';
import { referenceBlocker } from '../content/visibility.ts';
import type { ContentCheck } from './context.ts';
import { entriesAndSalvaged, forEachEntry, idsOf, walk } from './tree.ts';

export const checkReferences: ContentCheck = (ctx) =>
  forEachEntry(ctx, (entry) => {
    walk(entry.data, [], (v, path) => {
      if (!(typeof v.collection === 'string' && typeof v.id === 'string' && Object.keys(v).length === 2)) return;
      const key = `${v.collection}:${v.id}`;
      const target = ctx.index.get(key);
      const where = { file: entry.file, line: entry.source.lineOf(path), field: fieldPath(path) };
      // A file that exists but failed its schema is reported once, not again by each reference to it.
      if (!target && ctx.loading?.fileIds.has(key)) return true;
      if (!target) {
        ctx.add({ ...where, message: `"${v.id}" bestaat niet in ${v.collection}${suggestion(ctx, v.collection, v.id)}`, allowed: idsOf(ctx.index, v.collection) });
        return true;
      }
      const blocker = referenceBlocker(entry.data, target.data, ctx.now);
      if (blocker?.kind === 'draft') ctx.add({ ...where, message: `"${v.id}" is nog een concept (draft: true); een gepubliceerd item kan er niet naar verwijzen` });
      if (blocker?.kind === 'later') {
        const day = blocker.date.toISOString().slice(0, 10);
        ctx.add({ ...where, message: `"${v.id}" verschijnt pas op ${day}; zet publishDate van dit item op ${day} of later, of haal de verwijzing weg tot dan` });
      }
      return true;
    });
  }, entriesAndSalvaged(ctx));

/** "; bedoelt u ...?" for a missing id: the closest existing id. */
function suggestion(ctx: CheckContext, collection: string, id: string): string {
  const candidates = [...ctx.index.values()].filter((e) => e.collection === collection);
  const meant = closest(id, candidates.map((e) => e.id));
  return meant ? `; bedoelt u "${meant}"?` : '';
}
