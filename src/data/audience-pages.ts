/** The audience pages' Markdown (content/pages/voor-wie/*.md), validated once per build. */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { audiencePages } from '../lib/audiences.ts';

const modules = import.meta.glob<{ frontmatter: unknown; Content: AstroComponentFactory }>('/content/pages/voor-wie/*.md', { eager: true });

export const AUDIENCE_PAGES = audiencePages(
  Object.fromEntries(Object.entries(modules).map(([file, m]) => [file, { frontmatter: m.frontmatter, rest: m.Content }])),
);
