import { z } from 'astro/zod';

import { AUDIENCES, type Audience } from '../../schemas/audience.ts';

export { AUDIENCES, type Audience };

/** Front matter of an audience page: every fact about the Inspectorate cites a public source. */
export const audiencePageSchema = z.strictObject({
  title: z.string().min(5),
  summary: z.string().min(40).max(320),
  sources: z.array(z.strictObject({ label: z.string().min(5), url: z.url().optional() })).min(1, { error: 'noem minstens één openbare bron' }),
});
export type AudiencePage = z.infer<typeof audiencePageSchema>;

/**
 * Validates the audience pages' front matter and that there is exactly one page per audience.
 * `modules` maps a file path to its front matter (as Vite's import.meta.glob gives it). A site
 * without the folder at all (test fixtures, benchmarks) simply has no audience pages.
 */
export function audiencePages<T>(modules: Record<string, { frontmatter: unknown; rest: T }>): Map<Audience, AudiencePage & { rest: T }> {
  const pages = new Map<Audience, AudiencePage & { rest: T }>();
  for (const [file, mod] of Object.entries(modules)) {
    const slug = file.split('/').pop()!.replace(/\.md$/, '');
    if (!(AUDIENCES as readonly string[]).includes(slug)) throw new Error(`${file}: onbekende doelgroep "${slug}"; kies uit: ${AUDIENCES.join(', ')}`);
    const parsed = audiencePageSchema.safeParse(mod.frontmatter);
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(kop)'}: ${i.message}`).join('; ')}`);
    pages.set(slug as Audience, { ...parsed.data, rest: mod.rest });
  }
  const missing = AUDIENCES.filter((a) => !pages.has(a));
  if (missing.length && pages.size > 0) throw new Error(`content/pages/voor-wie: pagina ontbreekt voor ${missing.join(', ')}`);
  return pages;
}
