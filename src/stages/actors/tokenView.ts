// What the actors stage needs to know of each token, computed once per document in one pass:
// its folded text, its case shape, what it is to the word lists, its sentence, whether it opens a
// sentence and whether it sits inside quotation marks.
import type { Doc, Token } from '../../types.js';
import { foldedTokens, Hash, wordHashes } from '../../lexicon/normalize.js';
import { mayHold, Word, type ActorVocabulary, type WordBits } from './vocabulary.js';

export const enum Shape {
  Other = 0,
  /** "Jakarta", "Jong-un", "McDonald". */
  Capitalized = 1,
  /** "BPBD", "KPK", "PP", "U-20". */
  Acronym = 2,
  /** "T.", "H." */
  Initial = 3,
  Lower = 4,
  Number = 5,
}

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]*(?:-\p{Lu}?[\p{Lu}\p{N}]+)?$/u;
const INITIAL = /^\p{Lu}\.$/u;
/** Quarters and numbered parts: "III-2024", "IV", not acronyms. */
const NUMBERED = /^[IVX]+(?:-\d+)?$|-\d{4}$/;
const HAS_LOWER = /\p{Ll}/u;
/** A verb's prefixes: "menyebut", "berkata", "dilaporkan", "terjadi". */
const VERB_SHAPE = /^(?:me[mnrl]?|ber|di|ter|memper|diper)\p{Ll}{3,}$/u;
/** "-nya" glued to a name ("Jakartanya") still names it. */
const ENCLITIC = 'nya';

function opensQuote(c: number): boolean {
  return c === 0x201c /* “ */ || c === 0x2018 /* ‘ */ || c === 0xab /* « */;
}

function closesQuote(c: number): boolean {
  return c === 0x201d /* ” */ || c === 0x2019 /* ’ */ || c === 0xbb /* » */;
}

/** Marks the constructor's loop tests by code: a constant enum, written into the code as numbers (see Word). */
const enum Mark {
  AmbiguousQuote = 0x22, // "
  Colon = 0x3a,
}

/** Marks before the first word of a clause: quotes, brackets, dashes, a colon, bullets. */
function opensClause(c: number): boolean {
  switch (c) {
    case 0x201c: // “
    case 0x22: // "
    case 0x2018: // ‘
    case 0x27: // '
    case 0x28: // (
    case 0x5b: // [
    case 0x2d: // -
    case 0x2013: // –
    case 0x2014: // —
    case 0x3a: // :
    case 0x2022: // •
    case 0x2a: // *
    case 0xab: // «
      return true;
    default:
      return false;
  }
}

/** The per-token byte arrays of a document, views into one scratch buffer (TokenView.bytes). */
export const enum Bytes {
  Shape,
  OpensSentence,
  Quoted,
  Boilerplate,
  /** 1 when a line break separates the token from the one before it. */
  BreakBefore,
  /** The scanner's titled and named tokens. */
  Claimed,
  /** Tokens some candidate covers, and tokens the tagger is asked about. */
  Covered,
  Wanted,
  /** Tokens inside a group phrase. */
  InGroup,
  /** The scanner's title at each token: 0 not read yet, 1 none, 2 + the kind's index. */
  TitleKind,
  Count,
}

/** The per-token 32-bit arrays of a document (TokenView.words). */
export const enum Words {
  /** Each token's Word bits (TokenView.flags, read as unsigned). */
  Flags,
  Sentence,
  /** The token's word's slot in the vocabulary's WordBits, plus 1 (0: none, or not read). */
  Slot,
  Count,
}

/** Documents longer than this (in tokens) get arrays of their own, so that the scratch space stays small. */
const MAX_SCRATCH = 1 << 16;

/**
 * The typed arrays a stage reuses from one document to the next: a typed array's backing store
 * costs more to allocate than a short document takes to read. Grown to the longest document up to
 * MAX_SCRATCH tokens and zeroed for each; nothing of one document is read by the next.
 */
export class Scratch {
  private bytes = new Uint8Array(0);
  private words = new Int32Array(0);
  /** Three lists of token indices, each up to the capacity long (TokenView.nameParts, nameOrTitleStarts, scanned): written before read, never zeroed. */
  private lists: [Int32Array, Int32Array, Int32Array] = [new Int32Array(0), new Int32Array(0), new Int32Array(0)];
  private capacity = 0;

