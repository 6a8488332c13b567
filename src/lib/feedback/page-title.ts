/**
 * "Themaonderzoek basisvaardigheden: het leesaanbod in groep 5 tot en met 8" → "Themaonderzoek
 * basisvaardigheden": the part before the colon, for the breadcrumb of the feedback and board pages,
 * which on a phone would otherwise take three lines above the school's verdict. A title without a
 * colon, or whose first part is very short, stays whole.
 */
export function shortTitle(title: string): string {
  const head = title.split(/:\s/, 1)[0]!.trim();
  return head.length >= 10 && head.length < title.length ? head : title;
}
