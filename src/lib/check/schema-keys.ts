/**
 * The field names a schema allows at a path, so an unknown field can get "bedoelt u `draft`?"
 * and the full list of what may stand there. Walks zod's own definitions (wrappers, arrays,
 * records, unions); no copy of any schema.
 */
import type { z } from 'astro/zod';
import { defOf, type ZodDef as Def } from '../content/zod-def.ts';

/** Object schemas reachable at `path` (several for a union). */
function objectsAt(schema: z.ZodType, path: readonly PropertyKey[], depth = 0): Def[] {
  if (depth > 50) return [];
  const def = defOf(schema);
  const next = (s: z.ZodType | undefined, p = path) => (s ? objectsAt(s, p, depth + 1) : []);
  switch (def.type) {
    case 'pipe':
      return next(def.in);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return next(def.innerType);
    case 'lazy':
      return next(def.getter?.());
    case 'union':
      return (def.options ?? []).flatMap((o) => next(o));
  }
  if (path.length === 0) return def.type === 'object' ? [def] : [];
  const [key, ...rest] = path;
  if (def.type === 'object') return next(def.shape?.[String(key)], rest);
  if (def.type === 'array') return next(def.element, rest);
  if (def.type === 'record') return next(def.valueType, rest);
  return [];
}

/** Allowed field names at `path`, in schema order; empty when the path is not an object. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  return [...new Set(objectsAt(schema, path).flatMap((d) => Object.keys(d.shape ?? {})))];
}
