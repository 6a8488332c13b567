/**
 * "Laatst gewijzigd", the change log and the prepared e-mails for "Delen" and "Was deze pagina
 * nuttig?". Dates come from the content itself (publishDate, updatedDate, changes), not from git:
 * CI clones are shallow, so git dates would say "today" for every page.
 */

export interface ChangeNote {
  date: Date;
  note: string;
}

export interface LastChanged {
  /** The newest of publication, updatedDate and every logged change. */
  date: Date;
  /** True when the page changed after it was first published. */
  changedAfterPublication: boolean;
  /** Logged changes after publication, newest first. */
  log: ChangeNote[];
}

export function lastChanged(published: Date, updated?: Date, changes: readonly ChangeNote[] = []): LastChanged {
  const log = changes.filter((c) => c.date.getTime() > published.getTime()).sort((a, b) => b.date.getTime() - a.date.getTime());
  const candidates = [published, ...(updated ? [updated] : []), ...log.map((c) => c.date)];
  const date = new Date(Math.max(...candidates.map((d) => d.getTime())));
  return { date, changedAfterPublication: date.getTime() > published.getTime(), log };
}

/**
 * A mailto: link with subject and body. RFC 6068 wants every reserved character percent-encoded;
 * encodeURIComponent does that (spaces as %20, not +, which mail apps would show literally).
 */
export function mailtoLink({ to = '', subject, body }: { to?: string; subject: string; body: string }): string {
  if (/[\s?&]/.test(to)) throw new Error(`ongeldig e-mailadres voor mailto: ${to}`);
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * When a theme or standard page last changed: its own text has no dates, but the page lists items,
 * so it changes when one of them is published or updated. Undefined when it lists nothing.
 */
export function newestChange(items: readonly { date: Date; updated?: Date | undefined; changes?: readonly ChangeNote[] | undefined }[]): Date | undefined {
  const times = items.flatMap((i) => [i.date, ...(i.updated ? [i.updated] : []), ...(i.changes ?? []).map((c) => c.date)]).map((d) => d.getTime());
  return times.length ? new Date(Math.max(...times)) : undefined;
}
