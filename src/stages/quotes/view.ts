// One document as the quote finder reads it: folded token texts, token flags, the sentence and
// line of every token, and the actors' mentions ordered by offset with the token they start at.
// Built once per run in linear time, into flat arrays, so that the later passes read memory in
// order instead of chasing token objects; every lookup after that is an array read or a binary
// search over numbers.
import type { Actor, ActorType, Doc, Mention, Token } from '../../types.js';
import { foldedHash, foldedTokens, Hash, hashOfFolded, wordHashes } from '../../lexicon/normalize.js';
import { KindCode, lowerBound, tokenOffsets, type TokenOffsets } from '../../spans.js';
import type { BoilerplateLayer } from '../boilerplate.js';
import { FEW_TO_INSERT, sortByInsertion, sortUnlessOrdered } from '../../order.js';

/**
 * A mention with the index of its actor in doc.actors and of the token it starts in. Its offsets,
 * role and actor type are copied once: the passes read them from these objects, all of one shape,
 * instead of from the actors stage's.
 */
export interface ActorMention {
  mention: Mention;
  start: number;
  end: number;
  role: Mention['role'];
  type: ActorType;
  actor: number;
  token: number;
}

export interface DocView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly actors: readonly Actor[];
  /** The token's text folded for matching. */
  fold(i: number): string;
  isWord(i: number): boolean;
  /** Each token's shape (see shapeOfWord): Shape.Unknown for a word outside ASCII, Shape.NotAWord for the other tokens. */
  readonly shapes: Int32Array;
  isCapitalized(i: number): boolean;
  /** Whether the token is a quotation mark of any style. */
  isQuoteMark(i: number): boolean;
  /** Whether the token is a comma (a punctuation token ","). */
  isComma(i: number): boolean;
  /** Whether the token is punctuation (of kind 'punct'). */
  isPunctuation(i: number): boolean;
  /** Whether tokens i and i + 1 touch (no gap between them). */
  gluedToNext(i: number): boolean;
  /** Sentence index of each token (-1 outside sentences). */
  readonly sentenceOf: Int32Array;
  /** Line (paragraph) index of each token. */
  readonly lineOf: Int32Array;
  /** The first token of each line. */
  readonly lineStarts: Int32Array;
  /** The quotation marks' tokens, in order. */
  readonly quoteMarks: Int32Array;
  /** Whether the token lies in a boilerplate sentence. */
  boilerplate(i: number): boolean;
  /** First and last token (inclusive) of sentence s. */
  sentenceFirst(s: number): number;
  sentenceLast(s: number): number;
  /** The first token after the dateline ("JAKARTA, KOMPAS.com -"): nobody speaks before it. */
  readonly bodyFirst: number;
  /** Index of the token that holds `offset` (the first token ending after it). */
  tokenAt(offset: number): number;
  /** Mentions in the article body (not in the dateline or boilerplate), ordered by start. */
  mentions(): readonly ActorMention[];
  /** Index of the first mention starting at or after `offset`. */
  mentionFrom(offset: number): number;
  /** A zeroed byte per token, for marking tokens during this run only. */
  tokenMask(): Uint8Array;
  /** The mention that covers the offsets [start, end), if any (the longest when several do). */
  mentionCovering(start: number, end: number): ActorMention | null;
}

/** A token's flags. Const enums here are written into the code as numbers, not read from the module scope at each use. */
const enum Flag {
  Word = 1,
  Capital = 2,
  QuoteMark = 4,
  Comma = 8,
  Punct = 16,
}
/** “ ” „ ‟ " « » ‘ ’ ' ‹ ›, by code: read for every punctuation token. */
function isQuoteMarkCode(c: number): boolean {
  if (c < 0x80) return c === 0x22 || c === 0x27;
  if (c === 0xab || c === 0xbb) return true;
  return (c >= 0x2018 && c <= 0x201f && c !== 0x201a && c !== 0x201b) || c === 0x2039 || c === 0x203a;
}
/** Mentions that start before an offset and may still cover it: mentions rarely nest deeper. */
const MAX_NESTING = 8;

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/**
 * A word's shape: 15 bits of its word hash (wordHashes), and for a word ending in "-nya" the
 * same of the stem before it (before "-nya" with a hyphen); Shape.Unknown for a word with a
 * character outside ASCII. The word hash of an ASCII word is that of its folded form: a
 * speech-verb or marker form of another hash cannot be it, and the lexicon tells most words apart
 * on this number without reading their folded strings.
 */
