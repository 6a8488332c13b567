/**
 * The main menu: every overview page a reader browses from, on every screen width. Two groups:
 * what the knowledge is about (themes, the framework, supervision, sectors, audiences, the agenda)
 * and each kind of publication, in the content model's order. The search page offers the same
 * pages when search cannot run (overviews.ts).
 */
import { t, tDynamic } from '../../i18n/t.ts';
import { ITEM_COLLECTIONS, listingPath } from './routes.ts';

export interface MenuLink {
  label: string;
  href: string;
}

export interface MenuGroup {
  id: 'topics' | 'types';
  links: MenuLink[];
}

export const MAIN_MENU: readonly MenuGroup[] = [
  {
    id: 'topics',
    links: [
      { label: t('nav.themes'), href: '/themas/' },
      { label: t('nav.framework'), href: '/onderzoekskader/' },
      { label: t('nav.supervision'), href: '/toezicht/' },
      { label: t('nav.sectors'), href: '/sectoren/' },
      { label: t('nav.audiences'), href: '/voor-wie/' },
      { label: t('nav.agenda'), href: '/kennisagenda/' },
    ],
  },
  { id: 'types', links: ITEM_COLLECTIONS.map((c) => ({ label: tDynamic(`type.${c}.plural`), href: listingPath(c) })) },
];
