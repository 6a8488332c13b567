/** Navigation between framework editions: the same standard in another edition, via `predecessor` links. */
export interface StandardLike {
  id: string; // "2021/op2"
  edition: string; // "2021"
  code: string;
  predecessor?: string; // "2017/op2"
}

/** The chain of predecessors of a standard, nearest first (guards against cycles). */
export function predecessors<T extends StandardLike>(standard: T, all: readonly T[]): T[] {
  const chain: T[] = [];
  let current: T | undefined = standard;
  while (current?.predecessor) {
    const prev: T | undefined = all.find((s) => s.id === current!.predecessor);
    if (!prev || chain.includes(prev) || prev === standard) break;
    chain.push(prev);
    current = prev;
  }
  return chain;
}

/** The same standard in `edition`: backwards through predecessors, or forwards to a successor. */
export function counterpartIn<T extends StandardLike>(standard: T, edition: string, all: readonly T[]): T | undefined {
  if (standard.edition === edition) return standard;
  const older = predecessors(standard, all).find((s) => s.edition === edition);
  if (older) return older;
  return all.find((s) => s.edition === edition && predecessors(s, all).some((p) => p.id === standard.id));
}

/** The order field first; codes like OP0 come before OP1. */
export function sortStandards<T extends { order: number; code: string }>(standards: readonly T[]): T[] {
  return [...standards].sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));
}