export const enum Shape {
  /** The bits of a word hash a shape keeps. */
  Hash = 0x7fff,
  StemShift = 15,
  /** Set in the shape of a word that ends in -nya. */
  Nya = 1 << 30,
  /** A word with a character outside ASCII. */
  Unknown = -1,
  /** A token that is no word. */
  NotAWord = -2,
}

/** The hash of a word in a shape (also that of a folded form: hashOfForm). */
export const wordHash = (shape: number): number => shape & Shape.Hash;
/** The hash of the stem before -nya in the shape of a word that ends in it (Shape.Nya). */
export const stemHash = (shape: number): number => (shape >>> Shape.StemShift) & Shape.Hash;

/** The hash in a shape of a folded form, -1 for one outside ASCII (which no ASCII word folds to). */
export function hashOfForm(form: string): number {
  const hash = hashOfFolded(form);
  return hash === Hash.NotAscii ? -1 : hash & Shape.Hash;
}

/**
 * The hashes (hashOfForm) of a set of folded words, one bit each: 4 kB that a lookup reads one
 * word of, where a Set of numbers hashes the number again.
 */
export type HashFilter = Uint32Array;

/** An empty HashFilter. */
export function emptyHashFilter(): HashFilter {
  return new Uint32Array((Shape.Hash + 1) >>> 5);
}

/** Adds a hash (a shape's wordHash or stemHash, hashOfForm) to a filter. */
export function addHash(filter: HashFilter, hash: number): void {
  filter[hash >>> 5]! |= 1 << (hash & 31);
}

/** Whether a filter has a hash (a shape's wordHash or stemHash). */
export function hasHash(filter: HashFilter, hash: number): boolean {
  return (filter[hash >>> 5]! & (1 << (hash & 31))) !== 0;
}

/** The hashes of folded words, for mayBeOneOf; a word outside ASCII has none (no ASCII token folds to it). */
export function hashesOf(words: Iterable<string>): HashFilter {
  const out = emptyHashFilter();
  for (const word of words) {
    const hash = hashOfForm(word);
    if (hash >= 0) addHash(out, hash);
  }
  return out;
}

/** False when the token at i is none of the words of these hashes, told by its shape alone. */
export function mayBeOneOf(view: DocView, i: number, hashes: HashFilter): boolean {
  const shape = view.shapes[i]!;
  return shape < 0 || hasHash(hashes, wordHash(shape));
}

const enum Code {
  LowerCaseBit = 0x20,
  Hyphen = 0x2d,
}

/**
 * The shape of the word text[start, end) of word hash `hash` (wordHashes). Whether it ends in
 * "-nya" is read from its last characters (an ASCII letter's case is one bit); only the words
 * that do hash again, their stem.
 */
function shapeOfWord(text: string, start: number, end: number, hash: number): number {
  if (hash === Hash.NotAscii) return Shape.Unknown;
  const word = hash & Shape.Hash;
  if (end - start < 3 || (text.charCodeAt(end - 1) | Code.LowerCaseBit) !== 0x61 || (text.charCodeAt(end - 2) | Code.LowerCaseBit) !== 0x79 || (text.charCodeAt(end - 3) | Code.LowerCaseBit) !== 0x6e) return word;
  const stemEnd = end - start >= 4 && text.charCodeAt(end - 4) === Code.Hyphen ? end - 4 : end - 3;
  return Shape.Nya | ((foldedHash(text, start, stemEnd) & Shape.Hash) << Shape.StemShift) | word;
}

const UPPER_START = /^\p{Lu}/u;

/** Whether the word tokens[i], at `start`, starts with a capital: read from the text, and from the token's own string past ASCII. */
function startsUpper(text: string, start: number, tokens: readonly Token[], i: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(tokens[i]!.text);
}


const identity = (value: number) => value;

/** Largest arena (in elements) kept from one document to the next; a longer document gets its own. */
const MAX_KEPT = 1 << 20;

