/**
 * What a collection's schema says about each of its fields, read from zod's own definitions:
 * the kind of value, required or not, its default, limits, choices and which collection a
 * reference points at. The CMS configuration (cms-config.ts) and the guide's field tables
 * (model-doc.ts) are derived from this, so neither keeps a copy of any schema.
 */
import type { z } from 'astro/zod';
import { dateSchema, imageSchema, publicFileSchema, urlSchema } from '../../schemas/common.ts';
import { CONTENT_MODEL } from '../../schemas/registry.ts';
import { plainReference, type CollectionName, type ReferenceFactory } from '../../schemas/reference.ts';
import { amsterdamDateTimeSchema } from '../../schemas/webinar.ts';
import { defOf, type ZodCheckDef as CheckDef } from './zod-def.ts';

export type Shape =
  | { kind: 'text'; min?: number; max?: number; patterns: Pattern[] }
  | { kind: 'number'; integer: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  /** JJJJ-MM-DD. */
  | { kind: 'date' }
  /** Amsterdam wall-clock time, "JJJJ-MM-DD UU:MM". */
  | { kind: 'datetime' }
  | { kind: 'url' }
  /** A file under public/ (site path); `extensions` when the schema limits them. */
  | { kind: 'file'; extensions: string[] }
  | { kind: 'choice'; options: string[] }
  | { kind: 'constant'; value: string | number | boolean }
  | { kind: 'reference'; collection: CollectionName }
  | { kind: 'list'; of: Shape; min?: number; max?: number }
  /** `image`: the shared image object (src, alt, caption). */
  | { kind: 'object'; fields: Field[]; image: boolean }
  /** A list item that is one of several objects, told apart by the value of `key` (the agenda's planned items). */
  | { kind: 'variants'; key: string; variants: { value: string; fields: Field[] }[] }
  /** Free keys (a record): no form can offer it. */
  | { kind: 'map'; of: Shape }
  | { kind: 'other'; zodType: string };

/** A regular expression the value must match, with the schema's own Dutch message. */
export interface Pattern {
  regex: RegExp;
  message?: string;
}

export interface Field {
  name: string;
  /** False when the field may be left out (optional, or with a default). */
  required: boolean;
  default?: unknown;
  shape: Shape;
}

const checksOf = (schema: z.ZodType): CheckDef[] => (defOf(schema).checks ?? []).map((c) => c._zod.def);
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);

/** A schema made from `base` with more checks (`publicFileSchema.regex(/\.vtt$/)`) shares base's check objects. */
function derivedFrom(schema: z.ZodType, base: z.ZodType): boolean {
  const own = defOf(schema).checks ?? [];
  const baseChecks = defOf(base).checks ?? [];
  return schema === base || (defOf(schema).type === defOf(base).type && baseChecks.length > 0 && baseChecks.every((c) => own.includes(c)));
}

/** "mp4", "webm" from /\.(mp4|webm)$/; empty for any other pattern. */
function extensionsOf(patterns: Pattern[]): string[] {
  return patterns.flatMap((p) => /^\\\.\(?([a-z0-9|]+)\)?\$$/.exec(p.regex.source)?.[1]?.split('|') ?? []);
}

/** The message a check gives (zod keeps it as a function of the issue). */
function messageOf(check: CheckDef): string | undefined {
  const out = check.error?.({});
  const text = typeof out === 'string' ? out : (out as { message?: unknown } | undefined)?.message;
  return typeof text === 'string' ? text : undefined;
}

/** The fields of one collection, in schema order. References are recognised by the factory that made them. */
export function collectionFields(collection: CollectionName): Field[] {
  const references = new Map<z.ZodType, CollectionName>();
  const ref: ReferenceFactory = (target) => {
    const schema = plainReference(target);
    references.set(schema, target);
    return schema;
  };
  const shape = describe(CONTENT_MODEL[collection].schema(ref), references);
  return shape.kind === 'object' ? shape.fields : [];
}

function describeObject(shape: Record<string, z.ZodType>, references: Map<z.ZodType, CollectionName>): Field[] {
  return Object.entries(shape).map(([name, schema]) => {
    let inner = schema;
    let required = true;
    let fallback: unknown;
    while (WRAPPERS.has(defOf(inner).type) && defOf(inner).innerType) {
      const def = defOf(inner);
      if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') required = false;
      if (def.type === 'default') fallback = def.defaultValue;
      inner = def.innerType!;
    }
    return { name, required, ...(fallback !== undefined ? { default: fallback } : {}), shape: describe(inner, references) };
  });
}

export function describe(schema: z.ZodType, references: Map<z.ZodType, CollectionName> = new Map()): Shape {
  const reference = references.get(schema);
  if (reference) return { kind: 'reference', collection: reference };
  if (schema === dateSchema) return { kind: 'date' };
  if (schema === amsterdamDateTimeSchema) return { kind: 'datetime' };
  if (schema === urlSchema) return { kind: 'url' };
  const def = defOf(schema);
  if (WRAPPERS.has(def.type) && def.innerType) return describe(def.innerType, references);
  const checks = checksOf(schema);
  const count = (name: string, key: 'minimum' | 'maximum') => checks.find((c) => c.check === name)?.[key];
  switch (def.type) {
    case 'string': {
      const patterns = checks.filter((c) => c.format === 'regex' && c.pattern).map((c) => ({ regex: c.pattern!, message: messageOf(c) }));
      if (derivedFrom(schema, publicFileSchema)) return { kind: 'file', extensions: extensionsOf(patterns) };
      return { kind: 'text', min: count('min_length', 'minimum'), max: count('max_length', 'maximum'), patterns };
    }
    case 'number': {
      const bound = (name: string) => checks.filter((c) => c.check === name).map((c) => (c.inclusive ? c.value! : name === 'greater_than' ? c.value! + 1 : c.value! - 1));
      const lows = bound('greater_than');
      const highs = bound('less_than');
      return {
        kind: 'number',
        integer: checks.some((c) => c.format === 'safeint' || c.format === 'int32'),
        ...(lows.length ? { min: Math.max(...lows) } : {}),
        ...(highs.length ? { max: Math.min(...highs) } : {}),
      };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'choice', options: Object.values(def.entries ?? {}) };
    case 'literal':
      return { kind: 'constant', value: def.values?.[0] as string };
    case 'array':
      return { kind: 'list', of: describe(def.element!, references), min: count('min_length', 'minimum'), max: count('max_length', 'maximum') };
    case 'object':
      return { kind: 'object', fields: describeObject(def.shape ?? {}, references), image: derivedFrom(schema, imageSchema) };
    case 'record':
      return { kind: 'map', of: describe(def.valueType!, references) };
    case 'pipe':
      return describe(def.in!, references);
    case 'union': {
      const key = def.discriminator;
      if (!key) return { kind: 'other', zodType: 'union' };
      const variants = (def.options ?? []).map((option) => {
        const fields = describeObject(defOf(option).shape ?? {}, references);
        const tag = fields.find((f) => f.name === key)?.shape;
        return { value: String(tag?.kind === 'constant' ? tag.value : ''), fields: fields.filter((f) => f.name !== key) };
      });
      return { kind: 'variants', key, variants };
    }
  }
  return { kind: 'other', zodType: def.type };
}
