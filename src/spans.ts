// Readers over a document's layers: the one place that does offset arithmetic.
// Every span of a result is built here, so `text.slice(start, end) === span.text` always holds.
import type { Sentence, Span, Token } from './types.js';

/** The span of `text` between two UTF-16 offsets. */
export function spanAt(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Index of the first item whose key is at least `value` (binary search over items in ascending key order). */
export function lowerBound<T>(items: ArrayLike<T>, value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const endOf = (item: { end: number }) => item.end;

/** Index of the first item whose end is after offset `at` (offsets are integers). */
export function firstEndingAfter(items: readonly { end: number }[], at: number): number {
  return lowerBound(items, at + 1, endOf);
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

/** Whether text[from, to) holds a line break (paragraphs are hard boundaries for every stage). */
export function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}
