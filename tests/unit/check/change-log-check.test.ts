/** The change-log check: a change dated before publication or in the future gets a clear Dutch line. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/run.ts';
import { formatProblem } from '../../../src/lib/content/errors.ts';

const BASE = join(import.meta.dirname, '../../fixtures/base');
const FILE = 'content/practices/lezen-in-groep-5.md';
const NOW = new Date('2026-11-23T12:00:00Z');
const roots: string[] = [];
afterAll(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

async function linesWith(changes: string): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'kp-changes-'));
  roots.push(root);
  cpSync(BASE, root, { recursive: true });
  const text = readFileSync(join(root, FILE), 'utf8');
  writeFileSync(join(root, FILE), text.replace(/^publishDate: .*$/m, (line) => `${line}\n${changes}`));
  return (await checkContent({ root, now: NOW })).problems.map(formatProblem);
}

describe('changes (change log)', () => {
  it('accepts changes after publication', async () => {
    const publish = readFileSync(join(BASE, FILE), 'utf8').match(/^publishDate: (\S+)/m)![1]!;
    expect(publish < '2026-06-01').toBe(true);
    expect(await linesWith('changes:\n  - date: 2026-06-01\n    note: Resultaten van dit jaar toegevoegd.')).toEqual([]);
  });

  it('names file, line and field for a missing note', async () => {
    expect(await linesWith('changes:\n  - date: 2026-06-01\n    note: ""')).toEqual(['content/practices/lezen-in-groep-5.md:7  changes[0].note  "": beschrijf de wijziging in een korte zin']);
  });

  it('names file, line and field for a change before publication or in the future', async () => {
    const lines = await linesWith('changes:\n  - date: 2020-01-01\n    note: Te vroeg gedateerd.\n  - date: 2030-01-01\n    note: Nog niet gebeurd.');
    expect(lines.map((l) => l.replace(/\d{4}-\d{2}-\d{2}\)/, 'PUBLISH)'))).toEqual([
      expect.stringMatching(/changes\[0\]\.date  "2020-01-01" is niet later dan de publicatie \(PUBLISH\), en een wijziging komt altijd na de publicatie; schrijf een latere datum, of haal de regel weg$/),
      expect.stringMatching(/changes\[1\]\.date  "2030-01-01": deze wijziging ligt in de toekomst; schrijf de datum waarop u de wijziging maakte$/),
    ]);
  });
});
