/**
 * The site's overview pages: every way to browse without search (themes, the framework, the agenda,
 * each kind of publication, sectors, audiences). The search page offers them when search cannot
 * run (no JavaScript, or the index does not load); the browser tests open each one.
 */
import { t, tDynamic } from '../../i18n/t.ts';
import { ITEM_COLLECTIONS, listingPath } from './routes.ts';

export interface OverviewLink {
  label: string;
  href: string;
}

export function overviewLinks(): OverviewLink[] {
  return [
    { label: t('nav.themes'), href: '/themas/' },
    ...ITEM_COLLECTIONS.map((c) => ({ label: tDynamic(`type.${c}.plural`), href: listingPath(c) })),
    { label: t('nav.framework'), href: '/onderzoekskader/' },
    { label: t('nav.agenda'), href: '/kennisagenda/' },
    { label: t('nav.sectors'), href: '/sectoren/' },
    { label: t('nav.audiences'), href: '/voor-wie/' },
  ];
}
