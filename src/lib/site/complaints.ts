/**
 * The way a parent or pupil with a complaint or a worry about school is sent, in one place: the
 * steps on the parents' page, and for serious matters the confidential inspectors' number. The
 * search page offers it when a query finds nothing, and theme pages for parents and pupils show it.
 */
import { t } from '../../i18n/t.ts';
import { phoneNumbersIn, unbreakable } from '../body/phone-links.ts';
import type { Audience } from '../catalog/audiences.ts';

/**
 * The section "U maakt zich zorgen over de school. Wat kunt u doen?" of content/pages/voor-wie/ouders.md:
 * its id is made from the heading's text (a browser test checks it exists in the built page).
 */
export const COMPLAINTS_HREF = '/voor-wie/ouders/#u-maakt-zich-zorgen-over-de-school-wat-kunt-u-doen';

/**
 * The confidential inspectors (vertrouwensinspecteurs), as published by the Inspectorate on
 * https://www.onderwijsinspectie.nl/onderwerpen/meldpunt-inspectie (cited by the parents' and
 * pupils' pages): 0900-1113111, local rate, working days 8.00 to 17.00.
 */
export const CONFIDENTIAL_INSPECTORS_NUMBER = '0900 111 3 111';

/** Audiences whose readers may need the complaints route (not boards or inspectors). */
const NEEDS_COMPLAINTS: readonly Audience[] = ['ouders', 'leerlingen-en-studenten'];

export interface ComplaintsRoute {
  href: string;
  label: string;
  /** "Bij ernstige zaken … bel de vertrouwensinspecteur:" */
  phoneIntro: string;
  /** As shown: non-breaking, so it never wraps on a phone. */
  phone: string;
  /** tel:+319001113111, by the same rule that links numbers in bodies. */
  tel: string;
}

export function complaintsRoute(): ComplaintsRoute {
  const [number] = phoneNumbersIn(CONFIDENTIAL_INSPECTORS_NUMBER);
  if (!number) throw new Error(`geen geldig telefoonnummer: ${CONFIDENTIAL_INSPECTORS_NUMBER}`);
  return { href: COMPLAINTS_HREF, label: t('complaints.link'), phoneIntro: t('complaints.phoneIntro'), phone: unbreakable(CONFIDENTIAL_INSPECTORS_NUMBER), tel: `tel:${number.e164}` };
}

/** Whether a page for these readers shows the complaints route. */
export const showsComplaints = (audiences: readonly Audience[]) => audiences.some((a) => NEEDS_COMPLAINTS.includes(a));

/** What a page offers readers who may be looking for help: their audience pages, and the complaints route where it applies. */
export interface AudienceHelp {
  audiences: { href: string; label: string }[];
  complaints?: ComplaintsRoute;
}

/** The help for these readers, given the titles of the audience pages that exist. */
export function audienceHelp(audiences: readonly Audience[], titles: ReadonlyMap<Audience, string>): AudienceHelp {
  const shown = audiences.filter((a) => titles.has(a));
  return {
    audiences: shown.map((a) => ({ href: `/voor-wie/${a}/`, label: titles.get(a)! })),
    ...(showsComplaints(shown) ? { complaints: complaintsRoute() } : {}),
  };
}
