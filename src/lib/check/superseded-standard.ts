/**
 * An item written while the 2021 kader applies should link 2021 standards. When it links a
 * standard of an edition that had already been replaced, the crosswalk (`successors` on the old
 * standard) tells the editor which new standard is meant: "bedoelt u 2021/vs1?".
 */
import { fieldPath } from '../content/errors.ts';
import type { LoadedEntry } from './context.ts';
import type { CheckContext, ContentCheck } from './context.ts';
import { walk } from './tree.ts';
import { editionInForce, type EditionDates } from '../framework/structure.ts';

interface Edition extends EditionDates {
  id: string;
  title: string;
}

function editions(ctx: CheckContext): Edition[] {
  return ctx.entries
    .filter((e) => e.collection === 'frameworks')
    .map((e) => ({ id: e.id, title: String(e.data.title), status: String(e.data.status), validFrom: e.data.validFrom as Date, validUntil: e.data.validUntil as Date | undefined }));
}

function suggestion(old: LoadedEntry, inForce: Edition): string {
  const successors = ((old.data.successors as { id: string }[] | undefined) ?? []).map((r) => r.id);
  if (successors.length === 0) return `deze standaard bestaat niet meer in het ${inForce.title}; kies een standaard uit dat kader`;
  return `bedoelt u ${successors.join(' of ')}?`;
}

export const checkSupersededStandards: ContentCheck = (ctx) => {
  const all = editions(ctx);
  for (const entry of ctx.entries) {
    if (entry.collection === 'standards' || entry.collection === 'frameworks') continue;
    const day = entry.data.publishDate instanceof Date ? entry.data.publishDate : ctx.now;
    const inForce = editionInForce(all, day);
    if (!inForce) continue;
    walk(entry.data, [], (node, path) => {
      for (const [key, value] of Object.entries(node)) {
        const refs = Array.isArray(value) ? value.map((v, i) => [v, [...path, key, i]] as const) : [[value, [...path, key]] as const];
        for (const [ref, at] of refs) {
          if (!ref || typeof ref !== 'object' || (ref as { collection?: string }).collection !== 'standards') continue;
          const id = (ref as { id: string }).id;
          const standard = ctx.index.get(`standards:${id}`);
          const edition = all.find((e) => e.id === (standard?.data.edition as { id: string } | undefined)?.id);
          if (!standard || !edition || edition.id === inForce.id || !edition.validUntil || edition.validUntil >= day) continue;
          ctx.add({
            file: entry.file,
            line: entry.source.lineOf(at),
            field: fieldPath(at),
            message: `"${id}" hoort bij het ${edition.title}, maar dit item valt onder het ${inForce.title}: ${suggestion(standard, inForce)}`,
          });
        }
      }
    });
  }
};
