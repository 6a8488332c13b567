/** Every cross-entry check that checkContent runs after loading, in this order. */
import type { ContentCheck } from './context.ts';
import { uniqueIndicators } from './unique-indicators.ts';

export const CONTENT_CHECKS: readonly ContentCheck[] = [uniqueIndicators];
