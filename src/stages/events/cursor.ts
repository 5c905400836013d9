// Token ranges of spans met in text order (the sentences, one after another). Each search walks on
// from where the last one ended: a binary search over a long document's offsets misses the cache
// at nearly every step, where the walk reads the few offsets right after the last sentence.
import type { TokenOffsets } from '../../spans.js';

/** Tokens a walk reads before a binary search takes over (a span before the last, or far after it). */
const WALK = 64;

export class TokenCursor {
  /** The range of the last span sought: its first token and the token after it. */
  first = 0;
  end = 0;

  constructor(private readonly offsets: TokenOffsets) {}

  /** offsets.range(span), into `first` and `end`. */
  seek(span: { start: number; end: number }): void {
    const { starts, ends } = this.offsets;
    const offset = span.start;
    // The tokens before the last range's end end at or before `offset` (ends are in order): the
    // first token ending after it is at or after that end.
    let i = this.end;
    if (i > 0 && ends[i - 1]! > offset) i = this.offsets.indexAt(offset);
    else {
      const stop = Math.min(ends.length, i + WALK);
      while (i < stop && ends[i]! <= offset) i++;
      if (i === stop && i < ends.length) i = this.offsets.indexAt(offset);
    }
    let last = i;
    while (last < starts.length && starts[last]! < span.end) last++;
    this.first = i;
    this.end = last;
  }
}
