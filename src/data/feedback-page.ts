/**
 * What a themed investigation's feedback page shows besides its own text: the follow-up per
 * comparison group and indicator, the standards named, and the general "read further" lists.
 * The page and its cache key (src/data/cache-keys.ts) both read it, so the key covers exactly
 * what the page embeds, including which good practices a school's group is matched to.
 */
import type { CollectionEntry } from 'astro:content';
import { itemsOf, memo, standardLabels, visible } from './content.ts';
import { createFollowUp, investigationDefinition } from '../lib/feedback/report.ts';
import { entryPath } from '../lib/site/routes.ts';

export function feedbackPage(entry: CollectionEntry<'investigations'>) {
  return memo(`feedback-page:${entry.id}`, async () => {
    const d = entry.data;
    const investigation = investigationDefinition(entry.id, d);
    const items = {
      brochures: await itemsOf('brochures'),
      'reflection-guides': await itemsOf('reflection-guides'),
      practices: await itemsOf('practices'),
      'expert-schools': await itemsOf('expert-schools'),
    };
    const labels = await standardLabels();
    const context = { themes: d.themes.map((r) => r.id), sectors: d.sectors };
    const schools = new Map(
      (await visible('practices')).map((p) => [p.id, { type: p.data.school.type, ...(p.data.school.schoolweging !== undefined ? { schoolweging: p.data.school.schoolweging } : {}) }]),
    );
    const followUpOf = createFollowUp(context, items, 3, schools);
    // Per comparison group, then per indicator: good practices are matched to the school's own group.
    const followUp = Object.fromEntries(
      investigation.comparisonGroups.map((g) => [g.id, Object.fromEntries(investigation.indicators.map((i) => [i.id, followUpOf(i, g)]))]),
    );
    const standards = Object.fromEntries(
      investigation.indicators.flatMap((i) => (i.standard ? [[i.standard, { label: labels.get(i.standard) ?? i.standard, url: entryPath('standards', i.standard) }]] : [])),
    );
    return { investigation, followUp, standards, general: followUpOf({}), investigationUrl: entryPath('investigations', entry.id) };
  });
}
