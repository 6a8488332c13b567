/** View models for the onderzoekskader pages: editions, their structure, and one standard with its crosswalk. */
import type { CollectionEntry } from 'astro:content';
import { BUILD_TIME, frameworks, itemsForStandard, standards, standardsOf, themes } from './content.ts';
import { domainsByLevel, frameworkPhase } from '../lib/framework/structure.ts';
import { predecessorsOf, successorsOf, type StandardLike } from '../lib/framework/standards.ts';
import { standardSlug } from '../lib/catalog/facets.ts';
import { followBlock } from './follow.ts';

type Standard = CollectionEntry<'standards'>;
type Framework = CollectionEntry<'frameworks'>;

export const phaseOf = (f: Framework) => frameworkPhase(f.data, BUILD_TIME);

/** Everything an edition page shows: its levels, domains and standards, versions and neighbours. */
export async function editionView(framework: Framework) {
  const list = await standardsOf(framework.id);
  const all = await frameworks();
  const d = framework.data;
  return {
    framework,
    phase: phaseOf(framework),
    levels: domainsByLevel(d.domains, list.map((s) => ({ entry: s, domain: s.data.domain, sectors: s.data.sectors }))),
    versions: [...d.versions].sort((a, b) => a.validFrom.getTime() - b.validFrom.getTime()),
    previous: d.predecessor ? all.find((f) => f.id === d.predecessor!.id) : undefined,
    next: all.find((f) => f.data.predecessor?.id === framework.id),
  };
}

function asLike(s: Standard): StandardLike & { entry: Standard } {
  return { id: s.id, edition: s.data.edition.id, code: s.data.code, successors: s.data.successors?.map((r) => r.id), entry: s };
}

/** A standard's page: where it came from and what it became, what is linked to it, its "Volgen" block. */
export async function standardView(standard: Standard) {
  const all = (await standards()).map(asLike);
  const self = asLike(standard);
  const editions = await frameworks();
  const framework = editions.find((f) => f.id === standard.data.edition.id)!;
  const nextEdition = editions.find((f) => f.data.predecessor?.id === framework.id);
  return {
    framework,
    domain: framework.data.domains.find((x) => x.code === standard.data.domain),
    previousEdition: framework.data.predecessor ? editions.find((f) => f.id === framework.data.predecessor!.id) : undefined,
    predecessors: predecessorsOf(self, all).map((s) => s.entry),
    nextEdition,
    successors: successorsOf(self, all)?.map((s) => s.entry),
    items: await itemsForStandard(standard.id),
    themes: (await themes()).filter((th) => th.data.standards.some((r) => r.id === standard.id)),
    follow: { ...(await followBlock('standaard', standardSlug(standard.id))), kind: 'standaard' as const },
  };
}
