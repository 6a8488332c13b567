/** One invented person keeps one role across speakers, hosts, guests and quotes. */
import { describe, expect, it } from 'vitest';
import { checkOnePersonOneRole } from '../../../src/lib/check/one-person-one-role.ts';
import type { CheckContext, LoadedEntry } from '../../../src/lib/check/context.ts';

const entry = (file: string, data: Record<string, unknown>): LoadedEntry =>
  ({ collection: 'podcasts', id: file, file, data, text: '', source: { lineOf: (path: readonly PropertyKey[]) => path.length * 10 } }) as unknown as LoadedEntry;

function problems(entries: LoadedEntry[]): string[] {
  const out: string[] = [];
  const ctx = { entries, add: (p: { file: string; line: number; field: string; message: string }) => out.push(`${p.file}:${p.line} ${p.field} ${p.message}`) } as unknown as CheckContext;
  checkOnePersonOneRole(ctx);
  return out;
}

describe('one person, one role', () => {
  it('names the second role of a person with the file of the first', () => {
    expect(
      problems([
        entry('content/podcasts/a.md', { host: { name: 'Sanne Verhoef', role: 'communicatieadviseur, Inspectie van het Onderwijs' } }),
        entry('content/webinars/b.md', { speakers: [{ name: 'Kees', role: 'inspecteur' }, { name: 'sanne verhoef', role: 'gespreksleider namens het AOb' }] }),
      ]),
    ).toEqual([
      'content/webinars/b.md:30 speakers[1].role sanne verhoef is in content/podcasts/a.md "communicatieadviseur, Inspectie van het Onderwijs"; één persoon heeft één rol. Schrijf dezelfde rol, of kies voor deze rol een andere naam',
    ]);
  });

  it('accepts the same person in the same role, and people without a role', () => {
    expect(
      problems([
        entry('a.md', { guests: [{ name: 'Joost', role: 'schoolleider' }], quote: { name: 'Anna', text: 'x' } }),
        entry('b.md', { speakers: [{ name: 'Joost', role: 'schoolleider' }], host: { name: 'Anna' } }),
      ]),
    ).toEqual([]);
  });
});
