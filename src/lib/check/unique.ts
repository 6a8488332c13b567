import type { CollectionName } from '../../schemas/reference.ts';
import type { LoadedEntry } from './context.ts';
import type { ContentCheck } from './context.ts';

/** Feed and calendar ids must be unique, or podcast apps and calendars mix two items up. */
export const checkUnique: ContentCheck = ({ entries, add }) => {
  const keys: { collection: CollectionName; field: string; key: (e: LoadedEntry) => string | undefined; say: (v: string) => string }[] = [
    { collection: 'podcasts', field: 'guid', key: (e) => e.data.guid as string, say: (v) => `guid "${v}"` },
    { collection: 'webinars', field: 'uid', key: (e) => e.data.uid as string, say: (v) => `uid "${v}"` },
    {
      collection: 'podcasts',
      field: 'episode',
      key: (e) => `${String(e.data.season)}/${String(e.data.episode)}`,
      say: (v) => `aflevering ${v.split('/')[1]} van seizoen ${v.split('/')[0]}`,
    },
  ];
  for (const k of keys) {
    const first = new Map<string, string>();
    for (const e of entries.filter((x) => x.collection === k.collection)) {
      const v = k.key(e);
      if (v === undefined) continue;
      const other = first.get(v);
      if (other) add({ file: e.file, line: e.source.lineOf([k.field]), field: k.field, message: `${k.say(v)} wordt ook gebruikt door ${other}; kies een ander` });
      else first.set(v, e.file);
    }
  }
};
