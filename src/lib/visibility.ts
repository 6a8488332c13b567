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
