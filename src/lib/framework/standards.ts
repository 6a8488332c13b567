/**
 * The crosswalk between framework editions. An older standard lists the standards it became
 * (`successors`, empty when it disappeared); the newer side is found by looking back, so the
 * link is written once, on the old standard.
 */
export interface StandardLike {
  id: string; // "2021/vs1"
  edition: string; // "2021"
  code: string;
  /** Undefined: the next edition is not mapped yet. Empty: the standard disappeared. */
  successors?: readonly string[];
}

/** Standards of older editions that became this one (2021/vs1 ← 2017/sk1). */
export function predecessorsOf<T extends StandardLike>(standard: StandardLike, all: readonly T[]): T[] {
  return all.filter((s) => s.successors?.includes(standard.id));
}

/** Standards this one became in the next edition; [] when it disappeared, undefined when not mapped. */
export function successorsOf<T extends StandardLike>(standard: StandardLike, all: readonly T[]): T[] | undefined {
  if (!standard.successors) return undefined;
  return standard.successors.map((id) => all.find((s) => s.id === id)).filter((s): s is T => s !== undefined);
}

/** The order field first; codes like OP0 come before OP1. */
export function sortStandards<T extends { order: number; code: string }>(standards: readonly T[]): T[] {
  return [...standards].sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));
}
