/**
 * Sample content invents people. One invented person in two roles (an inspectorate adviser here,
 * an AOb moderator there) reads as a real person with a real job; one name keeps one role across
 * speakers, hosts, guests and quotes.
 */
import type { ContentCheck } from './context.ts';

interface Seen {
  role: string;
  file: string;
}

/** Where people appear in an entry: [path to the field, person]. */
function peopleOf(data: Record<string, unknown>): [PropertyKey[], { name: string; role?: string }][] {
  const out: [PropertyKey[], { name: string; role?: string }][] = [];
  const add = (path: PropertyKey[], v: unknown) => {
    if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') out.push([path, v as { name: string; role?: string }]);
  };
  for (const field of ['speakers', 'guests'] as const) (Array.isArray(data[field]) ? (data[field] as unknown[]) : []).forEach((p, i) => add([field, i], p));
  add(['host'], data.host);
  add(['quote'], data.quote);
  return out;
}

export const checkOnePersonOneRole: ContentCheck = ({ entries, add }) => {
  const first = new Map<string, Seen>();
  for (const e of entries) {
    for (const [path, person] of peopleOf(e.data)) {
      if (!person.role) continue;
      const key = person.name.trim().toLowerCase();
      const seen = first.get(key);
      if (!seen) first.set(key, { role: person.role, file: e.file });
      else if (seen.role !== person.role) {
        add({
          file: e.file,
          line: e.source.lineOf([...path, 'role']),
          field: [...path, 'role'].join('.').replace(/\.(\d+)\./g, '[$1].'),
          message: `${person.name} is in ${seen.file} "${seen.role}"; één persoon heeft één rol. Schrijf dezelfde rol, of kies voor deze rol een andere naam`,
        });
      }
    }
  }
};
