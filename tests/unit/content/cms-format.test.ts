import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCmsConfig, cmsCollections } from '../../../src/lib/content/cms-config.ts';
import { cmsBody, cmsOrdered, flatten, formatLikeCms, unflatten, type CmsCollectionConfig } from '../../../src/lib/content/cms-format.ts';
import { loadCollectionSources } from '../../../src/lib/content/loader.ts';
import { parseContentSource } from '../../../src/lib/content/source.ts';

const ROOT = join(import.meta.dirname, '../../..');
const configs = (buildCmsConfig().config as { collections: (CmsCollectionConfig & { name: string })[] }).collections;
const config = (name: string) => configs.find((c) => c.name === name)!;

describe("the CMS's file format (npm run cms:format)", () => {
  it('writing the sample content that way twice gives what writing it once gives (npm run cms:format is safe to run any time)', () => {
    const moving: string[] = [];
    for (const c of cmsCollections()) {
      for (const { file, source } of loadCollectionSources(ROOT, c)) {
        if (file.endsWith('.mdx')) continue;
        const once = formatLikeCms(config(c), source.data as Record<string, unknown>, source.body);
        const again = parseContentSource(once, config(c).format === 'yaml');
        if (formatLikeCms(config(c), again.data as Record<string, unknown>, again.body) !== once) moving.push(file);
      }
    }
    expect(moving).toEqual([]);
  });

  it('orders fields as the configuration does, unknown fields last, and leaves out empty optional ones', () => {
    const ordered = cmsOrdered(config('practices'), { source: 'themaonderzoek', zzz: 1, title: 'Een titel', standards: [], school: { place: 'Zwolle', name: 'X' } });
    expect(Object.keys(ordered)).toEqual(['title', 'draft', 'school', 'source', 'zzz']);
    expect(Object.keys(ordered.school as object)).toEqual(['name', 'place', 'fictional']);
  });

  it('writes missing switches and choices with their defaults, in list items too', () => {
    const webinar = cmsOrdered(config('webinars'), { title: 'T', speakers: [{ name: 'A' }, { name: 'B', fictional: false }] });
    expect(webinar).toMatchObject({ draft: false, speakers: [{ name: 'A', fictional: true }, { name: 'B', fictional: false }] });
  });

  it('writes emphasis as _text_ from the parsed body, and nothing else', () => {
    expect(cmsBody('Een *nadruk*, **vet** en `*code*`.\n\n- *punt*\n')).toBe('Een _nadruk_, **vet** en `*code*`.\n\n- _punt_\n');
    expect(cmsBody('2 * 3 * 4')).toBe('2 * 3 * 4');
  });

  it('flattens and unflattens like the CMS (lists by position, empty lists kept)', () => {
    const data = { a: { b: [1, { c: 'x' }] }, e: [], f: {} };
    expect(flatten(data)).toEqual({ 'a.b.0': 1, 'a.b.1.c': 'x', e: [], f: {} });
    expect(unflatten(flatten(data))).toEqual(data);
  });

  it('writes YAML with block lists, no folding, single quotes where needed, and a blank line before the body', () => {
    const text = formatLikeCms(config('practices'), { title: 'Lezen: zo doen wij het', themes: ['a', 'b'], summary: 'x'.repeat(200) }, '\nTekst.\n');
    expect(text).toBe(`---\ntitle: 'Lezen: zo doen wij het'\nsummary: ${'x'.repeat(200)}\ndraft: false\nthemes:\n  - a\n  - b\n---\n\nTekst.\n`);
  });
});
