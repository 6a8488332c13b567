/** The audience pages' Markdown (content/pages/voor-wie/*.md), validated once per build. */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { audiencePages, AUDIENCES } from '../lib/catalog/audiences.ts';

const modules = import.meta.glob<{ frontmatter: unknown; Content: AstroComponentFactory }>('/content/pages/voor-wie/*.md', { eager: true });

export const AUDIENCE_PAGES = audiencePages(
  Object.fromEntries(Object.entries(modules).map(([file, m]) => [file, { frontmatter: m.frontmatter, rest: m.Content }])),
);

/** The audiences that have a page, in their fixed order (none on a site without content/pages/voor-wie/). */
export const AUDIENCES_WITH_PAGES = AUDIENCES.filter((a) => AUDIENCE_PAGES.has(a));
