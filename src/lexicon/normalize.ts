// Folding for matching only: results always take their spans from the original text.
import type { Doc, Token } from '../types.js';

const COMBINING = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const APOSTROPHES = /[’‘`´]/g;
const HYPHENS = /[‐‑]/g;

/** Lowercase, without diacritics, with one apostrophe and one hyphen: "Jum’at" and "jum'at" fold alike. */
export function foldForMatch(s: string): string {
  let out = s.toLowerCase();
  if (out.indexOf('`') >= 0) out = out.replace(APOSTROPHES, "'");
  // Most tokens are ASCII: only the others pay for decomposition.
  if (!NON_ASCII.test(out)) return out;
  if (out.normalize('NFD') !== out) out = out.normalize('NFD').replace(COMBINING, '');
  return out.replace(APOSTROPHES, "'").replace(HYPHENS, '-');
}

/**
 * The parts of a folded token between its inner hyphens ("jong-un" → "jong", "un"), so that
 * "Jong-un", "Jong-Un" (which the tokenizer splits) and "Jong Un" compare alike. A token with an
 * empty part ("-an", "x--y") stays whole.
 */
export function innerParts(folded: string): string[] {
  if (folded.indexOf('-') < 0) return [folded];
  const parts = folded.split('-');
  return parts.includes('') ? [folded] : parts;
}

/**
 * foldForMatch, without its regular expressions and Unicode normalization for the ASCII words and
 * the typographic marks (“ ” ’ –) that most tokens are.
 */
export function foldToken(text: string): string {
  if (text.length === 1) {
    const c = text.charCodeAt(0);
    // Only a capital letter changes: the marks and digits most one-character tokens are stay as they are.
    if (c < 0x80) return c >= 0x41 && c <= 0x5a ? text.toLowerCase() : c === 0x60 ? "'" : text;
    if (c >= 0x2010 && c <= 0x205f) return c === 0x2018 || c === 0x2019 ? "'" : c === 0x2010 || c === 0x2011 ? '-' : text;
    if (c >= 0xa0 && c <= 0xbf) return c === 0xb4 ? "'" : text;
    return foldForMatch(text);
  }
  // A text with any typographic mark is stored two bytes a character, and so are its tokens:
  // toLowerCase is slow on those, so a word already in lower case is returned as it is.
  let upper = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80 || c === 0x60) return foldLatin(text);
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  return upper ? text.toLowerCase() : text;
}

/** The first and last code units of the Latin letters folded by table ("é" → "e", "İ" → "i"). */
const LATIN_FIRST = 0xc0;
const LATIN_LAST = 0x24f;
/** Each Latin letter folded as foldForMatch folds it, computed once: the normalization is slow. */
const LATIN_FOLDS: readonly string[] = Array.from({ length: LATIN_LAST - LATIN_FIRST + 1 }, (_, k) => foldForMatch(String.fromCharCode(LATIN_FIRST + k)));

/** foldForMatch of a word with accented Latin letters ("González"), letter by letter; other words go to foldForMatch. */
function foldLatin(text: string): string {
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80 && c !== 0x60) out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : text.charAt(k);
    else if (c >= LATIN_FIRST && c <= LATIN_LAST && c !== 0xd7 && c !== 0xf7) out += LATIN_FOLDS[c - LATIN_FIRST]!;
    else return foldForMatch(text);
  }
  return out;
}

/** The folded texts and word hashes of a token array, kept with the array they were computed from. */
interface FoldedWords {
  tokens: readonly Token[];
  length: number;
  folded: readonly string[];
  hashes: Int32Array;
}

/**
 * The document's FoldedWords, computed once per document for all the stages that match words.
 * Kept in doc.layers.folded beside the token array it was read from: a custom stage that replaces
 * or extends doc.tokens gets a fresh one.
 */
function foldedWords(doc: Doc): FoldedWords {
  const kept = doc.layers.folded as FoldedWords | undefined;
  if (kept && kept.tokens === doc.tokens && kept.length === doc.tokens.length) return kept;
  const words = foldAndHash(doc);
  doc.layers.folded = words;
  return words;
}

/** foldToken of each of the document's tokens (foldedWords). */
export function foldedTokens(doc: Doc): readonly string[] {
  return foldedWords(doc).folded;
}

/**
 * foldedHash of each of the document's tokens (foldedWords), for the stages that tell most words
 * apart from their dictionaries by hash before reading a folded string.
 */
export function wordHashes(doc: Doc): Int32Array {
  return foldedWords(doc).hashes;
}

/**
 * foldToken and foldedHash of every token in one loop over its characters: the stages that fold
 * also ask for the hashes, and the characters are then read once. A word all of ASCII but "`"
 * folds to itself, or to its lower case when it has a capital: read where the token stands in the
 * document's text, one flat string in memory, where reading each token's own string (foldToken)
 * costs twice the time over a whole document.
 */
