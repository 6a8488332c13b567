/**
 * zod's own description of a schema (`schema._zod.def`), the one reader of it: the CMS
 * configuration (schema-fields.ts), the checker's "bedoelt u …?" (check/schema-keys.ts) and what
 * the checker can still read of a failed file (check/salvage.ts) walk schemas through it.
 */
import type { z } from 'astro/zod';

export interface ZodCheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  error?: (issue: unknown) => unknown;
}

export interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
  discriminator?: string;
  entries?: Record<string, string>;
  values?: unknown[];
  defaultValue?: unknown;
  checks?: { _zod: { def: ZodCheckDef } }[];
}

export const defOf = (schema: z.ZodType): ZodDef => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
