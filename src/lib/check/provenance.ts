/**
 * `verified: true` on a framework fact (a standard, a domain, a yearly version, a history step)
 * promises that a reader can check it: it needs a source. Without one the page would claim a
 * check that nobody can repeat.
 */
import { fieldPath } from '../content/errors.ts';
import type { ContentCheck } from './context.ts';
import { walk } from './tree.ts';

export const checkProvenance: ContentCheck = (ctx) => {
  for (const entry of ctx.entries) {
    if (entry.collection !== 'standards' && entry.collection !== 'frameworks') continue;
    walk(entry.data, [], (node, path) => {
      if (node.verified !== true || node.source !== undefined) return;
      const at = [...path, 'verified'];
      ctx.add({
        file: entry.file,
        line: entry.source.lineOf(at),
        field: fieldPath(at),
        message: 'verified: true zonder bron: voeg source toe (url, quote of section, checkedOn), of zet verified: false',
      });
    });
  }
};
