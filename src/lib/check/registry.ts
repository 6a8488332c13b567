/** Every cross-entry check that checkContent runs after loading, in this order. */
import type { ContentCheck } from './context.ts';
import { changeLogCheck } from './change-log.ts';

export const CONTENT_CHECKS: readonly ContentCheck[] = [changeLogCheck];
