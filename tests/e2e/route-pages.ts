/**
 * One built page for every route pattern of src/pages, derived from the files (not a hand-picked
 * list), so a new page type is tested the day it is added. A generic route that serves several
 * sections (`[listing]/index.astro` is /brochures/, /webinars/, ...) gives one page per section.
 * Within a group the largest built file is taken: the most content, the likeliest to overflow.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allPages, DIST, NOT_FOUND_SAMPLE } from './site.ts';

const PAGES = 'src/pages';

/** A route as its path segments: 'brochures/[id].astro' → ['brochures', '[id]']. */
export interface Route {
  file: string;
  segments: string[];
}

/** The routes that build HTML pages (.astro files; endpoints such as feed.xml.ts build other files). */
export function htmlRoutes(dir = PAGES): Route[] {
  return readdirSync(dir).flatMap((name): Route[] => {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) return htmlRoutes(abs);
    if (!name.endsWith('.astro')) return [];
    const file = relative(PAGES, abs);
    const segments = file.replace(/\.astro$/, '').split('/').filter((s) => s !== 'index');
    return [{ file, segments }];
  });
}

const isParam = (segment: string) => segment.startsWith('[');

/** Astro's priority, enough for these routes: at the first segment where two differ, a fixed name beats a parameter. */
function moreSpecific(a: Route, b: Route): number {
  for (let i = 0; i < a.segments.length; i++) {
    const pa = isParam(a.segments[i]!);
    const pb = isParam(b.segments[i]!);
    if (pa !== pb) return pa ? 1 : -1;
  }
  return 0;
}

/** The route that builds a site path, or undefined. */
export function routeOf(path: string, routes: readonly Route[]): Route | undefined {
  const parts = path.split('/').filter(Boolean);
  return routes
    .filter((r) => r.segments.length === parts.length && r.segments.every((s, i) => isParam(s) || s === parts[i]))
    .sort(moreSpecific)[0];
}

export interface RoutePage {
  /** Route file, plus the section for a generic route: 'brochures/[id].astro', '[listing]/index.astro /webinars/'. */
  name: string;
  path: string;
}

/**
 * One page per route (and per section of a generic route), with 404.astro at an address that does
 * not exist. A route the content builds no page for (the second page of a listing, on a small
 * site) has none.
 */
export function routePages(): RoutePage[] {
  const routes = htmlRoutes();
  const groups = new Map<string, { path: string; bytes: number }>();
  for (const path of allPages()) {
    const route = routeOf(path, routes);
    if (!route) throw new Error(`geen route in ${PAGES}/ bouwt ${path}`);
    const generic = isParam(route.segments[0] ?? '');
    const name = generic ? `${route.file} /${path.split('/')[1]}/` : route.file;
    const bytes = statSync(join(DIST, path, 'index.html')).size;
    const best = groups.get(name);
    if (!best || bytes > best.bytes || (bytes === best.bytes && path < best.path)) groups.set(name, { path, bytes });
  }
  return [...[...groups].map(([name, { path }]) => ({ name, path })), { name: '404.astro', path: NOT_FOUND_SAMPLE }].sort((a, b) => a.name.localeCompare(b.name));
}
