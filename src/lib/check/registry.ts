/** Every cross-entry check that checkContent runs after loading, in this order. */
import type { ContentCheck } from './context.ts';

export const CONTENT_CHECKS: readonly ContentCheck[] = [];
