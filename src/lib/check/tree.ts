/** Helpers the checks share: walking an entry's parsed data, listing ids, and running per entry without crashing. */
import type { LoadedEntry } from './context.ts';
import type { CheckContext } from './context.ts';

/** Visits every object in a parsed value with its path; return true from `visit` to skip its children. */
export function walk(value: unknown, path: PropertyKey[], visit: (v: Record<string, unknown>, path: PropertyKey[]) => boolean | void) {
  if (value === null || typeof value !== 'object' || value instanceof Date) return;
  if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i], visit));
  if (visit(value as Record<string, unknown>, path) === true) return;
  for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
}

/** Ids of a collection, for "(toegestaan: ...)": all of them, so the editor sees every choice. */
export function idsOf(index: ReadonlyMap<string, LoadedEntry>, collection: string, { published = false } = {}): string {
  const ids = [...index.values()].filter((e) => e.collection === collection && !(published && e.data.draft === true)).map((e) => e.id);
  return ids.join(', ');
}

/** Runs `check` on each entry; a fault on one entry becomes one line for that file and the others are still checked. */
export function forEachEntry(ctx: CheckContext, check: (entry: LoadedEntry) => void, entries: readonly LoadedEntry[] = ctx.entries) {
  for (const entry of entries) {
    try {
      check(entry);
    } catch {
      ctx.add({ file: entry.file, line: 1, field: '(bestand)', message: 'dit bestand kon niet helemaal gecontroleerd worden; vergelijk het met een ander bestand van dezelfde soort' });
    }
  }
}

/** The valid entries and what could be read of the files that failed (context.ts, `loading.salvaged`). */
export function entriesAndSalvaged(ctx: CheckContext): readonly LoadedEntry[] {
  return [...ctx.entries, ...(ctx.loading?.salvaged ?? [])];
}
