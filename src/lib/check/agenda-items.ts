/**
 * The kennis- en communicatieagenda and the items must tell the same story: an entry marked
 * `verschenen` links an item that was published in that agenda's year (and quarter), and a
 * linked item that is already published cannot stay `gepland`.
 */
import type { ContentCheck } from './context.ts';

const quarterOf = (d: Date) => Math.floor(d.getUTCMonth() / 3) + 1;
const day = (d: Date) => d.toISOString().slice(0, 10);

interface Planned {
  type: string;
  quarter?: number;
  status: string;
  item?: { id: string };
}

export const checkAgendaItems: ContentCheck = (ctx) => {
  for (const agenda of ctx.entries.filter((e) => e.collection === 'agenda')) {
    const year = Number(agenda.data.year);
    const priorities = (agenda.data.priorities as { planned: Planned[] }[] | undefined) ?? [];
    priorities.forEach((priority, i) =>
      priority.planned.forEach((p, j) => {
        if (!p.item) return;
        const item = ctx.index.get(`${p.type}:${p.item.id}`);
        if (!item) return; // a missing item is reported by the reference check
        const published = item.data.publishDate as Date | undefined;
        const isOut = item.data.draft !== true && published !== undefined && published <= ctx.now;
        const at = ['priorities', i, 'planned', j];
        const add = (field: string, message: string) => ctx.add({ file: agenda.file, line: agenda.source.lineOf([...at, field]), field: `priorities[${i}].planned[${j}].${field}`, message });
        if (p.status === 'gepland' && isOut) {
          add('status', `"gepland", maar ${item.file} is al verschenen op ${day(published)}; zet status: verschenen`);
          return;
        }
        if (p.status !== 'verschenen' || !published) return;
        if (!isOut) {
          add('status', `"verschenen", maar ${item.file} is nog niet gepubliceerd; zet status: gepland`);
        } else if (published.getUTCFullYear() !== year) {
          add('item', `"${p.item.id}" verscheen op ${day(published)}, niet in ${year}; koppel het item aan de agenda van ${published.getUTCFullYear()} of kies een ander item`);
        } else if (p.quarter !== undefined && quarterOf(published) !== p.quarter) {
          add('quarter', `kwartaal ${p.quarter}, maar "${p.item.id}" verscheen op ${day(published)} (kwartaal ${quarterOf(published)}); zet quarter: ${quarterOf(published)}`);
        }
      }),
    );
  }
};
