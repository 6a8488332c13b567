/**
 * An investigation's indicator ids must be unique: a feedback link stores scores by position and
 * the page looks distributions up by id, so a second "leestijd" would show one indicator's scores
 * under the other's name.
 */
import type { ContentCheck } from './context.ts';

export const uniqueIndicators: ContentCheck = (ctx) => {
  for (const entry of ctx.entries) {
    if (entry.collection !== 'investigations') continue;
    const indicators = (entry.data.indicators ?? []) as { id: string }[];
    const first = new Map<string, number>();
    indicators.forEach((ind, i) => {
      const earlier = first.get(ind.id);
      if (earlier === undefined) {
        first.set(ind.id, i);
        return;
      }
      ctx.add({
        file: entry.file,
        line: entry.source.lineOf(['indicators', i, 'id']),
        field: `indicators.${i}.id`,
        message: `indicator-id "${ind.id}" staat er al (indicator ${earlier + 1}, regel ${entry.source.lineOf(['indicators', earlier, 'id'])}); geef elke indicator een eigen id`,
      });
    });
  }
};
