/** A standard sits in one of its edition's kwaliteitsgebieden (domains); a typo would drop it from the edition page. */
import type { ContentCheck } from './context.ts';

export const checkStandardDomain: ContentCheck = (ctx) => {
  for (const s of ctx.entries.filter((e) => e.collection === 'standards')) {
    const edition = ctx.index.get(`frameworks:${(s.data.edition as { id: string }).id}`);
    if (!edition) continue; // a missing edition is reported by the reference check
    const codes = ((edition.data.domains as { code: string }[] | undefined) ?? []).map((d) => d.code);
    if (codes.includes(String(s.data.domain))) continue;
    ctx.add({
      file: s.file,
      line: s.source.lineOf(['domain']),
      field: 'domain',
      message: `"${String(s.data.domain)}" is geen kwaliteitsgebied van het ${String(edition.data.title)}`,
      allowed: codes.join(', ') || '(dit kader heeft nog geen kwaliteitsgebieden)',
    });
  }
};
