import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import {
  buildCmsConfig,
  CMS_EXCLUDED_FIELDS,
  CMS_EXPERT_ONLY,
  cmsCollections,
  cmsConfigYaml,
  uncoveredCollections,
} from '../../../src/lib/content/cms-config.ts';
import { collectionFields, describe as describeSchema } from '../../../src/lib/content/schema-fields.ts';
import { FIELD_HELP } from '../../../src/lib/content/field-help.ts';
import { CONTENT_MODEL } from '../../../src/schemas/registry.ts';
import { ITEM_COLLECTIONS } from '../../../src/lib/site/routes.ts';

const ROOT = join(import.meta.dirname, '../../..');
type Collection = { name: string; hide?: boolean; folder: string; fields: CmsField[] };
type CmsField = { name: string; label: string; widget: string; required?: boolean; fields?: CmsField[]; field?: CmsField; types?: { name: string; fields: CmsField[] }[]; [k: string]: unknown };

const config = buildCmsConfig().config as { collections: Collection[] };
const byName = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (fields: CmsField[], path: string): CmsField => {
  const [head, ...rest] = path.split('.');
  const f = fields.find((x) => x.name === head);
  if (!f) throw new Error(`geen veld ${head}`);
  return rest.length ? field(f.fields ?? f.field?.fields ?? [], rest.join('.')) : f;
};

