/**
 * Which excerpt to show for a result. The index adds compound parts and synonyms in a region at
 * the end of a page (src/lib/search/index-terms.ts, anchor "kp-zoektermen"); when a query only matched
 * there, Pagefind's excerpt would show that word list, so the result shows the page's opening
 * words instead. Pure, no DOM.
 */
/** Id of the region the index adds; its anchor tells a hit there from one in the page's text. */
export const TERMS_ANCHOR = 'kp-zoektermen';

export interface ExcerptSource {
  excerpt: string;
  content: string;
  locations: readonly number[];
  anchors: readonly { id: string; location: number }[];
  meta: Record<string, string>;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Whether the index added words to this page (src/lib/search/index-terms.ts). */
export function hasAddedTerms(r: Pick<ExcerptSource, 'anchors'>): boolean {
  return r.anchors.some((a) => a.id === TERMS_ANCHOR);
}

/** The match locations in the page's own text, without those in the added words. */
export function ownLocations(r: Pick<ExcerptSource, 'anchors' | 'locations'>): number[] {
  const at = r.anchors.find((a) => a.id === TERMS_ANCHOR)?.location ?? Infinity;
  return r.locations.filter((l) => l < at);
}

/**
 * Safe HTML for the excerpt. Without the added region it is Pagefind's own (escaped text with
 * <mark>). With it, the excerpt is made here from the page's own words only: Pagefind may centre
 * its excerpt on the word list when the matches there are denser. The window holds the most own
 * matches; with none (only added words matched), it is the page's opening words.
 */
export function excerptHtml(r: ExcerptSource, words = 30): string {
  const terms = r.anchors.find((a) => a.id === TERMS_ANCHOR);
  if (!terms) return r.excerpt;
  // Pagefind's locations count words of `content`: stop where the added region starts.
  const own = r.content.split(/\s+/).filter(Boolean).slice(0, terms.location);
  const hits = new Set(ownLocations(r));
  let start = 0;
  if (hits.size) {
    let best = -1;
    for (const h of [...hits].sort((a, b) => a - b)) {
      const s = Math.max(0, Math.min(h - 3, own.length - words));
      const inWindow = [...hits].filter((x) => x >= s && x < s + words).length;
      if (inWindow > best) [best, start] = [inWindow, s];
    }
  } else {
    const title = r.meta.title?.split(/\s+/) ?? [];
    if (title.length && title.every((w, i) => own[i] === w || own[i] === `${w}.`)) start = title.length;
  }
  const shown = own.slice(start, start + words).map((w, i) => (hits.has(start + i) ? `<mark>${escapeHtml(w)}</mark>` : escapeHtml(w)));
  return `${start > 0 && hits.size ? '… ' : ''}${shown.join(' ')}${own.length > start + words ? ' …' : ''}`;
}
