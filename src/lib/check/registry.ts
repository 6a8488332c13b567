/** Every cross-entry check that checkContent runs after loading, in this order. */
import { checkAgendaItems } from './agenda-items.ts';
import type { ContentCheck } from './context.ts';
import { checkProvenance } from './provenance.ts';
import { checkStandardDomain } from './standard-domain.ts';
import { checkSupersededStandards } from './superseded-standard.ts';
import { uniqueIndicators } from './unique-indicators.ts';
import { checkWebinarAnnouncement } from './webinar-announcement.ts';

export const CONTENT_CHECKS: readonly ContentCheck[] = [checkProvenance, checkStandardDomain, checkSupersededStandards, checkAgendaItems, checkWebinarAnnouncement, uniqueIndicators];
