/**
 * The kennis- en communicatieagenda and the items must tell the same story. A planned entry's
 * status follows its item (src/lib/catalog/agenda.ts: linked = verschenen), so editors only link
 * the item; what is left to check: the linked item appeared in the agenda's year and quarter, and a
 * planned entry of this year's or last year's agenda whose quarter is over without an item is
 * pointed out (a warning: the agenda page still says "gepland" for something that was due).
 */
import { quarterEnd } from '../catalog/agenda.ts';
import type { ContentCheck } from './context.ts';

const quarterOf = (d: Date) => Math.floor(d.getUTCMonth() / 3) + 1;
const day = (d: Date) => d.toISOString().slice(0, 10);

interface Planned {
  type: string;
  title: string;
  quarter?: number;
  item?: { id: string };
}

export const checkAgendaItems: ContentCheck = (ctx) => {
  for (const agenda of ctx.entries.filter((e) => e.collection === 'agenda')) {
    const year = Number(agenda.data.year);
    const priorities = (agenda.data.priorities as { planned: Planned[] }[] | undefined) ?? [];
    priorities.forEach((priority, i) =>
      priority.planned.forEach((p, j) => {
        const at = ['priorities', i, 'planned', j];
        const where = (field: string) => ({ file: agenda.file, line: agenda.source.lineOf([...at, field]), field: `priorities[${i}].planned[${j}].${field}` });
        if (!p.item) {
          // This year's agenda and last year's (a slipped fourth quarter is noticed in January); older years are history.
          const recent = year >= ctx.now.getUTCFullYear() - 1;
          if (recent && p.quarter !== undefined && quarterEnd(year, p.quarter) < ctx.now) {
            ctx.warn({
              ...where('quarter'),
              message: `"${p.title}" stond gepland voor kwartaal ${p.quarter} van ${year}, en dat is voorbij; koppel het verschenen item (item), of zet een later kwartaal of haal het weg`,
            });
          }
          return;
        }
        const item = ctx.index.get(`${p.type}:${p.item.id}`);
        if (!item) return; // a missing item is reported by the reference check
        const published = item.data.publishDate as Date | undefined;
        if (!published) return;
        if (published.getUTCFullYear() !== year) {
          ctx.add({ ...where('item'), message: `"${p.item.id}" verscheen op ${day(published)}, niet in ${year}; koppel het item aan de agenda van ${published.getUTCFullYear()} of kies een ander item` });
        } else if (p.quarter !== undefined && quarterOf(published) !== p.quarter) {
          ctx.add({ ...where('quarter'), message: `kwartaal ${p.quarter}, maar "${p.item.id}" verscheen op ${day(published)} (kwartaal ${quarterOf(published)}); zet quarter: ${quarterOf(published)}` });
        }
      }),
    );
  }
};
