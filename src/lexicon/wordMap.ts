// A map of words looked up by a hash of their code units computed here. A token's text is a fresh
// string: a Map computes its hash natively, then probes a table of buckets; for the words a
// matcher asks about one token at a time, an open-addressing table at most half full answers sooner.

/** FNV-1a of a text's code units, its high bits folded into the low ones that pick a slot. */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h ^ (h >>> 16);
}

/**
 * Words by slot, with each one's tag beside it (its hash, odd: 0 marks an empty slot): a probe
 * reads tags, and compares strings only when they agree. A slot's word and value sit side by side
 * in one array, so that a probe that finds its word reads its value from the same cache line.
 */
export class WordMap<T> {
  /** Slot k's word at 2k (null when empty), its value at 2k + 1. */
  private entries: (string | T | null | undefined)[];
  private hashes: Int32Array;
  private count = 0;

  /** A map of `entries`; a Map's are given room for all at once, without growing through every size below. */
  constructor(entries?: Iterable<readonly [string, T]>) {
    let size = 8;
    if (entries instanceof Map) while (size < entries.size * 2) size *= 2;
    this.entries = new Array<string | T | null | undefined>(2 * size).fill(null);
    this.hashes = new Int32Array(size);
    if (entries) for (const [word, value] of entries) this.set(word, value);
  }

  get size(): number {
    return this.count;
  }

  get(word: string): T | undefined {
    const slot = this.slotOf(word, textHash(word));
    return this.hashes[slot] === 0 ? undefined : (this.entries[2 * slot + 1] as T);
  }

  /** Calls `visit` with every word and its value, in no particular order. */
  forEach(visit: (value: T, word: string) => void): void {
    for (let slot = 0; slot < this.hashes.length; slot++) if (this.hashes[slot] !== 0) visit(this.entries[2 * slot + 1] as T, this.entries[2 * slot] as string);
  }

  set(word: string, value: T): void {
    const hash = textHash(word);
    const slot = this.slotOf(word, hash);
    this.entries[2 * slot + 1] = value;
    if (this.hashes[slot] !== 0) return;
    this.entries[2 * slot] = word;
    this.hashes[slot] = hash | 1;
    if (++this.count * 2 > this.hashes.length) this.grow();
  }

  /** The word's slot, or the empty slot where it would go. */
  private slotOf(word: string, hash: number): number {
    const mask = this.hashes.length - 1;
    const tag = hash | 1;
    let slot = homeOf(tag, mask);
    for (let held = this.hashes[slot]!; held !== 0; held = this.hashes[slot]!) {
      if (held === tag && this.entries[2 * slot] === word) return slot;
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Twice the slots; every word goes to its place by the tag it keeps, without hashing it again. */
  private grow(): void {
    const { entries, hashes } = this;
    const size = hashes.length * 2;
    const mask = size - 1;
    this.entries = new Array<string | T | null | undefined>(2 * size).fill(null);
    this.hashes = new Int32Array(size);
    for (let k = 0; k < hashes.length; k++) {
      const tag = hashes[k]!;
      if (tag === 0) continue;
      let slot = homeOf(tag, mask);
      while (this.hashes[slot] !== 0) slot = (slot + 1) & mask;
      this.entries[2 * slot] = entries[2 * k]!;
      this.entries[2 * slot + 1] = entries[2 * k + 1];
      this.hashes[slot] = tag;
    }
  }
}

/** Where a tag's probe starts: its bits above the lowest, which every tag has set. */
function homeOf(tag: number, mask: number): number {
  return (tag >>> 1) & mask;
}

/** The code kept before a word's code units (keepUnits): its length, or one more than `held` for a longer word. */
function lengthCode(length: number, held: number): number {
  return length <= held ? length : held + 1;
}

/**
 * Keeps a word in place in a table of 16-bit code units, at units[at] its length code and after it
 * its units, so that a table that finds a word by its hash tells it by the cache line it probed
 * instead of a string elsewhere in memory. False for a word longer than `held` units, of which
 * only the length code is kept: the caller keeps the string and compares it whole (unitsHold).
 */
export function keepUnits(units: Uint16Array, at: number, held: number, word: string): boolean {
  const n = word.length;
  units[at] = lengthCode(n, held);
  if (n > held) return false;
  for (let k = 0; k < n; k++) units[at + 1 + k] = word.charCodeAt(k);
  return true;
}

/** Whether the word kept at units[at] (keepUnits) is this one; null for a word longer than `held` of that length code, which only the whole string tells. */
export function unitsHold(units: Uint16Array, at: number, held: number, word: string): boolean | null {
  const n = word.length;
  if (units[at] !== lengthCode(n, held)) return false;
  if (n > held) return null;
  for (let k = 0; k < n; k++) if (units[at + 1 + k] !== word.charCodeAt(k)) return false;
  return true;
}
