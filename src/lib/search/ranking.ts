/**
 * How a standard's page ranks in search, by the phase of its edition: a reader who types
 * "kwaliteitszorg" means the kader in force, so a superseded standard (2017 KA1 Kwaliteitszorg)
 * stays findable but ranks below the current ones (2021 SKA1, SKA3 in "Sturen, kwaliteitszorg en
 * ambitie").
 *
 * Pagefind has no per-page boost. Its score is the page's text (BM25, with `data-pagefind-weight`)
 * plus, since 1.5, a boost for every metadata field the query words occur in: `title` weighs 5 at
 * search time, whatever the page's weights say, so a short superseded page whose title is the
 * query word beat the current standards whose names lack it. Hence: the text of a superseded
 * standard that has successors weighs a quarter (one that disappeared, 2017 OP5 Onderwijstijd,
 * is still the page meant and keeps its weight), and a current standard carries its domain name
 * as metadata (`domein`) that the search page weighs as much as a title (SEARCH_RANKING, passed
 * to Pagefind by the island).
 */
import type { FrameworkPhase } from '../framework/structure.ts';

/** The metadata field holding a current standard's domain name. */
export const DOMAIN_META = 'domein';

/** Pagefind's search-time ranking options: the domain name counts like a title. */
export const SEARCH_RANKING = { metaWeights: { [DOMAIN_META]: 5 } } as const;

export interface StandardRanking {
  /** The whole indexed article (ordinary text weighs 1). */
  body: number;
  /** The h1, "KA1 Kwaliteitszorg". */
  title: number;
  /** The domain line above it ("Sturen, kwaliteitszorg en ambitie"): a 2021 standard's name often lacks the word readers use. */
  domain: number;
  /** The `domein` metadata, only on standards of an edition that is in force or planned. */
  domainMeta: boolean;
}

/** `replaced`: the standard has successors in a later edition (its crosswalk names them). */
export function standardRanking(phase: FrameworkPhase, replaced: boolean): StandardRanking {
  if (phase !== 'vervallen') return { body: 1, title: 10, domain: 5, domainMeta: true };
  return replaced ? { body: 0.25, title: 0.5, domain: 0.25, domainMeta: false } : { body: 1, title: 10, domain: 1, domainMeta: false };
}
