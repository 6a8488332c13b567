/**
 * The visit kits: per theme and per standard a page to choose the sector of the visit, and per
 * sector group one printable kit (texts, reflection questions and QR codes, SVG at build time).
 */
import QRCode from 'qrcode';
import type { CollectionEntry } from 'astro:content';
import { BUILD_TIME, currentFramework, frameworks, itemsForStandard, itemsForTheme, memo, standards, themes, visible } from './content.ts';
import { standardSlug } from '../lib/catalog/facets.ts';
import { forVisit, kitChooserPath, kitLinks, kitPath, kitPick, kitQuestions, kitSectors, kitVersion, versionInForce, type KitLink, type VisitKitKind } from '../lib/catalog/visit-kit.ts';
import type { ItemSummary } from '../lib/catalog/items.ts';
import { queryFromState } from '../lib/catalog/schools-like-mine.ts';
import type { SectorPage } from '../lib/framework/sector-pages.ts';
import { entryPath, listingPath } from '../lib/site/routes.ts';
import { isNeutralSite } from '../lib/site/site-address.ts';
import { t, tDynamic } from '../i18n/t.ts';

export type { VisitKitKind };

/** What a kit is about: a theme, or a standard of one edition. */
interface Subject {
  kind: VisitKitKind;
  value: string;
  title: string;
  /** The core message for the conversation between inspector and school. */
  conversation: string;
  pagePath: string;
  sectors: string[];
  standardIds: string[];
  items: ItemSummary[];
  /** Is this item mainly about the subject (its first theme or standard)? */
  isMain: (item: ItemSummary) => boolean;
  /** The edition the kit follows, and for a superseded one what replaced it. */
  edition: KitEdition;
}

export interface KitEdition {
  /** "Onderzoekskader 2021". */
  title: string;
  /** "Onderzoekskader 2021, versie 2025". */
  label: string;
  current: boolean;
  /** A superseded edition: when it ended and the kits of what replaced the standard. */
  replaced?: { endedOn: Date; successors: { title: string; path: string }[] };
  /** The day the version the kit follows took effect. */
  since: Date;
}

export interface VisitKit {
  kind: VisitKitKind;
  value: string;
  sector: SectorPage['slug'];
  /** "Primair onderwijs (po)". */
  sectorLabel: string;
  title: string;
  conversation: string;
  questions: string[];
  /** qrSvg only when the site's own address is configured: a QR code on paper must never lead to a stand-in address. */
  links: (KitLink & { qrSvg?: string; url: string })[];
  pagePath: string;
  path: string;
  url: string;
  /** The day the newest of what the kit is made of was published or changed. */
  version: Date;
  edition: KitEdition;
}

/** The page where an inspector picks the sector of the visit. */
export interface VisitKitChooser {
  kind: VisitKitKind;
  value: string;
  title: string;
  pagePath: string;
  edition: KitEdition;
  kits: { sector: SectorPage['slug']; label: string; path: string }[];
}

async function editionOf(id: string): Promise<{ entry: CollectionEntry<'frameworks'>; current: boolean }> {
  const entry = (await frameworks()).find((f) => f.id === id)!;
  return { entry, current: entry.id === (await currentFramework()).id };
}

async function kitEdition(editionId: string, successorIds: readonly string[] = []): Promise<KitEdition> {
  const { entry, current } = await editionOf(editionId);
  const version = versionInForce(entry.data.versions, BUILD_TIME);
  const since = entry.data.versions.find((v) => v.version === version)?.validFrom ?? entry.data.validFrom;
  const label = version ? t('kit.editionVersion', { edition: entry.data.title, version }) : entry.data.title;
  const title = entry.data.title;
  if (current) return { title, label, current, since };
  const all = await standards();
  const successors = successorIds.flatMap((id) => all.filter((s) => s.id === id)).map((s) => ({ title: `${s.data.code} ${s.data.name}`, path: kitChooserPath('standaard', standardSlug(s.id)) }));
  // validUntil is the edition's last day; it no longer applies from the day after.
  const endedOn = new Date((entry.data.validUntil ?? entry.data.validFrom).getTime() + 86_400_000);
  return { title, label, current, since, replaced: { endedOn, successors } };
}

