/** Every cross-entry check that checkContent runs after loading, in this order. */
import { checkBodies } from './body.ts';
import type { ContentCheck } from './context.ts';

export const CONTENT_CHECKS: readonly ContentCheck[] = [checkBodies];
