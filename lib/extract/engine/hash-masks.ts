/**
 * A table from 32-bit hashes to non-zero bit masks in two typed arrays (open addressing): a look-up
 * per word of every sentence read is a few array reads, where a Map of numbers costs a call and
 * a hash of its own.
 */
export interface HashMasks {
  keys: Int32Array;
  masks: Int32Array;
  /** 32 minus the table's size in bits: the top bits of a mixed hash are its slot */
  shift: number;
}

/** The table of `from` (masks of 0 are left out: 0 is what an absent hash gives). */
export function hashMasks(from: ReadonlyMap<number, number>): HashMasks {
  let bits = 4;
  while (1 << bits < 2 * from.size) bits++;
  const size = 1 << bits;
  const t: HashMasks = { keys: new Int32Array(size), masks: new Int32Array(size), shift: 32 - bits };
  for (const [h, m] of from) {
    if (m === 0) continue;
    let slot = Math.imul(h, 0x9e3779b1) >>> t.shift;
    while (t.masks[slot] !== 0) slot = (slot + 1) & (size - 1);
    t.keys[slot] = h;
    t.masks[slot] = m;
  }
  return t;
}

/** The mask of hash h, 0 when it has none. */
export function maskOf(t: HashMasks, h: number): number {
  const last = t.keys.length - 1;
  let slot = Math.imul(h, 0x9e3779b1) >>> t.shift;
  for (;;) {
    const m = t.masks[slot] as number;
    if (m === 0 || t.keys[slot] === h) return m;
    slot = (slot + 1) & last;
  }
}
