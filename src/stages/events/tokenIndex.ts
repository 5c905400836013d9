// Tokens by offset in constant time: the first token ending after the start of each block of 64
// code units, from which a walk of a few tokens finds any offset's. The stage looks tokens up for
// every mention, quote, date and sentence; a binary search over a long document's offsets misses
// the cache at nearly every step, where this reads one entry and the offsets right after it.
import type { TokenOffsets } from '../../spans.js';
import { SLOTS, type ScratchArrays } from './scratch.js';

const enum BLOCK {
  /** Code units per block: 2^6, so that a walk passes a few tokens, and the table is a 64th of the text. */
  bits = 6,
}

export class TokenIndex {
  private readonly blocks: Int32Array;
  /** How many of `blocks` are this text's (the scratch array may be longer). */
  private readonly blockCount: number;

  constructor(
    private readonly offsets: TokenOffsets,
    textLength: number,
    scratch: ScratchArrays,
  ) {
    const ends = offsets.ends;
    const blockCount = (textLength >> BLOCK.bits) + 1;
    const blocks = scratch.int32(SLOTS.tokenBlocks, blockCount, 0);
    let i = 0;
    for (let b = 0; b < blockCount; b++) {
      const offset = b << BLOCK.bits;
      while (i < ends.length && ends[i]! <= offset) i++;
      blocks[b] = i;
    }
    this.blocks = blocks;
    this.blockCount = blockCount;
  }

  /** offsets.indexAt(offset): the first token ending after `offset`. */
  indexAt(offset: number): number {
    const block = offset >> BLOCK.bits;
    if (offset < 0 || block >= this.blockCount) return this.offsets.indexAt(offset);
    const ends = this.offsets.ends;
    let i = this.blocks[block]!;
    while (i < ends.length && ends[i]! <= offset) i++;
    return i;
  }

  /**
   * The end of offsets.range(span) for a span whose first token is `first`: the token after the
   * last one starting before `end`. Every token before indexAt(end - 1) ends, and so starts,
   * before `end`: the walk starts there, not at `first`, so a sentence's end costs a few steps
   * rather than one per token.
   */
  endOf(first: number, end: number): number {
    const starts = this.offsets.starts;
    let last = Math.max(first, this.indexAt(end - 1));
    while (last < starts.length && starts[last]! < end) last++;
    return last;
  }
}
