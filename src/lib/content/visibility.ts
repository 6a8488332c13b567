/** What a production build shows: no drafts, nothing scheduled for later than the build date. */
export interface VisibilityFields {
  draft?: boolean;
  publishDate?: Date;
}

export interface VisibilityMode {
  now: Date;
  /** `astro dev` shows drafts and scheduled items so editors can preview them. */
  preview: boolean;
}

export function isVisible(data: VisibilityFields, { now, preview }: VisibilityMode): boolean {
  if (preview) return true;
  if (data.draft) return false;
  return !data.publishDate || data.publishDate.getTime() <= now.getTime();
}

/** Why an item is not on the live site yet, for the preview banner; undefined once it is published. */
export function previewStatus(data: VisibilityFields, now: Date): { kind: 'draft' } | { kind: 'scheduled'; date: Date } | undefined {
  if (data.draft) return { kind: 'draft' };
  if (data.publishDate && data.publishDate.getTime() > now.getTime()) return { kind: 'scheduled', date: data.publishDate };
  return undefined;
}

/** Why a production build could not link `source` to `target`; undefined when it can. */
export type ReferenceBlocker = { kind: 'draft' } | { kind: 'later'; date: Date };

/**
 * A published item may only point at items that are online whenever it is: online already, or
 * scheduled no later than the item itself. Once content passes, it keeps passing on every later
 * day (items only come online as time goes by), so the nightly build that publishes scheduled
 * items never breaks on a reference.
 */
export function referenceBlocker(source: VisibilityFields, target: VisibilityFields, now: Date): ReferenceBlocker | undefined {
  if (source.draft) return undefined;
  if (target.draft) return { kind: 'draft' };
  const from = target.publishDate;
  if (!from || from.getTime() <= now.getTime()) return undefined;
  if (source.publishDate && source.publishDate.getTime() >= from.getTime()) return undefined;
  return { kind: 'later', date: from };
}
