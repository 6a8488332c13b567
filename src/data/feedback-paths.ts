/**
 * The routes of the feedback page and the board page: one per published investigation, with the
 * cache key of what they embed (src/data/feedback-page.ts). Its own module: cache-keys imports
 * feedback-page, so the paths cannot live there without an import circle.
 */
import { visible } from './content.ts';
import { feedbackPageKey, withCacheKeys } from './cache-keys.ts';

/** Id of the JSON data block with the trusted public keys, which the islands read. */
export const FEEDBACK_KEYS_ELEMENT = 'kp-feedback-keys';

export const feedbackPaths = withCacheKeys(async function paths() {
  return (await visible('investigations')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}, feedbackPageKey);