/**
 * The typed arrays of a view, reused from one document to the next by one stage instance:
 * allocating a dozen small typed arrays per document costs more than filling them. Views are
 * only read while their run lasts, so the next document may take the memory over.
 */
export class ViewArena {
  private ints = new Int32Array(0);
  private bytes = new Uint8Array(0);

  /** An Int32Array of at least `size` elements, contents undefined. */
  int32(size: number): Int32Array {
    if (this.ints.length >= size) return this.ints;
    const grown = new Int32Array(Math.max(size, this.ints.length * 2));
    if (grown.length <= MAX_KEPT) this.ints = grown;
    return grown;
  }

  /** A Uint8Array of at least `size` elements, contents undefined. */
  uint8(size: number): Uint8Array {
    if (this.bytes.length >= size) return this.bytes;
    const grown = new Uint8Array(Math.max(size, this.bytes.length * 2));
    if (grown.length <= MAX_KEPT) this.bytes = grown;
    return grown;
  }
}

/** Masks (one byte a token) a view hands out for its run: the direct-quote finder takes two. */
const TOKEN_MASKS = 2;

/**
 * A document's view for one run of the stage. A class whose methods read its fields: an object
 * of closures over the same locals costs a closure per method for every document.
 */
export class QuoteView implements DocView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly actors: readonly Actor[];
  readonly shapes: Int32Array;
  readonly sentenceOf: Int32Array;
  readonly lineOf: Int32Array;
  readonly lineStarts: Int32Array;
  readonly quoteMarks: Int32Array;
  readonly bodyFirst: number;
  private readonly doc: Doc;
  private readonly n: number;
  private readonly sn: number;
  // Words match folded; other tokens (quotation marks, dashes) are compared as written.
  private readonly foldedWords: readonly string[];
  /** The first and last token of each sentence s, at 2s and 2s + 1 (one view for both; past either end undefined). */
  private readonly sentenceBounds: Int32Array;
  private readonly bytes: Uint8Array;
  /** The flags (Flag) of each token; past either end undefined, as no flag. */
  private readonly flags: Uint8Array;
  private readonly offsets: TokenOffsets;
  /** The dateline's place and outlet, and the names in "Baca Juga" headlines, never speak. */
  private readonly bodyStart: number;
  private masksGiven = 0;
  // Read on first use: a document with no quotation mark nor speech verb never needs them.
  private body: ActorMention[] | null = null;
  private starts: number[] = [];

  constructor(doc: Doc, arena: ViewArena) {
    const { text, tokens, sentences } = doc;
    const n = tokens.length;
    const sn = sentences.length;
    this.doc = doc;
    this.text = text;
    this.tokens = tokens;
    this.actors = doc.actors;
    this.n = n;
    this.sn = sn;
    this.foldedWords = foldedTokens(doc);
    const hashes = wordHashes(doc);
    const ints = arena.int32(5 * n + 2 * sn);
    const sentenceOf = ints.subarray(0, n);
    const lineOf = ints.subarray(n, 2 * n);
    const bounds = ints.subarray(2 * n, 2 * n + 2 * sn);
    const shapes = ints.subarray(2 * n + 2 * sn, 3 * n + 2 * sn);
    const marksFrom = 3 * n + 2 * sn;
    const linesFrom = 4 * n + 2 * sn;
    let markCount = 0;
    let lineCount = 0;
    // Flags, then one byte a sentence (1 in boilerplate), then the token masks.
    const bytes = arena.uint8((1 + TOKEN_MASKS) * n + sn);
    this.bytes = bytes;
    const flags = bytes.subarray(0, n);
    // A loop of its own over the sentences rather than fill calls: an article has a few dozen.
    for (let k = 0; k < sn; k++) {
      bytes[n + k] = sentences[k]!.boilerplate ? 1 : 0;
      bounds[2 * k] = -1;
      bounds[2 * k + 1] = -2;
    }

    // The sentence s not yet behind the scan, its offsets in locals (Infinity past the last one).
    let s = 0;
    let sentenceStart = sn > 0 ? sentences[0]!.start : Infinity;
    let sentenceEnd = sn > 0 ? sentences[0]!.end : Infinity;
    let line = 0;
    let previousEnd = -1;
    // The tokens' offsets and kinds from the shared layer, not from the token objects: a word
    // outside ASCII alone reads its own.
    const offsets = tokenOffsets(doc);
    const { starts, ends, kinds } = offsets;
    for (let i = 0; i < n; i++) {
      const start = starts[i]!;
      const end = ends[i]!;
      const kind = kinds[i]!;
      if (kind === KindCode.Word) {
        flags[i] = Flag.Word | (startsUpper(text, start, tokens, i) ? Flag.Capital : 0);
        shapes[i] = shapeOfWord(text, start, end, hashes[i]!);
      } else {
        let flag = kind === KindCode.Punct ? Flag.Punct : 0;
        if (kind === KindCode.Punct && end - start === 1) {
          const c = text.charCodeAt(start);
          if (isQuoteMarkCode(c)) {
            flag |= Flag.QuoteMark;
            ints[marksFrom + markCount++] = i;
          } else if (c === 0x2c) flag |= Flag.Comma;
        }
        flags[i] = flag;
        shapes[i] = Shape.NotAWord;
      }
      if (previousEnd >= 0) {
        for (let c = previousEnd; c < start; c++) {
          if (isLineBreak(text.charCodeAt(c))) {
            line++;
            break;
          }
        }
      }
      if (line === lineCount) ints[linesFrom + lineCount++] = i;
      lineOf[i] = line;
      previousEnd = end;
      while (sentenceEnd <= start) {
        s++;
        sentenceStart = s < sn ? sentences[s]!.start : Infinity;
        sentenceEnd = s < sn ? sentences[s]!.end : Infinity;
      }
      if (sentenceStart <= start) {
        sentenceOf[i] = s;
        if (bounds[2 * s]! < 0) bounds[2 * s] = i;
        bounds[2 * s + 1] = i;
      } else sentenceOf[i] = -1;
    }
    this.offsets = offsets;
    this.flags = flags;
    this.sentenceBounds = bounds;
    this.shapes = shapes;
    this.sentenceOf = sentenceOf;
    this.lineOf = lineOf;
    this.quoteMarks = ints.subarray(marksFrom, marksFrom + markCount);
    this.lineStarts = ints.subarray(linesFrom, linesFrom + lineCount);
    const dateline = (doc.layers.boilerplate as BoilerplateLayer | undefined)?.dateline;
    this.bodyStart = dateline ? dateline.span.end : 0;
    this.bodyFirst = this.offsets.indexAt(this.bodyStart);
  }

  // Past either end there is no token: undefined, which matches no word.
  fold(i: number): string {
    return (this.flags[i]! & Flag.Word) !== 0 ? this.foldedWords[i]! : (this.tokens[i]?.text as string);
  }

  isWord(i: number): boolean {
    return i >= 0 && i < this.n && (this.flags[i]! & Flag.Word) !== 0;
  }

  isCapitalized(i: number): boolean {
    return i >= 0 && i < this.n && (this.flags[i]! & Flag.Capital) !== 0;
  }

  isQuoteMark(i: number): boolean {
    return i >= 0 && i < this.n && (this.flags[i]! & Flag.QuoteMark) !== 0;
  }

  isComma(i: number): boolean {
    return i >= 0 && i < this.n && (this.flags[i]! & Flag.Comma) !== 0;
  }

  isPunctuation(i: number): boolean {
    return i >= 0 && i < this.n && (this.flags[i]! & Flag.Punct) !== 0;
  }

  gluedToNext(i: number): boolean {
    return i + 1 < this.n && this.offsets.ends[i] === this.tokens[i + 1]!.start;
  }

  boilerplate(i: number): boolean {
    const k = this.sentenceOf[i]!;
    return k >= 0 && this.bytes[this.n + k] === 1;
  }

  sentenceFirst(k: number): number {
    return this.sentenceBounds[2 * k]!;
  }

  sentenceLast(k: number): number {
    return this.sentenceBounds[2 * k + 1]!;
  }

  tokenAt(offset: number): number {
    return this.offsets.indexAt(offset);
  }

  mentions(): ActorMention[] {
    if (this.body) return this.body;
    const body = bodyMentions(this.doc, this.bodyStart, this.offsets.ends, this.sentenceOf, this.bytes, this.n);
    const starts = new Array<number>(body.length);
    for (let k = 0; k < body.length; k++) starts[k] = body[k]!.start;
    this.body = body;
    this.starts = starts;
    return body;
  }

  mentionFrom(offset: number): number {
    this.mentions();
    return lowerBound(this.starts, offset, identity);
  }

  tokenMask(): Uint8Array {
    const { n, sn } = this;
    if (this.masksGiven === TOKEN_MASKS) return new Uint8Array(n);
    this.masksGiven++;
    return this.bytes.subarray(this.masksGiven * n + sn, (this.masksGiven + 1) * n + sn).fill(0);
  }

  mentionCovering(start: number, end: number): ActorMention | null {
    let best: ActorMention | null = null;
    const after = this.mentionFrom(start + 1);
    const body = this.mentions();
    for (let k = after - 1; k >= 0 && k >= after - MAX_NESTING; k--) {
      const m = body[k]!;
      if (m.start <= start && m.end >= end && (!best || m.end - m.start > best.end - best.start)) best = m;
    }
    return best;
  }
}

