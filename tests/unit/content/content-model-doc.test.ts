import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldsOf, updateGuide } from '../../../src/lib/content/model-doc.ts';
import { collectionSchemas } from '../../../src/schemas/registry.ts';
import { plainReference } from '../../../src/schemas/reference.ts';

describe("editors' guide tables", () => {
  it('docs/redactiehandleiding.md has the current content-model tables (run npm run docs:model)', () => {
    const guide = readFileSync(join(import.meta.dirname, '../../../docs/redactiehandleiding.md'), 'utf8');
    expect(updateGuide(guide)).toBe(guide);
  });

  it('reads required and optional fields from the schema itself', () => {
    const { required, optional } = fieldsOf(collectionSchemas(plainReference).practices);
    expect(required).toContain('title');
    expect(required).toContain('school');
    expect(optional).toContain('draft');
    expect(optional).toContain('expertSchool');
    expect(required).not.toContain('draft');
  });

  it('says so when a marker is missing instead of writing the tables somewhere else', () => {
    expect(() => updateGuide('# Leeg')).toThrow('mist de markering');
  });
});