  /** Zeroed arrays for n tokens: Bytes.Count byte rows and Words.Count 32-bit rows; and three lists of n or more indices. */
  take(n: number): { bytes: Uint8Array; words: Int32Array; lists: [Int32Array, Int32Array, Int32Array] } {
    if (n > MAX_SCRATCH) return { bytes: new Uint8Array(n * Bytes.Count), words: new Int32Array(n * Words.Count), lists: [new Int32Array(n), new Int32Array(n), new Int32Array(n)] };
    if (n > this.capacity) {
      this.capacity = Math.max(n, Math.min(MAX_SCRATCH, this.capacity * 2));
      this.bytes = new Uint8Array(this.capacity * Bytes.Count);
      this.words = new Int32Array(this.capacity * Words.Count);
      this.lists = [new Int32Array(this.capacity), new Int32Array(this.capacity), new Int32Array(this.capacity)];
    }
    this.bytes.fill(0, 0, n * Bytes.Count);
    this.words.fill(0, 0, n * Words.Count);
    return { bytes: this.bytes, words: this.words, lists: this.lists };
  }
}

export class TokenView {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly folded: readonly string[];
  readonly shape: Uint8Array;
  /** Word bits: which lists the token's word opens a form of or belongs to; 0 until read (see is). */
  private readonly flags: Uint32Array;
  private readonly wordBits: WordBits;
  /** The tokens' word hashes (wordHashes), which the word filters and the tagger's word sums are keyed on. */
  readonly hashes: Int32Array;
  /** Each token's Words.Slot, read with its flags. */
  private readonly slots: Int32Array;
  readonly sentence: Int32Array;
  /** 1 for the first word of a sentence (after opening quotes or brackets). */
  readonly opensSentence: Uint8Array;
  /** 1 inside quotation marks. */
  readonly quoted: Uint8Array;
  readonly boilerplate: Uint8Array;
  /**
   * The name parts' token indices in order, the first namePartCount of the list (isNamePart; about
   * one token in six): the passes that read only capitalized words and acronyms go through these,
   * not over every token. A list of the stage's scratch, kept from document to document.
   */
  readonly nameParts: Int32Array;
  readonly namePartCount: number;
  /**
   * The tokens where a name or a title may start, in order, the first nameOrTitleStartCount of the
   * list: the name parts and the words with Word.OpensTitle (a Word.Scanned bit: the constructor
   * reads every word that may have one), the only tokens the scanner starts a group at.
   */
  readonly nameOrTitleStarts: Int32Array;
  readonly nameOrTitleStartCount: number;
  /**
   * The tokens with a Word.Scanned bit and the numbers, in order, the first scannedCount of the list:
   * where a group (a quantifier, a head) or a pronoun may be. A pass that stops only at some of these
   * reads this list, not every token's bits (a word left unread has no Word.Scanned bit).
   */
  readonly scanned: Int32Array;
  readonly scannedCount: number;
  /** 1 when a line break separates token i from token i - 1 (adjacent reads it). */
  private readonly breakBefore: Uint8Array;

  readonly length: number;

  private readonly scratchBytes: Uint8Array;
  private readonly scratchWords: Int32Array;