const byStartLongestFirst = (a: ActorMention, b: ActorMention) => a.start - b.start || b.end - a.end;

/** Code units per block a long list of mentions is bucketed by: 2^6, a few mentions a block. */
const MENTION_BLOCK_BITS = 6;

/**
 * The mentions ordered by byStartLongestFirst, as the stable sortUnlessOrdered orders them. A long
 * list out of order (a long document's, gathered actor by actor) is bucketed by block of text
 * (stably), then sorted by insertion, which moves each mention only within its block: linear in
 * the mentions where a comparison sort is not, and costs a long document most of the stage.
 */
function inTextOrder(mentions: ActorMention[], textLength: number): ActorMention[] {
  const count = mentions.length;
  if (count <= FEW_TO_INSERT) return sortUnlessOrdered(mentions, byStartLongestFirst);
  let ordered = true;
  for (let k = 1; k < count && ordered; k++) ordered = byStartLongestFirst(mentions[k - 1]!, mentions[k]!) <= 0;
  if (ordered) return mentions;
  const blockEnds = new Int32Array((textLength >> MENTION_BLOCK_BITS) + 2);
  for (let k = 0; k < count; k++) blockEnds[(mentions[k]!.start >> MENTION_BLOCK_BITS) + 1]!++;
  for (let b = 1; b < blockEnds.length; b++) blockEnds[b]! += blockEnds[b - 1]!;
  const sorted = new Array<ActorMention>(count);
  for (let k = 0; k < count; k++) {
    const m = mentions[k]!;
    sorted[blockEnds[m.start >> MENTION_BLOCK_BITS]!++] = m;
  }
  return sortByInsertion(sorted, 1, byStartLongestFirst);
}

