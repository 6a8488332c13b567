/** Every cross-entry check that checkContent runs after loading, in this order. One module per check. */
import { checkAgendaItems } from './agenda-items.ts';
import { checkAudiencePages } from './audience-pages.ts';
import { checkBodies } from './body.ts';
import type { ContentCheck } from './context.ts';
import { checkChangeLog } from './change-log.ts';
import { checkCurlyQuotes } from './curly-quotes.ts';
import { checkOnePersonOneRole } from './one-person-one-role.ts';
import { checkDates } from './dates.ts';
import { checkIdentity } from './identity.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkProvenance } from './provenance.ts';
import { checkPublicFolder } from './public-file.ts';
import { checkReferences } from './references.ts';
import { checkStandardDomain } from './standard-domain.ts';
import { checkSupersededStandards } from './superseded-standard.ts';
import { checkSupervisionSources } from './supervision-sources.ts';
import { checkUnique } from './unique.ts';
import { uniqueIndicators } from './unique-indicators.ts';
import { checkUnusedThemes } from './unused-themes.ts';
import { checkWebinarAnnouncement } from './webinar-announcement.ts';

export const CONTENT_CHECKS: readonly ContentCheck[] = [
  checkIdentity,
  checkReferences,
  checkDates,
  checkPlaceholders,
  checkUnique,
  uniqueIndicators,
  checkUnusedThemes,
  checkProvenance,
  checkStandardDomain,
  checkSupersededStandards,
  checkAgendaItems,
  checkWebinarAnnouncement,
  checkChangeLog,
  checkCurlyQuotes,
  checkOnePersonOneRole,
  checkSupervisionSources,
  checkBodies,
  checkAudiencePages,
  checkPublicFolder,
];
