/**
 * A large site's search index comes in parts (scripts/search/index-parts.ts): the primary bundle
 * at /pagefind/ and the others listed in /pagefind/delen.json. The search page merges them into
 * one Pagefind instance before its first search, so results and filter counts cover every part.
 */
export const PARTS_URL = '/pagefind/delen.json';

export interface MergeablePagefind {
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
}

/** Merges every listed part; a missing or unreadable list means a single index (older builds). */
export async function mergeIndexParts(pf: MergeablePagefind, fetchJson: (url: string) => Promise<unknown>, options: Record<string, unknown> = {}): Promise<number> {
  const listed = await fetchJson(PARTS_URL).catch(() => []);
  // Only same-site bundle paths under /pagefind/: the list is data, never a way to load another site's script.
  const parts = Array.isArray(listed) ? listed.filter((p): p is string => typeof p === 'string' && /^\/pagefind\/delen\/\d+\/$/.test(p)) : [];
  for (const part of parts) await pf.mergeIndex(part, options);
  return parts.length;
}
