// Readers over a document's layers: the one place that does offset arithmetic.
// Every span of a result is built here, so `text.slice(start, end) === span.text` always holds.
import type { Doc, Sentence, Span, Token } from './types.js';

/** The span of `text` between two UTF-16 offsets. */
export function spanAt(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** spanAt with a word's lemma, in one literal: a span given a key after it is built changes shape. */
export function lemmaSpanAt(text: string, start: number, end: number, lemma: string): Span & { lemma: string } {
  return { start, end, text: text.slice(start, end), lemma };
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

/** A token's kind as TokenOffsets.kinds gives it: words and punctuation, the kinds the stages tell apart in their passes over every token. */
export const enum KindCode {
  Other = 0,
  Word = 1,
  Punct = 2,
}

/**
 * A token array's offsets (and kinds) in arrays of small integers. The stages look tokens up by offset
 * for every mention, date and quote: a binary search over contiguous numbers stays in the cache
 * where one over token objects, spread over the heap, misses it at every step of a long document.
 * Plain arrays rather than typed ones: a typed array of an article's size is allocated outside the
 * heap, which costs more than filling it.
 */
export class TokenOffsets {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /**
   * Each token's kind as a KindCode, read in the same pass as the offsets: a stage's pass over
   * every token then reads three arrays of small numbers in order, not every token object (a
   * document's token objects take several times the memory, which is out of the cache again by
   * the later stages).
   */
  readonly kinds: readonly KindCode[];

  constructor(readonly tokens: readonly Token[]) {
    const n = tokens.length;
    const readStarts = new Array<number>(n);
    const readEnds = new Array<number>(n);
    const readKinds = new Array<KindCode>(n);
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      readStarts[i] = t.start;
      readEnds[i] = t.end;
      const kind = t.kind;
      readKinds[i] = kind === 'word' ? KindCode.Word : kind === 'punct' ? KindCode.Punct : KindCode.Other;
    }
    this.starts = readStarts;
    this.ends = readEnds;
    this.kinds = readKinds;
  }

  /** Index of the first token whose end is after `offset` (tokenIndexAt). */
  indexAt(offset: number): number {
    const ends = this.ends;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** [first, last) indices of the tokens inside `span` (tokenRange). */
  range(span: { start: number; end: number }): [number, number] {
    const first = this.indexAt(span.start);
    let last = first;
    while (last < this.starts.length && this.starts[last]! < span.end) last++;
    return [first, last];
  }
}

/** The document's TokenOffsets when they were built for its tokens as they are, else null. */
function keptOffsets(doc: Pick<Doc, 'tokens' | 'layers'>): TokenOffsets | null {
  const kept = doc.layers.tokenOffsets as TokenOffsets | undefined;
  return kept && kept.tokens === doc.tokens && kept.starts.length === doc.tokens.length ? kept : null;
}

/**
 * The document's TokenOffsets, built once per document for every stage that asks. Kept in
 * doc.layers.tokenOffsets beside the token array it was read from: a custom stage that replaces
 * or extends doc.tokens gets a fresh one.
 */
export function tokenOffsets(doc: Pick<Doc, 'tokens' | 'layers'>): TokenOffsets {
  const kept = keptOffsets(doc);
  if (kept !== null) return kept;
  const offsets = new TokenOffsets(doc.tokens);
  doc.layers.tokenOffsets = offsets;
  return offsets;
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

/** Whether a code unit is whitespace as /\s/ matches it. */
export function isWhitespace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
