/**
 * Where readers reach the Inspectorate. The contact page is the Inspectorate's own public page;
 * the feedback address is the platform team's mailbox (to be confirmed before going live).
 */
export const CONTACT = {
  /** Public contact page of the Inspectorate (https://www.onderwijsinspectie.nl/contact). */
  contactUrl: 'https://www.onderwijsinspectie.nl/contact',
  /**
   * Receives "Was deze pagina nuttig?" mails: a prepared e-mail instead of a tracker. A placeholder
   * on the reserved example domain until the Inspectorate names the real mailbox (no invented
   * address under its real domain).
   */
  feedbackEmail: 'redactie@kennisplatform.example',
} as const;
