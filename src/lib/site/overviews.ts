/**
 * The site's overview pages: every way to browse without search, the main menu's pages. The
 * search page offers them when search cannot run (no JavaScript, or the index does not load); the
 * browser tests open each one.
 */
import { MAIN_MENU, type MenuLink } from './main-menu.ts';

export type OverviewLink = MenuLink;

export function overviewLinks(): OverviewLink[] {
  return MAIN_MENU.flatMap((group) => group.links);
}
