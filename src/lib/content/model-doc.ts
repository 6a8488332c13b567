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
import { cmsCollections } from './cms-config.ts';
import { fieldHelp } from './field-help.ts';
import { collectionFields, describe, type Field } from './schema-fields.ts';

/** Top-level fields of a collection, split into required and optional (optional or with a default). */
export function fieldsOf(schema: z.ZodType): { required: string[]; optional: string[] } {
  const shape = describe(schema);
  const fields = shape.kind === 'object' ? shape.fields : [];
  return { required: fields.filter((f) => f.required).map((f) => f.name), optional: fields.filter((f) => !f.required).map((f) => f.name) };
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

/**
 * Every field of the collections the CMS edits: its name in the file, its label in the CMS and what
 * to fill in, from field-help.ts (the same texts the CMS and `npm run new` show).
 */
export function cmsFieldsTable(): string {
  const rows = new Map<string, string>();
  const add = (collection: (typeof COLLECTION_NAMES)[number], fields: Field[], prefix: string[]) => {
    for (const f of fields) {
      const path = [...prefix, f.name];
      const help = fieldHelp(collection, path);
      const key = `${path.join('.')}|${help?.label}`;
      if (help && !rows.has(key)) rows.set(key, `| \`${path.join('.')}\` | ${help.label} | ${help.hint ?? ''} |`);
      const inner = f.shape.kind === 'list' ? f.shape.of : f.shape;
      if (inner.kind === 'object') add(collection, inner.fields, path);
      if (inner.kind === 'variants') for (const v of inner.variants) add(collection, v.fields, path);
    }
  };
  for (const c of cmsCollections()) add(c, collectionFields(c), []);
  return ['| veld in het bestand | in de CMS | wat u invult |', '| --- | --- | --- |', ...rows.values()].join('\n');
}

const REGIONS = { soorten: typesTable, velden: fieldsTable, 'cms-velden': cmsFieldsTable } as const;

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
