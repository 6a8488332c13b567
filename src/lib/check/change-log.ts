/**
 * The change log (`changes`) of an item: every change is dated after publication and not in the
 * future, so "Laatst gewijzigd" never shows a date that silently drops or lies.
 */
import type { ContentCheck } from './context.ts';

const day = (d: Date) => d.toISOString().slice(0, 10);

export const checkChangeLog: ContentCheck = ({ entries, now, add }) => {
  for (const entry of entries) {
    const { publishDate, changes } = entry.data as { publishDate?: unknown; changes?: { date: unknown }[] };
    if (!(publishDate instanceof Date) || !Array.isArray(changes)) continue;
    changes.forEach((change, i) => {
      if (!(change.date instanceof Date)) return;
      const line = entry.source.lineOf(['changes', i, 'date']);
      if (change.date.getTime() <= publishDate.getTime()) {
        add({ file: entry.file, line, field: `changes[${i}].date`, message: `"${day(change.date)}" is niet later dan de publicatie (${day(publishDate)}), en een wijziging komt altijd na de publicatie; schrijf een latere datum, of haal de regel weg` });
      } else if (change.date.getTime() > now.getTime()) {
        add({ file: entry.file, line, field: `changes[${i}].date`, message: `"${day(change.date)}": deze wijziging ligt in de toekomst; schrijf de datum waarop u de wijziging maakte` });
      }
    });
  }
};
