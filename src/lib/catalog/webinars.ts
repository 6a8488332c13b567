/** Splits webinars at the build time: upcoming soonest first, past newest first. */
export function splitByTime<T extends { start: Date; durationMinutes: number }>(webinars: readonly T[], now: Date) {
  const ends = (w: T) => w.start.getTime() + w.durationMinutes * 60_000;
  const upcoming = webinars.filter((w) => ends(w) > now.getTime()).sort((a, b) => a.start.getTime() - b.start.getTime());
  const past = webinars.filter((w) => ends(w) <= now.getTime()).sort((a, b) => b.start.getTime() - a.start.getTime());
  return { upcoming, past };
}
