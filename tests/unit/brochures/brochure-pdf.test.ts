/**
 * The brochure PDFs (scripts/brochures/) read brochures as the site does. Pinned here: the rule
 * for which edition <Standaard code="..."> names. The script's own copy of that rule ignored
 * `status`, so a planned edition whose start date had passed would have been chosen.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { brochureBlocks, loadBrochures, standardNamesOn, type Edition, type NamedStandard } from '../../../scripts/brochures/brochure.ts';

const ROOT = join(import.meta.dirname, '../../..');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const EDITIONS: Edition[] = [
  { id: '2017', status: 'vastgesteld', validFrom: day('2017-08-01'), validUntil: day('2021-07-31') },
  { id: '2021', status: 'vastgesteld', validFrom: day('2021-08-01') },
  { id: '2027', status: 'in-ontwikkeling', validFrom: day('2027-08-01') },
];
const STANDARDS: NamedStandard[] = [
  { code: 'OP0', edition: '2021', name: 'Basisvaardigheden' },
  { code: 'OP0', edition: '2027', name: 'Basisvaardigheden (concept)' },
  { code: 'SK1', edition: '2017', name: 'Veiligheid' },
];

const printed = (editions: Edition[], published: string, body = '<Standaard code="OP0" />') =>
  brochureBlocks('content/brochures/x.mdx', `---\ntitle: x\n---\n\n${body}\n`, standardNamesOn(editions, STANDARDS, day(published)));

describe('<Standaard> in a brochure PDF', () => {
  it('never names a planned edition (in-ontwikkeling), not even after its planned start', () => {
    expect(printed(EDITIONS, '2028-01-15')).toEqual([{ kind: 'paragraph', runs: [{ text: 'OP0 Basisvaardigheden' }] }]);
  });

  it('names the edition in force on the publish date: once the planned edition is adopted, that one', () => {
    const adopted = EDITIONS.map((e) => (e.id === '2027' ? { ...e, status: 'vastgesteld' } : e));
    expect(printed(adopted, '2028-01-15')).toEqual([{ kind: 'paragraph', runs: [{ text: 'OP0 Basisvaardigheden (concept)' }] }]);
    expect(printed(adopted, '2027-07-31')).toEqual([{ kind: 'paragraph', runs: [{ text: 'OP0 Basisvaardigheden' }] }]);
    expect(printed(EDITIONS, '2020-03-01', '<Standaard code="SK1" />')).toEqual([{ kind: 'paragraph', runs: [{ text: 'SK1 Veiligheid' }] }]);
  });

  it('follows editie="..." when the editor names the edition, and prints the bare code for an unknown standard', () => {
    expect(printed(EDITIONS, '2028-01-15', '<Standaard code="OP0" editie="2027" /> en <Standaard code="ZZ1" />')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'OP0 Basisvaardigheden (concept) en ZZ1' }] },
    ]);
  });
});

describe('the sample brochures', () => {
  it('are read with the loader and schemas: id, trimmed title, dates as dates, standard names from content/standards', () => {
    const [b] = loadBrochures(ROOT, ['leskwaliteit-in-beeld.mdx']);
    const op3 = parse(readFileSync(join(ROOT, 'content/standards/2021/op3.yaml'), 'utf8')) as { name: string };
    expect(b?.id).toBe('leskwaliteit-in-beeld');
    expect(b?.title).toBe('Leskwaliteit in beeld');
    expect(b?.publishDate).toEqual(day('2025-11-04'));
    const text = b!.blocks.flatMap((x) => ('runs' in x ? x.runs.map((r) => r.text) : [])).join('\n');
    expect(text).toContain(`OP3 ${op3.name}`);
  });

  it('an unknown id stops `node scripts/brochures/pdf.ts` with one Dutch line naming the ones that exist', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/brochures/pdf.ts'), 'bestaat-niet'], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toMatch(/^Niet gevonden bij de brochures: bestaat-niet\. Bestaande: .*leskwaliteit-in-beeld/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
