import { z } from 'astro/zod';

const term = z
  .string({ error: 'schrijf een zoekwoord als tekst, bijvoorbeeld "vso"' })
  .trim()
  .min(2, { error: 'een zoekwoord heeft minstens 2 tekens' })
  .max(60, { error: 'een zoekwoord heeft hoogstens 60 tekens; schrijf een korter woord of een woordgroep' })
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} '’-]*$/u, { error: 'gebruik alleen letters, cijfers, spaties, apostrof en koppelteken' });

/**
 * Editors' search vocabulary (content/search-terms/synoniemen.yaml), applied when the search index
 * is built: a page holding one word of a group is also found by the others.
 */
export function searchTermsSchema() {
  return z.strictObject({
    /** Words that mean the same, found by each other both ways: [vso, voortgezet speciaal onderwijs]. */
    synoniemen: z.array(z.array(term).min(2, { error: 'een groep synoniemen heeft minstens 2 woorden' })).default([]),
    /** One way only: searching `zoekterm` also finds pages that say `vindt` (pesten → sociale veiligheid), not the other way. */
    verwijzingen: z
      .array(z.strictObject({ zoekterm: term, vindt: z.array(term).min(1, { error: 'noem minstens 1 woord bij "vindt"' }) }))
      .default([]),
  });
}
export type SearchTerms = z.infer<ReturnType<typeof searchTermsSchema>>;
