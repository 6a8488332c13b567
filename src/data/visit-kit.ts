/** The visit kit of every theme and standard: texts, reflection questions and QR codes (SVG, built at build time). */
import QRCode from 'qrcode';
import { itemsForStandard, itemsForTheme, memo, standards, themes, visible } from './content.ts';
import { facetListings } from './facet-listings.ts';
import { standardSlug } from '../lib/catalog/facets.ts';
import { kitLinks, kitQuestions, type KitLink } from '../lib/catalog/visit-kit.ts';
import type { ItemSummary } from '../lib/catalog/items.ts';
import { entryPath, listingPath } from '../lib/site/routes.ts';
import { isNeutralSite } from '../lib/site/site-address.ts';
import { tDynamic } from '../i18n/t.ts';

export type VisitKitKind = 'thema' | 'standaard';

export interface VisitKit {
  kind: VisitKitKind;
  value: string;
  title: string;
  coreMessage: string;
  questions: string[];
  /** qrSvg only when the site's own address is configured: a QR code on paper must never lead to a stand-in address. */
  links: (KitLink & { qrSvg?: string; url: string })[];
  pagePath: string;
}

async function build(kind: VisitKitKind, value: string, title: string, coreMessage: string, pagePath: string, items: ItemSummary[], standardIds: string[], site: URL): Promise<VisitKit> {
  const guides = (await visible('reflection-guides')).filter((g) => items.some((i) => i.collection === 'reflection-guides' && i.id === g.id));
  const questions = kitQuestions(guides.map((g) => ({ title: g.data.title, url: entryPath('reflection-guides', g.id), sections: g.data.sections.map((s) => ({ standard: s.standard.id, questions: s.questions })) })), standardIds);
  // Prefer an item whose main (first) theme or standard is this one; otherwise the newest linked item.
  const primary = (i: ItemSummary) => (kind === 'thema' ? i.themes[0] === value : standardIds.includes(i.standards[0] ?? ''));
  const first = (c: ItemSummary['collection']) => items.find((i) => i.collection === c && primary(i)) ?? items.find((i) => i.collection === c);
  const brochure = first('brochures');
  const guide = first('reflection-guides');
  const examplesListing = (await facetListings()).find((l) => l.collection === 'practices' && l.kind === kind && l.value === value);
  const links = kitLinks({
    ...(brochure ? { brochure: { role: 'brochure', title: brochure.title, path: brochure.url } } : {}),
    ...(guide ? { guide: { role: 'guide', title: guide.title, path: guide.url } } : {}),
    ...(examplesListing ? { examples: { role: 'examples', title: tDynamic('type.practices.plural'), path: `${listingPath('practices')}${kind}/${value}/` } } : {}),
    page: { role: 'page', title, path: pagePath },
  });
  return {
    kind,
    value,
    title,
    coreMessage,
    questions,
    pagePath,
    links: await Promise.all(
      links.map(async (l) => {
        const url = new URL(l.path, site).toString();
        if (isNeutralSite(site)) return { ...l, url };
        // Error correction M survives a smudge on paper; the SVG scales sharply to any print size.
        const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
        return { ...l, url, qrSvg };
      }),
    ),
  };
}

export function visitKits(site: URL): Promise<VisitKit[]> {
  return memo('visit-kits', async () => {
    const kits: VisitKit[] = [];
    for (const th of await themes()) {
      kits.push(await build('thema', th.id, th.data.title, th.data.summary, entryPath('themes', th.id), await itemsForTheme(th.id), th.data.standards.map((s) => s.id), site));
    }
    for (const s of await standards()) {
      kits.push(await build('standaard', standardSlug(s.id), `${s.data.code} ${s.data.name} (${s.data.edition.id})`, s.data.summary, entryPath('standards', s.id), await itemsForStandard(s.id), [s.id], site));
    }
    return kits;
  });
}
