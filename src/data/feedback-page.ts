/**
 * What a themed investigation's feedback and board pages show besides their own text: the
 * next-step candidates per comparison group (only items on the investigation's subject and in its
 * sector, each knowing which indicators it is about), the standards named, and the general "read
 * further" lists. The pages and their cache key (src/data/cache-keys.ts) all read it, so the key
 * covers exactly what a page embeds, including which good practices a school's group is matched to.
 */
import type { CollectionEntry } from 'astro:content';
import { itemsOf, memo, standardLabels, visible } from './content.ts';
import { dutchLexicon } from './lexicon.ts';
import { investigationDefinition } from '../lib/feedback/report.ts';
import { createNextStepCandidates, generalNextSteps } from '../lib/feedback/next-steps.ts';
import { topicForms } from '../lib/feedback/topic-words.ts';
import type { ItemSummary } from '../lib/catalog/items.ts';
import { entryPath } from '../lib/site/routes.ts';

/** Base forms of an item's title and summary, once per item per build (an item can follow up several investigations). */
async function itemForms(): Promise<(item: ItemSummary) => ReadonlySet<string>> {
  const lexicon = await dutchLexicon();
  return memo('feedback:item-forms', async () => {
    const forms = new Map<string, ReadonlySet<string>>();
    return (item: ItemSummary) => {
      let f = forms.get(item.url);
      if (!f) forms.set(item.url, (f = topicForms(`${item.title} ${item.summary}`, lexicon)));
      return f;
    };
  });
}

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
    const schools = new Map(
      (await visible('practices')).map((p) => [p.id, { type: p.data.school.type, ...(p.data.school.schoolweging !== undefined ? { schoolweging: p.data.school.schoolweging } : {}) }]),
    );
    const candidatesFor = createNextStepCandidates({
      investigation: { themes: d.themes.map((r) => r.id), sectors: d.sectors, indicators: investigation.indicators },
      items,
      lexicon: await dutchLexicon(),
      formsOf: await itemForms(),
      schools,
    });
    // Per comparison group: good practices are matched to the school's own group.
    const nextSteps = Object.fromEntries(investigation.comparisonGroups.map((g) => [g.id, candidatesFor(g)]));
    const standards = Object.fromEntries(
      investigation.indicators.flatMap((i) => (i.standard ? [[i.standard, { label: labels.get(i.standard) ?? i.standard, url: entryPath('standards', i.standard) }]] : [])),
    );
    return { investigation, nextSteps, standards, general: generalNextSteps(candidatesFor(undefined, true)), investigationUrl: entryPath('investigations', entry.id) };
  });
}