  /**
   * `wordBits`: the Word bits by folded word; `symbols`: its keys that are not words ("&"), the
   * only punctuation looked up, and `symbolFilter` their word hashes; `scanFilter`: which lower-case
   * words may have Word.Scanned bits; `scratch`: the stage's reusable arrays.
   */
  constructor(
    doc: Doc,
    { wordBits, symbols, symbolFilter, scanFilter }: Pick<ActorVocabulary, 'wordBits' | 'symbols' | 'symbolFilter' | 'scanFilter'>,
    scratch: Scratch,
  ) {
    const tokens = doc.tokens;
    const n = tokens.length;
    this.tokens = tokens;
    this.text = doc.text;
    this.length = n;
    this.folded = foldedTokens(doc);
    this.wordBits = wordBits;
    const hashes = wordHashes(doc);
    this.hashes = hashes;
    const { bytes, words, lists } = scratch.take(n);
    this.scratchBytes = bytes;
    this.scratchWords = words;
    // The Flags row read as unsigned (Word bits), over the same memory as words(Words.Flags).
    this.flags = new Uint32Array(words.buffer, words.byteOffset + Words.Flags * n * Uint32Array.BYTES_PER_ELEMENT, n);
    this.slots = this.words(Words.Slot);
    this.sentence = this.words(Words.Sentence).fill(-1);
    this.shape = this.bytes(Bytes.Shape);
    this.opensSentence = this.bytes(Bytes.OpensSentence);
    this.quoted = this.bytes(Bytes.Quoted);
    this.boilerplate = this.bytes(Bytes.Boilerplate);
    this.breakBefore = this.bytes(Bytes.BreakBefore);
    // The arrays in locals: the loop calls out to lookups, after which fields would be read again.
    const { folded: foldedAll, shape: shapes, flags, sentence: sentenceOf, boilerplate, quoted, opensSentence, breakBefore } = this;
    const sentences = doc.sentences;
    const text = doc.text;
    let s = 0;
    let sentenceStarted = false;
    let inQuote = false;
    // The first "-" of the text at or after the token's start (-1: none left): an ASCII token folds to
    // its own text's length and hyphens, so that one search of the text tells which tokens have one,
    // where reading every word for one would cost more than the rest of the loop.
    let nextHyphen = text.indexOf('-');
    // Whether the token before is ". ! ?", and where it ends, kept from its own turn of the loop.
    let afterTerminal = false;
    let previousEnd = 0;
    const [nameParts, starts, scanned] = lists;
    let partCount = 0;
    let startCount = 0;
    let scannedCount = 0;
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      // The code of a one-character token (the quotes, marks and stops all are), read in the text.
      const c = t.end - t.start === 1 ? text.charCodeAt(t.start) : -1;
      const terminalBefore = afterTerminal;
      afterTerminal = c === 0x2e || c === 0x21 || c === 0x3f;
      const kind = t.kind;
      const folded = foldedAll[i]!;
      const hash = hashes[i]!;
      // Most words are lower case and none of the scanned lists': their bits are read only if asked.
      if (kind === 'word' || kind === 'url') {
        // The shape read in the document's text, which the loop reads in order, not in the token's string, apart in memory.
        const shape = wordShape(text, t.start, t.end, t.text);
        shapes[i] = shape;
        const namePart = shape === Shape.Capitalized || shape === Shape.Acronym || shape === Shape.Initial;
        if (namePart) nameParts[partCount++] = i;
        if (nextHyphen >= 0 && nextHyphen < t.start) nextHyphen = text.indexOf('-', t.start);
        const hyphenated = hash === Hash.NotAscii ? hyphenAt(folded) >= 0 : nextHyphen >= 0 && nextHyphen < t.end;
        // A word left unread keeps the scratch's 0 bits.
        const f = shape !== Shape.Lower || hyphenated || mayHold(scanFilter, hash) ? this.read(i, shape === Shape.Capitalized || shape === Shape.Acronym, hyphenated) : 0;
        if (namePart || (f & Word.OpensTitle) !== 0) starts[startCount++] = i;
        if ((f & Word.Scanned) !== 0) scanned[scannedCount++] = i;
      } else {
        // Other tokens keep the scratch's 0, Shape.Other.
        if (kind === 'number') shapes[i] = Shape.Number;
        // Most of these are marks and numbers that are no symbol: the symbols' filter tells them by hash.
        const bits = mayHold(symbolFilter, hash) ? wordBits.of(folded, hash) : 0;
        const f = (bits !== 0 && symbols.has(folded) ? bits : 0) | Word.Read;
        flags[i] = f;
        if ((f & Word.OpensTitle) !== 0) starts[startCount++] = i;
        if ((f & Word.Scanned) !== 0 || kind === 'number') scanned[scannedCount++] = i;
      }
      while (s < sentences.length && sentences[s]!.end <= t.start) {
        s++;
        sentenceStarted = false;
      }
      const sentence = sentences[s];
      if (sentence && sentence.start <= t.start) {
        sentenceOf[i] = s;
        if (sentence.boilerplate) boilerplate[i] = 1;
      }
      // A line break closes any open quotation: quotes never run across paragraphs in news.
      if (i > 0 && hasBreak(text, previousEnd, t.start)) {
        inQuote = false;
        breakBefore[i] = 1;
      }
      previousEnd = t.end;
      if (t.kind === 'punct') {
        const wasQuoted = inQuote;
        if (opensQuote(c)) inQuote = true;
        else if (closesQuote(c)) inQuote = false;
        else if (c === Mark.AmbiguousQuote) inQuote = !inQuote;
        // The first word of a quotation or after a colon is written with a capital, like a sentence's.
        if ((inQuote && !wasQuoted) || c === Mark.Colon) sentenceStarted = false;
        if (!sentenceStarted && opensClause(c)) continue;
      }
      if (inQuote) quoted[i] = 1;
      // Sentences that a quotation holds together still start after ". ! ?".
      if (terminalBefore && t.kind === 'word') sentenceStarted = false;
      if (!sentenceStarted) {
        opensSentence[i] = 1;
        sentenceStarted = true;
      }
    }
    this.nameParts = nameParts;
    this.namePartCount = partCount;
    this.nameOrTitleStarts = starts;
    this.nameOrTitleStartCount = startCount;
    this.scanned = scanned;
    this.scannedCount = scannedCount;
  }

  /** Whether tokens i and i + 1 are separated by nothing but spaces (no line break). */
  adjacent(i: number): boolean {
    // Read where the constructor noted the breaks: the tokens themselves are objects apart in memory.
    return i >= 0 && i + 1 < this.length && this.breakBefore[i + 1] === 0;
  }

  /** Whether tokens i and i + 1 touch (no space between them). */
  touching(i: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    return !!a && !!b && a.end === b.start;
  }

  /** A zeroed byte a token, for one use per document. */
  bytes(row: Bytes): Uint8Array {
    return this.scratchBytes.subarray(row * this.length, (row + 1) * this.length);
  }

  /** A zeroed 32-bit integer a token, for one use per document. */
  words(row: Words): Int32Array {
    return this.scratchWords.subarray(row * this.length, (row + 1) * this.length);
  }

  /** Whether token i has any of the Word bits. */
  is(i: number, bits: Word): boolean {
    let f = this.flags[i];
    if (f === undefined) return false;
    if (f === 0) {
      // A lower-case word the scan filter rules out (and without a hyphen) has no Word.Scanned bit; its other bits are read now.
      if ((bits & ~Word.Scanned) === 0) return false;
      f = this.read(i, false, false);
    }
    return (f & bits) !== 0;
  }

  /** The slot of token i's word in the vocabulary's WordBits, -1 for none; read with its Word bits (see is). */
  slotOf(i: number): number {
    return this.slots[i]! - 1;
  }

  /**
   * Reads the Word bits and the WordBits slot of word token i (`capital`: it is capitalized or an
   * acronym; `hyphenated`: it has a hyphen); its bits.
   */
  private read(i: number, capital: boolean, hyphenated: boolean): number {
    const folded = this.folded[i]!;
    const hash = this.hashes[i]!;
    const slot = this.wordBits.slotOf(folded, hash);
    this.slots[i] = slot + 1;
    const f = flagsOf(folded, this.wordBits.bitsOf(slot, folded, hash), this.wordBits, capital, hyphenated) | Word.Read;
    this.flags[i] = f;
    return f;
  }

  isNamePart(i: number): boolean {
    const s = this.shape[i];
    return s === Shape.Capitalized || s === Shape.Acronym || s === Shape.Initial;
  }

  textOf(i: number): string {
    return this.tokens[i]!.text;
  }
}

