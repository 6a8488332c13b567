/** Listings show PAGE_SIZE items per page: /goede-voorbeelden/, /goede-voorbeelden/pagina/2/, ... */
export const PAGE_SIZE = 24;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageSlice<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** Path of page n under a base path; page 1 is the base itself. */
export function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}pagina/${page}/`;
}