describe('CMS configuration (src/admin/config.yml)', () => {
  it('is up to date with the content model (run npm run cms:config)', () => {
    expect(readFileSync(join(ROOT, 'src/admin/config.yml'), 'utf8')).toBe(cmsConfigYaml());
  });

  it('npm run cms:config -- --check says so in Dutch when the file is stale', () => {
    const out = execFileSync(process.execPath, ['scripts/content/cms-config.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toContain('is bijgewerkt');
  });

  it('shows every schema field, or leaves it out with a reason, and every shown field has a Dutch label', () => {
    const result = buildCmsConfig();
    expect(result.unmapped).toEqual([]);
    expect(result.unlabelled).toEqual([]);
    // A reason for something that is not there any more is a stale reason.
    for (const key of Object.keys(CMS_EXCLUDED_FIELDS)) expect(result.seen, key).toContain(key);
    for (const reason of Object.values(CMS_EXCLUDED_FIELDS)) expect(reason.length).toBeGreaterThan(20);
  });

  it('covers every item collection, and every collection is in the CMS or expert-only with a reason', () => {
    const names = config.collections.filter((c) => !c.hide).map((c) => c.name);
    for (const c of ITEM_COLLECTIONS) expect(names).toContain(c);
    expect(names).toEqual(expect.arrayContaining(['themes', 'agenda']));
    expect(uncoveredCollections()).toEqual([]);
    for (const c of Object.keys(CMS_EXPERT_ONLY)) expect(names).not.toContain(c);
  });

  it('picks up a new collection in the registry by itself', () => {
    // The registry is the only list: each collection not expert-only becomes a CMS collection with its folder.
    expect(cmsCollections()).toEqual(Object.keys(CONTENT_MODEL).filter((c) => !(c in CMS_EXPERT_ONLY)));
    for (const c of cmsCollections()) expect(byName(c).folder).toBe(`content/${CONTENT_MODEL[c].folder}`);
  });

  it('derives widgets from the schema: required, enums, references, standards as edition/code, lists, nested objects, dates, Amsterdam time', () => {
    const practices = byName('practices').fields;
    expect(field(practices, 'title')).toMatchObject({ widget: 'string', minlength: 5, maxlength: 120, label: 'Titel' });
    expect(field(practices, 'title').required).toBeUndefined();
    expect(field(practices, 'sourceNote')).toMatchObject({ required: false });
    expect(field(practices, 'school.region')).toMatchObject({ widget: 'select' });
    expect(field(practices, 'school.sector').options).toContainEqual({ label: 'Primair onderwijs (po)', value: 'po' });
    expect(field(practices, 'themes')).toMatchObject({ widget: 'relation', collection: 'themes', multiple: true, min: 1 });
    expect(field(practices, 'standards')).toMatchObject({ widget: 'relation', collection: 'standards', value_field: '{{edition}}/{{slug}}', required: false });
    expect(field(practices, 'expertSchool')).toMatchObject({ widget: 'relation', collection: 'expert-schools', required: false });
    expect(field(practices, 'outcomes')).toMatchObject({ widget: 'list', min: 1, field: { widget: 'text' } });
    expect(field(practices, 'publishDate')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(field(practices, 'image.src')).toMatchObject({ widget: 'image', media_folder: '/public/images', public_folder: '/images' });
    expect(field(practices, 'image.alt')).toMatchObject({ widget: 'string', minlength: 5 });
    expect(field(practices, 'image')).toMatchObject({ required: false });
    expect(field(practices, 'body')).toMatchObject({ widget: 'markdown' });

    const webinars = byName('webinars').fields;
    expect(field(webinars, 'start')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD HH:mm' });
    expect(field(webinars, 'speakers')).toMatchObject({ widget: 'list', min: 1 });
    expect(field(webinars, 'speakers.fictional')).toMatchObject({ widget: 'boolean', default: true });
    expect(field(webinars, 'uid')).toMatchObject({ widget: 'uuid', readonly: true });
    expect(field(webinars, 'recording.captions')).toMatchObject({ widget: 'file', accept: '.vtt', media_folder: '/public/media/webinars' });
    expect(field(webinars, 'registrationUrl')).toMatchObject({ type: 'url', required: false });

    const podcasts = byName('podcasts').fields;
    expect(field(podcasts, 'chapters')).toMatchObject({ widget: 'list', min: 1 });
    expect(field(podcasts, 'audio.type').options).toEqual(['audio/mpeg', 'audio/mp4', 'audio/ogg']);
    expect(field(podcasts, 'episode')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });

    // The agenda's planned items are one of several kinds, each linking to its own collection.
    const planned = field(byName('agenda').fields, 'priorities.planned');
    expect(planned.typeKey).toBe('type');
    const brochure = planned.types!.find((t) => t.name === 'brochures')!;
    expect(field(brochure.fields, 'item')).toMatchObject({ widget: 'relation', collection: 'brochures', required: false });
    expect(field(byName('reflection-guides').fields, 'sections.questions.id').pattern).toEqual(['^[a-z0-9][a-z0-9-]*$', 'id: kleine letters, cijfers en streepjes']);
  });

  it('leaves excluded fields out (they stay in the file when the CMS saves)', () => {
    const groups = field(byName('investigations').fields, 'comparisonGroups');
    expect(groups.fields!.map((f) => f.name)).not.toContain('scores');
    expect(groups.fields!.map((f) => f.name)).toContain('label');
  });

  it('every label in field-help.ts is used by some field (no leftovers)', () => {
    const used = new Set<string>();
    const shown = buildCmsConfig().seen;
    for (const key of Object.keys(FIELD_HELP)) {
      const [c, path] = key.includes(':') ? key.split(':') : [undefined, key];
      const hit = shown.some((s) => {
        const [sc, sp] = s.split(':');
        return (!c || c === sc) && (sp === path || sp!.endsWith(`.${path}`) || sp!.split('.').at(-1) === path || `${sp}.` === path);
      });
      if (hit || path === 'body' || c === 'standards') used.add(key);
    }
    expect(Object.keys(FIELD_HELP).filter((k) => !used.has(k))).toEqual([]);
  });

  it('reads a field it does not know as unmapped, so the coverage test can fail', () => {
    expect(describeSchema(z.record(z.string(), z.number()))).toMatchObject({ kind: 'map' });
    expect(describeSchema(z.union([z.string(), z.number()]))).toMatchObject({ kind: 'other' });
    expect(collectionFields('practices').find((f) => f.name === 'school')?.shape.kind).toBe('object');
  });

  it('the written YAML reads back as the same configuration', () => {
    expect(parse(cmsConfigYaml())).toEqual(JSON.parse(JSON.stringify(config)));
  });
});