/**
 * The word's bits, `own` those of the whole word, with what its part before a hyphen opens (if it is
 * `hyphenated`), and for "Jakartanya" the name its stem opens.
 */
function flagsOf(folded: string, own: number, wordBits: WordBits, capital: boolean, hyphenated: boolean): number {
  let bits = own;
  const hyphen = hyphenated ? hyphenAt(folded) : -1;
  if (hyphen > 0) bits |= wordBits.ofWord(folded.slice(0, hyphen)) & Word.Opens;
  else if (capital && folded.length > ENCLITIC.length + 2 && endsWithEnclitic(folded)) bits |= wordBits.ofWord(folded.slice(0, -ENCLITIC.length)) & Word.OpensKnown;
  return bits;
}

function hasBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** Where a folded word's first hyphen is (folding makes every hyphen "-"), -1 for none: read char by char, without a call out. */
function hyphenAt(folded: string): number {
  for (let k = 0; k < folded.length; k++) if (folded.charCodeAt(k) === 0x2d) return k;
  return -1;
}

/** Whether a folded word ends in ENCLITIC, "nya". */
function endsWithEnclitic(folded: string): boolean {
  const n = folded.length;
  return folded.charCodeAt(n - 1) === 0x61 && folded.charCodeAt(n - 2) === 0x79 && folded.charCodeAt(n - 3) === 0x6e;
}

