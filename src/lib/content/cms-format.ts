/**
 * How the CMS writes a content file, so that all content can be written that way once
 * (`npm run cms:format`) and a later edit in the CMS changes only the lines of the field edited.
 * Follows Sveltia CMS 0.221's writer: fields in the order of the configuration (src/admin/config.yml),
 * fields the configuration does not know after them in natural order, optional fields that are empty
 * left out, a missing field that has a default (a switch, a choice, a number) written with it, YAML
 * as its `yaml` writer makes it (block lists, no folding, single quotes where quotes are needed, a
 * blank line between frontmatter and body), and in the body emphasis as `_text_` (its Markdown
 * writer turns every `*text*` of a body into that as soon as the body is edited). tests/e2e/cms-roundtrip.test.ts compares this with what the CMS
 * itself writes, one file per collection.
 */
import { stringify } from 'yaml';
import { parseBody, type BodyNode } from '../body/parse.ts';

interface CmsFieldConfig {
  name: string;
  widget?: string;
  required?: boolean;
  default?: unknown;
  multiple?: boolean;
  fields?: CmsFieldConfig[];
  field?: CmsFieldConfig;
  types?: { name: string; fields?: CmsFieldConfig[] }[];
  typeKey?: string;
}

export interface CmsCollectionConfig {
  format: string;
  fields: CmsFieldConfig[];
}

type Flat = Record<string, unknown>;

const natural = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare;

const isPlainObject = (v: unknown): v is Record<string, unknown> => Object.prototype.toString.call(v) === '[object Object]';
const isContainer = (v: unknown) => Array.isArray(v) || isPlainObject(v);
const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (isPlainObject(v) && Object.keys(v).length === 0);

/** `{a: {b: [1]}}` → `{"a.b.0": 1}`; empty lists and objects stay as they are (like the `flat` package). */
export function flatten(value: Record<string, unknown>, prefix = '', out: Flat = {}): Flat {
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isContainer(v) && Object.keys(v as object).length) flatten(v as Record<string, unknown>, path, out);
    else out[path] = v;
  }
  return out;
}

/** The reverse of flatten: a numeric key makes a list. */
export function unflatten(flat: Flat): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, v] of Object.entries(flat)) {
    const keys = path.split('.');
    let node: Record<string, unknown> | unknown[] = root;
    keys.forEach((key, i) => {
      const last = i === keys.length - 1;
      const slot = (Array.isArray(node) ? Number(key) : key) as never;
      if (last) {
        (node as Record<string, unknown>)[slot] = v;
        return;
      }
      if ((node as Record<string, unknown>)[slot] === undefined) (node as Record<string, unknown>)[slot] = /^\d+$/.test(keys[i + 1]!) ? [] : {};
      node = (node as Record<string, unknown>)[slot] as Record<string, unknown>;
    });
  }
  return root;
}

/** Key paths in the order of the configuration, with `*` for a list position (Sveltia's order of output). */
function keyPaths(fields: CmsFieldConfig[], prefix = '', out: { path: string; field: CmsFieldConfig }[] = []) {
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    out.push({ path, field });
    const list = field.widget === 'list';
    const below = list ? `${path}.*` : path;
    if (field.fields) keyPaths(field.fields, below, out);
    else if (field.types) {
      out.push({ path: `${below}.${field.typeKey ?? 'type'}`, field: { name: field.typeKey ?? 'type', widget: 'string' } });
      for (const t of field.types) keyPaths(t.fields ?? [], below, out);
    } else if (list && field.field) keyPaths([{ ...field.field, name: '*' }], path, out);
    else if (list || field.multiple) out.push({ path: `${path}.*`, field: { name: '*', widget: field.widget, required: false } });
  }
  return out;
}

/** Fields that are missing but have a default get it (the CMS writes a switch's or a choice's state); a switch without one is false. */
function fillDefaults(data: Record<string, unknown>, fields: CmsFieldConfig[]) {
  for (const field of fields) {
    const value = data[field.name];
    if (value === undefined && field.widget !== 'list' && field.widget !== 'object') {
      if (field.default !== undefined) data[field.name] = structuredClone(field.default);
      else if (field.widget === 'boolean') data[field.name] = false;
    }
    if (field.widget === 'object' && isPlainObject(value) && field.fields) fillDefaults(value, field.fields);
    if (field.widget === 'list' && Array.isArray(value)) {
      for (const item of value) {
        if (!isPlainObject(item)) continue;
        const fieldsOfItem = field.fields ?? field.types?.find((t) => t.name === item[field.typeKey ?? 'type'])?.fields;
        if (fieldsOfItem) fillDefaults(item, fieldsOfItem);
      }
    }
  }
}

/** `*text*` → `_text_`, read from the parsed tree (the parser the build uses), so nothing else in the text moves. */
export function cmsBody(body: string): string {
  const parsed = parseBody(body, 'markdown');
  if (!parsed.tree) return body;
  const marks: number[] = [];
  const visit = (node: BodyNode & { position?: { start: { offset?: number }; end?: { offset?: number } } }) => {
    const from = node.position?.start.offset;
    const to = node.position?.end?.offset;
    if (node.type === 'emphasis' && from !== undefined && to !== undefined && body[from] === '*' && body[to - 1] === '*') marks.push(from, to - 1);
    for (const child of node.children ?? []) visit(child);
  };
  visit(parsed.tree);
  if (!marks.length) return body;
  const chars = body.split('');
  for (const at of marks) chars[at] = '_';
  return chars.join('');
}

/** The entry's data ordered and trimmed as the CMS writes it. */
export function cmsOrdered(collection: CmsCollectionConfig, input: Record<string, unknown>): Record<string, unknown> {
  const data = structuredClone(input);
  fillDefaults(data, collection.fields.filter((f) => f.name !== 'body'));
  const unsorted = flatten(data);
  const sorted: Flat = {};
  const take = (key: string, field?: CmsFieldConfig) => {
    const value = unsorted[key];
    if (field && field.required === false && isEmpty(value)) {
      const children = Object.keys(unsorted).filter((k) => k.startsWith(`${key}.`));
      if (children.some((k) => !isEmpty(unsorted[k]))) sorted[key] = value;
      else for (const k of children) delete unsorted[k];
    } else sorted[key] = value;
    delete unsorted[key];
  };
  for (const { path, field } of keyPaths(collection.fields)) {
    if (path in unsorted) take(path, field);
    else {
      const pattern = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '\\d+')}$`);
      for (const key of Object.keys(unsorted).filter((k) => pattern.test(k)).sort(natural)) take(key, field);
    }
  }
  for (const key of Object.keys(unsorted).sort(natural)) take(key);
  return unflatten(sorted);
}

/** YAML as the CMS writes it. */
export function cmsYaml(data: Record<string, unknown>): string {
  return stringify(data, { indent: 2, indentSeq: true, lineWidth: 0, defaultKeyType: 'PLAIN', defaultStringType: 'PLAIN', singleQuote: true }).trim();
}

/** The whole file as the CMS writes it: YAML, or frontmatter, a blank line and the body. */
export function formatLikeCms(collection: CmsCollectionConfig, data: Record<string, unknown>, body?: string): string {
  const yaml = cmsYaml(cmsOrdered(collection, data));
  if (collection.format === 'yaml') return `${yaml}\n`;
  const text = cmsBody((body ?? '').trim());
  return `---\n${yaml}\n---\n${text ? `\n${text}\n` : ''}`;
}
