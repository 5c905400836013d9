// Readers over a document's layers: the one place that does offset arithmetic.
// Every span of a result is built here, so `text.slice(start, end) === span.text` always holds.
import type { Sentence, Span, Token } from './types.js';

/** The span of `text` between two UTF-16 offsets. */
export function spanAt(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Index of the first item whose end is after `at` (binary search over items in order). */
export function firstEndingAfter(items: readonly { end: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token whose end is after `offset`. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return firstEndingAfter(tokens, offset);
}

/** [first, last) token indices of the tokens inside `span`. */
export function tokenRange(tokens: readonly Token[], span: { start: number; end: number }): [number, number] {
  const first = tokenIndexAt(tokens, span.start);
  let last = first;
  while (last < tokens.length && tokens[last]!.start < span.end) last++;
  return [first, last];
}

/** Index of the sentence that holds `offset`, or -1 when it falls between sentences. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  const i = firstEndingAfter(sentences, offset);
  return i < sentences.length && sentences[i]!.start <= offset ? i : -1;
}

