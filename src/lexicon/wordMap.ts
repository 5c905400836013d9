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
 * reads tags, and compares strings only when they agree.
 */
export class WordMap<T> {
  private words: (string | null)[] = new Array<string | null>(8).fill(null);
  private hashes = new Int32Array(8);
  private values: (T | undefined)[] = new Array<T | undefined>(8);
  private count = 0;

  constructor(entries?: Iterable<readonly [string, T]>) {
    if (entries) for (const [word, value] of entries) this.set(word, value);
  }

  get size(): number {
    return this.count;
  }

  get(word: string): T | undefined {
    const slot = this.slotOf(word, textHash(word));
    return this.hashes[slot] === 0 ? undefined : this.values[slot];
  }

  set(word: string, value: T): void {
    const hash = textHash(word);
    const slot = this.slotOf(word, hash);
    this.values[slot] = value;
    if (this.hashes[slot] !== 0) return;
    this.words[slot] = word;
    this.hashes[slot] = hash | 1;
    if (++this.count * 2 > this.words.length) this.grow();
  }

  /** The word's slot, or the empty slot where it would go. */
  private slotOf(word: string, hash: number): number {
    const mask = this.hashes.length - 1;
    const tag = hash | 1;
    let slot = homeOf(tag, mask);
    for (let held = this.hashes[slot]!; held !== 0; held = this.hashes[slot]!) {
      if (held === tag && this.words[slot] === word) return slot;
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Twice the slots; every word goes to its place by the tag it keeps, without hashing it again. */
  private grow(): void {
    const { words, hashes, values } = this;
    const size = words.length * 2;
    const mask = size - 1;
    this.words = new Array<string | null>(size).fill(null);
    this.hashes = new Int32Array(size);
    this.values = new Array<T | undefined>(size);
    for (let k = 0; k < words.length; k++) {
      const tag = hashes[k]!;
      if (tag === 0) continue;
      let slot = homeOf(tag, mask);
      while (this.hashes[slot] !== 0) slot = (slot + 1) & mask;
      this.words[slot] = words[k]!;
      this.hashes[slot] = tag;
      this.values[slot] = values[k];
    }
  }
}

/** Where a tag's probe starts: its bits above the lowest, which every tag has set. */
function homeOf(tag: number, mask: number): number {
  return (tag >>> 1) & mask;
}
