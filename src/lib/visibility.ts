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
