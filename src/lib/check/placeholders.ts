/** A published item must not go live with the example texts of `npm run new` (comments do not count). */
import { PLACEHOLDER_MARKERS } from '../content/templates.ts';
import type { ContentCheck } from './context.ts';
import { forEachEntry } from './tree.ts';

export const checkPlaceholders: ContentCheck = (ctx) =>
  forEachEntry(ctx, (entry) => {
    if (entry.data.draft === true) return;
    entry.text.split('\n').forEach((line, i) => {
      if (/^\s*#/.test(line)) return;
      const marker = PLACEHOLDER_MARKERS.find((m) => line.includes(m));
      if (marker) {
        ctx.add({ file: entry.file, line: i + 1, field: '(voorbeeldtekst)', message: `hier staat nog voorbeeldtekst van npm run new ("${marker.trim()}"); vervang die, of zet draft: true` });
      }
    });
  });
