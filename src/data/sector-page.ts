/**
 * What a sector page shows, read from the entries themselves: standards by their `sectors`, themes
 * by theirs, items by theirs. Nothing about which standard applies where is hard-coded.
 */
import { allItems, frameworks, standards, themes } from './content.ts';
import { facetListings } from './facet-listings.ts';
import { followBlock } from './follow.ts';
import { byEditionAndDomain, forSectorPage, type SectorPage } from '../lib/framework/sector-pages.ts';
import { sectorStatus } from '../lib/framework/structure.ts';
import { entryPath } from '../lib/site/routes.ts';

export async function sectorPage(group: SectorPage) {
  const editions = await frameworks();
  const domainName = (edition: string, code: string) => editions.find((f) => f.id === edition)?.data.domains.find((d) => d.code === code)?.name ?? code;
  const editionTitle = (edition: string) => editions.find((f) => f.id === edition)?.data.title ?? edition;
  const all = await standards();
  // Standards the sector page may not leave out silently: their sources do not name this sector, nor rule it out.
  const unchecked = all
    .filter((s) => sectorStatus(s.data, group.sectors) === 'niet-nagekeken')
    .map((s) => ({ edition: s.data.edition.id, code: s.data.code, name: s.data.name, href: entryPath('standards', s.id) }));
  const applying = forSectorPage(group, all, (s) => s.data.sectors).map((s) => ({
    edition: s.data.edition.id,
    domain: s.data.domain,
    code: s.data.code,
    name: s.data.name,
    href: entryPath('standards', s.id),
  }));
  // Newest edition first: a reader wants the framework in force before the old one.
  const order = editions.map((f) => f.id);
  const kaders = byEditionAndDomain(applying)
    .sort((a, b) => order.indexOf(a.edition) - order.indexOf(b.edition))
    .map((e) => ({
      ...e,
      title: editionTitle(e.edition),
      href: `/onderzoekskader/${e.edition}/`,
      domains: e.domains.map((d) => ({ ...d, name: domainName(e.edition, d.domain) })),
      unchecked: unchecked.filter((u) => u.edition === e.edition),
    }));
  const items = forSectorPage(group, await allItems(), (i) => i.sectors);
  return {
    kaders,
    themes: forSectorPage(group, await themes(), (t) => t.data.sectors).map((t) => ({ title: t.data.title, summary: t.data.summary, href: entryPath('themes', t.id) })),
    // The newest few; the sector filter pages of each type list the rest.
    latest: items.slice(0, 6),
    // Per type, the pre-rendered sector filter pages that exist for this group's sectors.
    listings: (await facetListings()).filter((l) => l.kind === 'sector' && (group.sectors as readonly string[]).includes(l.value)),
    investigations: items.filter((i) => i.collection === 'investigations'),
    follow: await followBlock('sector', group.slug),
  };
}
