/** What the kennisagenda pages show: the years, and per year its priorities with planned items and progress. */
import type { CollectionEntry } from 'astro:content';
import { agendaProgress, byQuarter, plannedStatus } from '../lib/catalog/agenda.ts';
import { entryPath } from '../lib/site/routes.ts';
import { resolve, visible } from './content.ts';
import { referencePageKey, withCacheKeys } from './cache-keys.ts';

/** Every published agenda, newest year first. */
export async function agendaYears() {
  return (await visible('agenda')).sort((a, b) => b.data.year - a.data.year);
}

export const agendaPaths = withCacheKeys(async () => (await visible('agenda')).map((agenda) => ({ params: { year: agenda.id }, props: { agenda } })), referencePageKey);

export async function agendaPage(agenda: CollectionEntry<'agenda'>) {
  const d = agenda.data;
  const from = `content/agenda/${agenda.id}.yaml`;
  const priorities = await Promise.all(
    d.priorities.map(async (p) => ({
      ...p,
      themeEntry: await resolve(p.theme, from),
      progress: agendaProgress(p.planned),
      planned: await Promise.all(
        byQuarter(p.planned).map(async (x) => ({ ...x, status: plannedStatus(x), url: x.item ? entryPath(x.item.collection, (await resolve(x.item, from)).id) : undefined })),
      ),
    })),
  );
  return {
    priorities,
    total: agendaProgress(d.priorities.flatMap((p) => p.planned)),
    otherYears: (await agendaYears()).filter((a) => a.id !== agenda.id),
  };
}
