/**
 * The tables in docs/redactiehandleiding.md that describe the content model are generated from
 * src/schemas/registry.ts (scripts/content/model-doc.ts writes them; a test checks they are up to
 * date), so the guide cannot drift from what the checker accepts.
 */
import type { z } from 'astro/zod';
import { CONTENT_MODEL } from '../../schemas/registry.ts';
import { COLLECTION_NAMES, plainReference } from '../../schemas/reference.ts';
import { collectionSchemas } from '../../schemas/registry.ts';
import { EXTENSIONS } from '../../schemas/registry.ts';

type Def = { type: string; shape?: Record<string, z.ZodType>; in?: z.ZodType };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Top-level fields of a collection, split into required and optional (optional or with a default). */
export function fieldsOf(schema: z.ZodType): { required: string[]; optional: string[] } {
  let def = defOf(schema);
  while (def.type === 'pipe' && def.in) def = defOf(def.in);
  const required: string[] = [];
  const optional: string[] = [];
  for (const [key, field] of Object.entries(def.shape ?? {})) {
    const t = defOf(field).type;
    (t === 'optional' || t === 'default' || t === 'prefault' ? optional : required).push(key);
  }
  return { required, optional };
}

const code = (names: readonly string[]) => (names.length ? names.map((n) => `\`${n}\``).join(', ') : '–');

export function typesTable(): string {
  const rows = COLLECTION_NAMES.filter((c) => CONTENT_MODEL[c].item).map((c) => {
    const spec = CONTENT_MODEL[c];
    return `| ${spec.label.one} | \`content/${spec.folder}/\` | ${spec.description} |`;
  });
  return ['| soort | map | wat het is |', '| --- | --- | --- |', ...rows].join('\n');
}

export function fieldsTable(): string {
  const schemas = collectionSchemas(plainReference);
  const rows = (Object.keys(CONTENT_MODEL) as (keyof typeof CONTENT_MODEL)[]).map((c) => {
    const spec = CONTENT_MODEL[c];
    const { required, optional } = fieldsOf(schemas[c]);
    const files = EXTENSIONS[spec.format].map((e) => `.${e}`).join(', ');
    return `| ${spec.label.one} | \`content/${spec.folder}/\` (${files}) | ${code(required)} | ${code(optional)} |`;
  });
  return ['| soort | map (bestanden) | verplichte velden | velden die mogen |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

const REGIONS = { soorten: typesTable, velden: fieldsTable } as const;

/** The guide with every generated region replaced by its current table. */
export function updateGuide(text: string): string {
  let out = text;
  for (const [name, render] of Object.entries(REGIONS)) {
    const start = `<!-- inhoudsmodel:${name}:begin (gemaakt door npm run docs:model; niet met de hand bewerken) -->`;
    const end = `<!-- inhoudsmodel:${name}:eind -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new Error(`docs/redactiehandleiding.md mist de markering ${start}`);
    out = `${out.slice(0, from + start.length)}\n${render()}\n${out.slice(to)}`;
  }
  return out;
}
