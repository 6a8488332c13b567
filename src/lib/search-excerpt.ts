/**
 * Which excerpt to show for a result. The index adds compound parts and synonyms in a region at
 * the end of a page (src/lib/search-index.ts, anchor "kp-zoektermen"); when a query only matched
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

/** Safe HTML for the excerpt: Pagefind's own (escaped text with <mark>), or the escaped opening words of the page. */
export function excerptHtml(r: ExcerptSource, words = 30): string {
  const terms = r.anchors.find((a) => a.id === TERMS_ANCHOR);
  if (!terms || !r.locations.length || r.locations.some((l) => l < terms.location)) return r.excerpt;
  // Pagefind's locations count words of `content`: stop where the added region starts.
  const own = r.content.split(/\s+/).filter(Boolean).slice(0, terms.location);
  const title = r.meta.title?.split(/\s+/) ?? [];
  const start = title.length && title.every((w, i) => own[i] === w || own[i] === `${w}.`) ? title.length : 0;
  const shown = own.slice(start, start + words);
  return escapeHtml(shown.join(' ')) + (own.length > start + words ? ' …' : '');
}
