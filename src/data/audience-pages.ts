/**
 * The audience pages' Markdown (content/pages/voor-wie/*.md), validated once per build. Their fields
 * are read from the file as written by the content reader every other file goes through
 * (src/lib/content/source.ts; `npm run check` checks them the same way, src/lib/check/audience-pages.ts),
 * not from the Markdown module's own frontmatter reader. Files starting with `_` are notes.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { audiencePages, AUDIENCES, type Audience } from '../lib/catalog/audiences.ts';
import { parseContentSource } from '../lib/content/source.ts';
import { audienceHelp, type AudienceHelp } from '../lib/site/complaints.ts';

// Vite reads these patterns from the source: they must be written out, twice.
const modules = import.meta.glob<{ Content: AstroComponentFactory }>(['/content/pages/voor-wie/*.md', '!/content/pages/voor-wie/_*.md'], { eager: true });
const texts = import.meta.glob<string>(['/content/pages/voor-wie/*.md', '!/content/pages/voor-wie/_*.md'], { eager: true, query: '?raw', import: 'default' });

export const AUDIENCE_PAGES = audiencePages(
  Object.fromEntries(Object.entries(modules).map(([file, m]) => [file, { frontmatter: parseContentSource(texts[file] ?? '', false).data, rest: m.Content }])),
);

/** The audiences that have a page, in their fixed order (none on a site without content/pages/voor-wie/). */
export const AUDIENCES_WITH_PAGES = AUDIENCES.filter((a) => AUDIENCE_PAGES.has(a));

/** Links for readers looking for help: these audiences' pages and, for parents and pupils, the complaints route. */
export function helpFor(audiences: readonly Audience[]): AudienceHelp {
  return audienceHelp(audiences, new Map([...AUDIENCE_PAGES].map(([a, p]) => [a, p.title])));
}
