// Typed arrays reused from one document to the next. A fresh typed array per document and field
// costs a buffer outside the heap, which the garbage collector then has to free; one stage
// instance reads one document at a time, so it can hand the same buffers to every document.

/** Arrays longer than this are not kept for the next document, so a huge one does not stay in memory. */
const KEPT_LENGTH = 1 << 16;

const enum FILL {
  /**
   * Entries set by a loop at most: a TypedArray fill is a builtin call, which costs more than a
   * short loop (the per-mention, per-quote and per-sentence arrays, and every array of a short text).
   */
  looped = 64,
}

/** Sets the entries [from, end) of `buffer` to `value`: by a loop when they are few, else by fill. */
export function fillRange(buffer: Int32Array | Uint8Array, from: number, end: number, value: number): void {
  if (end - from > FILL.looped) buffer.fill(value, from, end);
  else for (let k = from; k < end; k++) buffer[k] = value;
}

/** The per-token and per-mention arrays of the events stage, each in its own slot. */
export const SLOTS = {
  unitAt: 0,
  cueOf: 1,
  mentionsAt: 2,
  mentionEnd: 3,
  mentionActor: 4,
  nextMention: 5,
  governorFloor: 6,
  dateStart: 8,
  mentionClitic: 9,
  firstStatement: 10,
  nextStatement: 11,
  shape: 12,
  tokenBlocks: 13,
  verbSlot: 14,
} as const;

type Slot = (typeof SLOTS)[keyof typeof SLOTS];

export class ScratchArrays {
  private readonly ints: (Int32Array | undefined)[] = [];
  private readonly bytes: (Uint8Array | undefined)[] = [];

  /**
   * At least `length` int32s, the first `length` set to `value`, valid until the slot is asked for
   * again. The array may be longer, its entries past `length` left from an earlier document: a
   * reader never reads past the length it asked for, nor asks the array its length. (A subarray
   * of the exact length would cost an object per slot and document.)
   */
  int32(slot: Slot, length: number, value: number): Int32Array {
    let buffer = this.ints[slot];
    if (!buffer || buffer.length < length) {
      buffer = new Int32Array(length);
      if (length <= KEPT_LENGTH) this.ints[slot] = buffer;
      // A new array is zeros already (a long document's are new every time).
      if (value === 0) return buffer;
    }
    fillRange(buffer, 0, length, value);
    return buffer;
  }

  /** At least `length` bytes, the first `length` zero, valid until the slot is asked for again (as int32). */
  uint8(slot: Slot, length: number): Uint8Array {
    let buffer = this.bytes[slot];
    if (!buffer || buffer.length < length) {
      buffer = new Uint8Array(length);
      if (length <= KEPT_LENGTH) this.bytes[slot] = buffer;
      return buffer;
    }
    fillRange(buffer, 0, length, 0);
    return buffer;
  }
}
