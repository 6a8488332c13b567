/** Every cross-entry check that checkContent runs after loading, in this order. One module per check. */
import type { ContentCheck } from './context.ts';
import { checkDates } from './dates.ts';
import { checkIdentity } from './identity.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkReferences } from './references.ts';
import { checkUnique } from './unique.ts';
import { checkUnusedThemes } from './unused-themes.ts';

export const CONTENT_CHECKS: readonly ContentCheck[] = [checkIdentity, checkReferences, checkDates, checkPlaceholders, checkUnique, checkUnusedThemes];