function foldAndHash(doc: Doc): FoldedWords {
  const { text, tokens } = doc;
  const n = tokens.length;
  const folded = new Array<string>(n);
  const slab = doc.layers.int32Slab as Int32Slab | undefined;
  const hashes = slab !== undefined ? slab.take(n) : new Int32Array(n);
  // The table in a local: the module's variables are read again at each use in the loop.
  const table = ASCII_FOLDING;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const start = t.start;
    const end = t.end;
    let fnv: number = Fnv.Offset;
    let all = 0;
    let marks = 0;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      all |= c;
      // Past ASCII the hash is dropped (NOT_ASCII_HASH): any entry of the table does.
      const folding = table[c & 0x7f]!;
      marks |= folding;
      fnv = Math.imul(fnv ^ (folding & Folding.Code), Fnv.Prime);
    }
    hashes[i] = all >= 0x80 ? Hash.NotAscii : mixedHash(fnv);
    folded[i] = all >= 0x80 || (marks & Folding.Backtick) !== 0 ? foldToken(t.text) : (marks & Folding.Capital) !== 0 ? t.text.toLowerCase() : t.text;
  }
  return { tokens, length: n, folded, hashes };
}

/** The bytes of an Int32Slab's buffer, and of the largest array it cuts from one (larger ones get their own). */
const enum Slab {
  Bytes = 1 << 16,
  Largest = Bytes >> 2,
}

/**
 * Int32Arrays cut one after another from a larger buffer, for per-document layers (the word
 * hashes): a typed array of an article's size is allocated outside the heap, which costs more
 * than filling it, where a view over a buffer already there is one small object. No part of a
 * buffer is handed out twice: a full one is left to the views over it, and a fresh one taken. A
 * pipeline keeps one for its runs, in doc.layers.int32Slab.
 */
export class Int32Slab {
  private buffer = new ArrayBuffer(Slab.Bytes);
  private used = 0;

  /** A new, zeroed Int32Array of `length` elements. */
  take(length: number): Int32Array {
    const bytes = length * 4;
    if (bytes > Slab.Largest) return new Int32Array(length);
    if (this.used + bytes > Slab.Bytes) {
      this.buffer = new ArrayBuffer(Slab.Bytes);
      this.used = 0;
    }
    const taken = new Int32Array(this.buffer, this.used, length);
    this.used += bytes;
    return taken;
  }
}

/**
 * In ASCII_FOLDING: the code hashStep hashes, and whether the character is a capital or a backtick.
 * A const enum (as Fnv): written into the code as numbers, where module constants are read from the
 * module scope at each use.
 */
const enum Folding {
  Code = 0xff,
  Capital = 0x100,
  Backtick = 0x200,
}

/**
 * Each ASCII character's folding, computed once: foldAndHash reads one entry a character where
 * hashStep and the case tests would branch on it.
 */
const ASCII_FOLDING: Int32Array = Int32Array.from({ length: 0x80 }, (_, c) => foldedCode(c) | (c >= 0x41 && c <= 0x5a ? Folding.Capital : 0) | (c === 0x60 ? Folding.Backtick : 0));

/**
 * A token's word hash when it has a character outside ASCII: its folded text must be compared
 * instead. Hash.NotAscii is written into the code as a number, where NOT_ASCII_HASH is read from
 * the module scope at each use: the loops over every token read the enum.
 */
export const enum Hash {
  NotAscii = -1,
}
export const NOT_ASCII_HASH: number = Hash.NotAscii;

/** FNV-1a's offset basis (as a signed 32-bit number, what Math.imul and ^ make of it) and prime. */
const enum Fnv {
  Offset = 0x811c9dc5 | 0,
  Prime = 0x01000193,
}

/**
 * The word hash of text[start, end) folded (FNV-1a, its bits mixed down, never negative), or
 * NOT_ASCII_HASH when a character there is outside ASCII. An ASCII character folds on its own
 * (A-Z to a-z, ` to '), so a token's hash read from the document's text is that of its folded
 * text: a dictionary form of another hash cannot be it (hashOfFolded). Each character is hashed
 * with its case bit set, which folds the letters without a test (and a few signs with them: "["
 * hashes as "{" does, which only makes the hash a little less telling).
 */
export function foldedHash(text: string, start: number, end: number): number {
  let fnv: number = Fnv.Offset;
  let all = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    all |= c;
    fnv = hashStep(fnv, c);
  }
  return all >= 0x80 ? Hash.NotAscii : mixedHash(fnv);
}

/** The FNV-1a step of one ASCII character folded (foldedCode). */
function hashStep(fnv: number, c: number): number {
  return Math.imul(fnv ^ foldedCode(c), Fnv.Prime);
}

/** The code an ASCII character is hashed as: ` folds to ', and the case bit (0x20) set folds a letter. */
function foldedCode(c: number): number {
  return c === 0x60 ? 0x27 : c | 0x20;
}

/** A word's FNV state, its bits mixed down, as a word hash (never negative). */
function mixedHash(fnv: number): number {
  return (fnv ^ (fnv >>> 15)) & 0x7fffffff;
}

/** The word hash of a folded dictionary form (foldForMatch's), which the tokens that fold to it share. */
export function hashOfFolded(form: string): number {
  return foldedHash(form, 0, form.length);
}
