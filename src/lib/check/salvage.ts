/**
 * What can still be checked in a file that failed: so one run of the check shows every independent
 * problem of a file, not one kind per round (a wrong field no longer hides a missing theme, a missing
 * audio file or unsafe text). The fields that pass their schema on their own are kept, as the schema
 * outputs them (references as {id, collection}); a file whose YAML could not be read keeps its body.
 */
import type { z } from 'astro/zod';
import { defOf } from '../content/zod-def.ts';

export function salvageFields(schema: z.ZodType, raw: Record<string, unknown>): Record<string, unknown> {
  let def = defOf(schema);
  while ((def.type === 'pipe' && def.in) || def.innerType) def = defOf(def.in ?? def.innerType!);
  const shape = def.shape ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    // Own fields only: a key such as __proto__ is not a field of any schema.
    if (!Object.hasOwn(shape, key)) continue;
    const field = shape[key]!;
    const result = field.safeParse(value);
    if (result.success) out[key] = result.data;
  }
  return out;
}
