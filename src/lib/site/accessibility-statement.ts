/**
 * The facts of the accessibility statement (/toegankelijkheid/), after the government's model
 * (digitoegankelijk.nl): status, date, the register, what was tested and how, known problems.
 * Update the date whenever a fact here changes; the page and its test read them from here.
 *
 * The status follows digitoegankelijk.nl's table (https://www.digitoegankelijk.nl/toegankelijkheidsverklaring/status):
 * A and B need a complete WCAG-EM audit by an independent expert, at most three years old; C needs
 * one planned within six months; D: a statement, but no audit and none planned; E: no statement
 * (in the register). This demo site has had no audit and none is planned, so it is D, honestly.
 */
export const STATUSES = ['A', 'B', 'C', 'D', 'E'] as const;
export type Status = (typeof STATUSES)[number];

/** What each status means, in plain Dutch (after digitoegankelijk.nl's table). */
export const STATUS_MEANING: Record<Status, string> = {
  A: 'voldoet aan alle eisen; een onafhankelijk onderzoek van hoogstens drie jaar oud laat dat zien.',
  B: 'voldoet aan een deel van de eisen; uit een onafhankelijk onderzoek blijkt wat nog niet goed is en wat eraan gebeurt.',
  C: 'er is nog geen volledig onderzoek, maar het is binnen zes maanden gepland.',
  D: 'er is een verklaring, maar nog geen volledig onderzoek, en er is ook geen onderzoek gepland.',
  E: 'er is geen verklaring.',
};

export const STATEMENT = {
  /** Day this statement was written or last checked (YYYY-MM-DD). */
  date: '2026-12-06',
  status: 'D' as Status,
  /** The government's register of accessibility statements; this demo's statement is not in it. */
  registerUrl: 'https://www.toegankelijkheidsverklaring.nl/register',
  statusExplainedUrl: 'https://www.digitoegankelijk.nl/toegankelijkheidsverklaring/status',
  /** Where a reader can complain when the answer does not help (the model statement names it). */
  ombudsmanUrl: 'https://www.nationaleombudsman.nl',
} as const;