/**
 * The mentions of the article body, ordered by start (the longest first), each with its actor and
 * the token it starts in; none in the dateline or in boilerplate sentences (sentence s is one
 * where bytes[boilerplateFrom + s] is 1: the view's bytes, read in place rather than by a view of them).
 */
function bodyMentions(doc: Doc, bodyStart: number, ends: readonly number[], sentenceOf: Int32Array, bytes: Uint8Array, boilerplateFrom: number): ActorMention[] {
  const n = ends.length;
  const mentions: ActorMention[] = [];
  const actors = doc.actors;
  for (let index = 0; index < actors.length; index++) {
    const { type, mentions: ofActor } = actors[index]!;
    for (let k = 0; k < ofActor.length; k++) {
      const mention = ofActor[k]!;
      const { start, end, role } = mention;
      if (start >= bodyStart) mentions.push({ mention, start, end, role, type, actor: index, token: -1 });
    }
  }
  const ordered = inTextOrder(mentions, doc.text.length);
  // Mentions and tokens are both in text order: one merge walk gives every mention its token.
  const body: ActorMention[] = [];
  for (let k = 0, i = 0; k < ordered.length; k++) {
    const m = ordered[k]!;
    while (i < n && ends[i]! <= m.start) i++;
    m.token = i;
    const sentence = i < n ? sentenceOf[i]! : -1;
    if (sentence < 0 || !bytes[boilerplateFrom + sentence]) body.push(m);
  }
  return body;
}
