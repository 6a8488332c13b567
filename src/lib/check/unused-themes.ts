/** A theme no published item links to is a warning (only when every file could be read: an unreadable one may use it). */
import { isItemCollection } from '../site/routes.ts';
import type { ContentCheck } from './context.ts';

export const checkUnusedThemes: ContentCheck = ({ entries, warn, loading }) => {
  if (loading?.unreadable) return;
  const used = new Set<string>(loading?.themesOfInvalid);
  for (const e of entries) {
    if (!isItemCollection(e.collection) || e.data.draft === true) continue;
    for (const t of (e.data.themes as { id: string }[] | undefined) ?? []) used.add(t.id);
  }
  for (const e of entries) {
    if (e.collection === 'themes' && !used.has(e.id)) {
      warn({ file: e.file, line: 1, field: '(thema)', message: 'thema heeft nog geen items; koppel minstens één item of haal het thema weg' });
    }
  }
};