/** Whether a folded word has a verb's prefix (VERB_SHAPE): one that starts with a letter no prefix does is told without the expression. */
export function verbShaped(folded: string): boolean {
  const c = folded.charCodeAt(0);
  return (c === 0x6d /* m */ || c === 0x62 /* b */ || c === 0x64 /* d */ || c === 0x74) /* t */ && VERB_SHAPE.test(folded);
}

/** The shape of a word or url token `word`, which stands at [start, end) of the document's `text`. */
function wordShape(text: string, start: number, end: number, word: string): Shape {
  const c = text.charCodeAt(start);
  if (c >= 0x61 && c <= 0x7a) return Shape.Lower;
  if (c >= 0x41 && c <= 0x5a) return asciiCapitalShape(text, start, end, word);
  if (c < 0x80) return Shape.Other;
  return wideShape(word);
}

/**
 * The shape of a word that opens with an ASCII capital, read char by char in the text (most
 * capitalized words are ASCII): the regular expressions, which read the word's own string, only
 * for numbered parts, acronyms and the rest.
 */
function asciiCapitalShape(text: string, start: number, end: number, word: string): Shape {
  const n = end - start;
  if (n === 1) return Shape.Capitalized;
  if (n === 2 && text.charCodeAt(start + 1) === 0x2e /* . */) return Shape.Initial;
  let lower = false;
  let hyphen = false;
  for (let k = start + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x61 && c <= 0x7a) lower = true;
    else if (c === 0x2d) hyphen = true;
    else if (c >= 0x80) return wideShape(word);
  }
  const first = text.charCodeAt(start);
  if ((hyphen || first === 0x49 || first === 0x56 || first === 0x58) && NUMBERED.test(word)) return Shape.Other;
  if (!lower && isAsciiAcronym(text, start, end)) return Shape.Acronym;
  return Shape.Capitalized;
}

/** ACRONYM for a word of ASCII letters, digits and marks that opens with a capital, read char by char: the expression's Unicode classes cost the first document more to compile than all its words to read. */
function isAsciiAcronym(text: string, start: number, end: number): boolean {
  let k = start + 1;
  while (k < end && isAsciiAcronymUnit(text.charCodeAt(k), true)) k++;
  if (k === end) return true;
  if (text.charCodeAt(k) !== 0x2d /* - */) return false;
  // After the hyphen, an optional capital then capitals and digits: one or more of either.
  const part = ++k;
  while (k < end && isAsciiAcronymUnit(text.charCodeAt(k), false)) k++;
  return k === end && k > part;
}

/** A capital or a digit, or `ampersand` and "&". */
function isAsciiAcronymUnit(c: number, ampersand: boolean): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (ampersand && c === 0x26);
}

function wideShape(text: string): Shape {
  if (INITIAL.test(text)) return Shape.Initial;
  if (UPPER.test(text)) {
    if (text.length > 1 && NUMBERED.test(text)) return Shape.Other;
    if (text.length >= 2 && !HAS_LOWER.test(text) && ACRONYM.test(text)) return Shape.Acronym;
    return Shape.Capitalized;
  }
  if (LOWER.test(text)) return Shape.Lower;
  return Shape.Other;
}
