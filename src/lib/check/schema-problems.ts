/** A schema's verdict on one file's fields as problems, each at the line of its field (the checker's one way to say it). */
import type { z } from 'astro/zod';
import { describeIssue, valueAt, type ContentProblem } from '../content/errors.ts';
import type { ParsedSource } from '../content/source.ts';
import { keysAt } from './schema-keys.ts';

export interface SchemaProblem {
  problem: ContentProblem;
  /** The field's path in the data, for checks that look at its neighbours. */
  path: PropertyKey[];
}

export function schemaProblems(schema: z.ZodType, data: unknown, source: ParsedSource, file: string): SchemaProblem[] | { data: unknown } {
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data };
  return result.error.issues.flatMap((issue) =>
    describeIssue(issue as never, data, (p) => keysAt(schema, p)).map(({ path, ...d }) => {
      // A missing top-level field has no line of its own: point at the start of the frontmatter.
      const line = valueAt(data, path) === undefined && path.length === 1 ? 1 : source.lineOf(path);
      return { problem: { file, line, ...d, severity: 'error' as const }, path };
    }),
  );
}