async function kitFor(subject: Subject, group: SectorPage, site: URL): Promise<VisitKit> {
  // Only what fits a visit in this sector: a po visit never gets the vo reflection guide.
  const items = forVisit(subject.items, group);
  const brochure = kitPick(items, 'brochures', subject.isMain);
  const guide = kitPick(items, 'reflection-guides', subject.isMain);
  const guideEntry = guide && (await visible('reflection-guides')).find((g) => g.id === guide.id);
  const questions = guideEntry ? kitQuestions([{ title: guideEntry.data.title, url: guide.url, sections: guideEntry.data.sections.map((s) => ({ standard: s.standard.id, questions: s.questions })) }], subject.standardIds) : [];
  const practices = items.filter((i) => i.collection === 'practices');
  // Examples of this theme in the visit's sector (the listing's own filters); for a standard its examples page.
  const sector = group.sectors.find((s) => practices.some((p) => p.sectors.includes(s)));
  const examplesPath =
    !sector ? undefined : subject.kind === 'thema' ? `${listingPath('practices')}${queryFromState({ thema: subject.value, sector })}` : `${listingPath('practices')}standaard/${subject.value}/`;
  const links = kitLinks({
    ...(brochure ? { brochure: { role: 'brochure', title: brochure.title, path: brochure.url } } : {}),
    ...(guide ? { guide: { role: 'guide', title: guide.title, path: guide.url } } : {}),
    ...(examplesPath ? { examples: { role: 'examples', title: tDynamic('type.practices.plural'), path: examplesPath } } : {}),
    page: { role: 'page', title: subject.title, path: subject.pagePath },
  });
  const used = [brochure, guide, ...(examplesPath ? practices : [])].filter((i): i is ItemSummary => i !== undefined);
  const path = kitPath(subject.kind, subject.value, group.slug);
  return {
    kind: subject.kind,
    value: subject.value,
    sector: group.slug,
    sectorLabel: tDynamic(`sectorGroup.${group.slug}`),
    title: subject.title,
    conversation: subject.conversation,
    questions,
    pagePath: subject.pagePath,
    path,
    url: new URL(path, site).toString(),
    version: kitVersion(used, subject.edition.since),
    edition: subject.edition,
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

/** Every theme and standard as the subject of a kit: themes first, then standards of the edition in force, then older ones. */
function subjects(): Promise<Subject[]> {
  return memo('visit-kit-subjects', async () => {
    const list: Subject[] = [];
    const current = (await currentFramework()).id;
    for (const th of await themes()) {
      list.push({
        kind: 'thema',
        value: th.id,
        title: th.data.title,
        conversation: th.data.conversation,
        pagePath: entryPath('themes', th.id),
        sectors: th.data.sectors,
        standardIds: th.data.standards.map((s) => s.id),
        items: await itemsForTheme(th.id),
        isMain: (i) => i.themes[0] === th.id,
        edition: await kitEdition(current),
      });
    }
    const all = await standards();
    const ordered = [...all.filter((s) => s.data.edition.id === current), ...all.filter((s) => s.data.edition.id !== current)];
    for (const s of ordered) {
      list.push({
        kind: 'standaard',
        value: standardSlug(s.id),
        title: `${s.data.code} ${s.data.name} (${s.data.edition.id})`,
        // The standard's own summary says what it asks of the school, about the school: the topic of the conversation.
        conversation: s.data.summary,
        pagePath: entryPath('standards', s.id),
        sectors: s.data.sectors,
        standardIds: [s.id],
        items: await itemsForStandard(s.id),
        isMain: (i) => i.standards[0] === s.id,
        edition: await kitEdition(s.data.edition.id, s.data.successors?.map((r) => r.id)),
      });
    }
    return list;
  });
}

/** One kit per subject and sector group. */
export function visitKits(site: URL): Promise<VisitKit[]> {
  return memo(`visit-kits:${site.href}`, async () => {
    const kits: VisitKit[] = [];
    for (const subject of await subjects()) for (const group of kitSectors(subject.sectors)) kits.push(await kitFor(subject, group, site));
    return kits;
  });
}

/** One page per subject to choose the sector of the visit, in the same order. */
export async function visitKitChoosers(): Promise<VisitKitChooser[]> {
  return (await subjects()).map((s) => ({
    kind: s.kind,
    value: s.value,
    title: s.title,
    pagePath: s.pagePath,
    edition: s.edition,
    kits: kitSectors(s.sectors).map((group) => ({ sector: group.slug, label: tDynamic(`sectorGroup.${group.slug}`), path: kitPath(s.kind, s.value, group.slug) })),
  }));
}
