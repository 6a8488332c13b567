/**
 * Tag lists (themes, standards, sectors) as bit sets, so "how many tags do these two items share"
 * is a few AND + popcount operations instead of a nested array search. Related items compare every
 * item with every other one; at 10,000 items that is 100 million pairs (see BENCHMARKS.md).
 */
export class TagBits {
  private readonly bit = new Map<string, number>();
  private readonly words: number;
  private readonly sets: Uint32Array;

  constructor(lists: readonly (readonly string[])[]) {
    for (const list of lists) for (const tag of list) if (!this.bit.has(tag)) this.bit.set(tag, this.bit.size);
    this.words = Math.max(1, Math.ceil(this.bit.size / 32));
    this.sets = new Uint32Array(lists.length * this.words);
    lists.forEach((list, i) => this.sets.set(this.encode(list), i * this.words));
  }

  /** A tag list as a bit set over this vocabulary; tags no listed item has are dropped (nothing can share them). */
  encode(list: readonly string[]): Uint32Array {
    const set = new Uint32Array(this.words);
    for (const tag of list) {
      const b = this.bit.get(tag);
      if (b !== undefined) set[b >>> 5]! |= 1 << (b & 31);
    }
    return set;
  }

  /** Number of distinct tags the encoded list shares with list `index`. */
  shared(set: Uint32Array, index: number): number {
    let n = 0;
    for (let w = 0, at = index * this.words; w < this.words; w++, at++) n += popcount(set[w]! & this.sets[at]!);
    return n;
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
