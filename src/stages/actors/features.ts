// Token features of the named-entity tagger, hashed into a fixed table so that neither training
// nor tagging builds a feature string: each token's text is read once, char by char, into a few
// 32-bit hashes (lowercased word, prefixes, suffixes, collapsed shape), and every feature is one or
// two integer multiplications of those. Besides the text, a token may carry a name mark: the type
// of a dictionary name it is part of (lexicon.matchActors), so that the model learns how known
// names sit among unknown ones ("Bank [Indonesia]" is one organization, "[Rusia] Vladimir Putin" two
// names). scripts/train-ner.mjs and the tagger share this file, so the
// model and the run time always agree on what a feature is; FEATURE_SET names the version a model
// was built with.

/** What the tagger needs of a token: warta tokens fit, so do a corpus's tokens. */
export interface TaggableToken {
  readonly text: string;
}

/** Bumped whenever a feature changes meaning; a model built for another set is refused. */
export const FEATURE_SET = 'warta-ner-4';

/** Features per token (the templates in tokenFeatures, in order). */
export const FEATURES_PER_TOKEN = 30;

/** Hashes a token keeps (HASH_SLOTS a token): word, shape, prefixes of 2..4, suffixes of 1..4, flags. */
export const HASH_SLOTS = 10;
const WORD = 0;
const SHAPE = 1;
const PREFIX = 2;
const SUFFIX = 5;
/** Length (capped at 7: a class for short acronyms and long names) × 2 + 1 if the token opens a sentence. */
const FLAGS = 9;
const AFFIX_LENGTH = 4;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Fibonacci hashing: the top bits of a product with these odd constants pick the bucket. */
const GOLDEN = 0x9e3779b1;
const SECOND = 0x85ebca6b;
/** Stand-ins for the words and shapes before the first and after the last token. */
const BEFORE = 0x5bd1e995;
const AFTER = 0x1b873593;
/** Shape classes of a character: upper, lower, digit; other characters stand for themselves. */
const UPPER_CLASS = 0x58; // 'X'
const LOWER_CLASS = 0x78; // 'x'
const DIGIT_CLASS = 0x64; // 'd'

/** A dictionary name over tokens [tokenStart, tokenEnd): lexicon.matchActors gives them. */
export interface NameMark {
  tokenStart: number;
  tokenEnd: number;
  type: string;
  /** Matches written in another case than the dictionary's ("BANK INDONESIA") are not marked. */
  exactCase?: boolean;
}

const NAME_CODES: Readonly<Record<string, number>> = { person: 1, organization: 2, location: 3 };

/**
 * Writes the name mark of tokens [start, start + count) into marks[0, count): 0 for none, else the
 * type's code × 2, plus 1 inside the name after its first token. Groups and unknown types are not
 * marked; a later name overwrites an earlier one.
 */
export function markNames(names: readonly NameMark[], start: number, count: number, marks: Uint8Array): void {
  marks.fill(0, 0, count);
  const end = start + count;
  for (const name of names) {
    const code = NAME_CODES[name.type];
    if (!code || name.exactCase === false) continue;
    for (let k = Math.max(name.tokenStart, start); k < Math.min(name.tokenEnd, end); k++) marks[k - start] = code * 2 + (k === name.tokenStart ? 0 : 1);
  }
}

function fnv(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

/**
 * A code unit beyond ASCII as the features see it: lowercased (Latin-1 and Latin Extended-A),
 * typographic quotes as ASCII ones, so that “ and " share their weights.
 */
function foldWide(c: number): number {
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb) return 0x22;
  if (c === 0x2018 || c === 0x2019 || c === 0xb4) return 0x27;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c >= 0x100 && c <= 0x17f) return c | 1;
  return c;
}

function wideClass(c: number): number {
  if ((c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x100 && c <= 0x17f && (c & 1) === 0)) return UPPER_CLASS;
  if ((c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x100 && c <= 0x24f)) return LOWER_CLASS;
  return foldWide(c);
}

/** What tokenFeatures may be told besides the tokens. */
export interface FeatureOptions {
  /** The tokens' name marks (markNames); none when absent. */
  marks?: Uint8Array | null;
  /** Scratch space, HASH_SLOTS a token, for callers that reuse it. */
  hashes?: Int32Array;
  /** Whether tokens[start] opens a sentence (default); false for a window inside one. */
  opensSentence?: boolean;
}

const isStop = (text: string) => text === '.' || text === '!' || text === '?';

/**
 * Per-token hashes of one range, computed once and shared by the features of the neighbours. A
 * token opens a sentence when it follows . ! ? or is the first of a range that opens one. Digits
 * fold to 0, so "2024" and "1998" are one word to the model.
 */
function hashTokens(tokens: readonly TaggableToken[], start: number, end: number, hashes: Int32Array, opensSentence: boolean): void {
  let afterStop = opensSentence || (start > 0 && isStop(tokens[start - 1]!.text));
  for (let k = 0, o = 0; start + k < end; k++, o += HASH_SLOTS) {
    const text = tokens[start + k]!.text;
    const len = text.length;
    let word = FNV_OFFSET;
    let shape = FNV_OFFSET;
    let lastClass = -1;
    for (let j = 0; j < len; j++) {
      const c = text.charCodeAt(j);
      let folded: number;
      let cls: number;
      if (c >= 0x61 && c <= 0x7a) {
        folded = c;
        cls = LOWER_CLASS;
      } else if (c >= 0x41 && c <= 0x5a) {
        folded = c + 32;
        cls = UPPER_CLASS;
      } else if (c >= 0x30 && c <= 0x39) {
        folded = 0x30;
        cls = DIGIT_CLASS;
      } else if (c < 0x80) {
        folded = c === 0x60 ? 0x27 : c;
        cls = folded;
      } else {
        folded = foldWide(c);
        cls = wideClass(c);
      }
      word = fnv(word, folded);
      if (j >= 1 && j < AFFIX_LENGTH) hashes[o + PREFIX + j - 1] = word;
      if (cls !== lastClass) shape = fnv(shape, cls);
      lastClass = cls;
    }
    // Short words repeat their whole hash as their longer affixes: "di" has no 3-letter prefix.
    for (let j = len > 1 ? len : 1; j < AFFIX_LENGTH; j++) hashes[o + PREFIX + j - 1] = word;
    let suffix = FNV_OFFSET;
    for (let j = 0; j < AFFIX_LENGTH; j++) {
      if (j < len) {
        const c = text.charCodeAt(len - 1 - j);
        suffix = fnv(suffix, c >= 0x41 && c <= 0x5a ? c + 32 : c >= 0x30 && c <= 0x39 ? 0x30 : c < 0x80 ? c : foldWide(c));
      }
      hashes[o + SUFFIX + j] = suffix;
    }
    hashes[o + WORD] = word;
    hashes[o + SHAPE] = shape;
    hashes[o + FLAGS] = (len < 7 ? len : 7) * 2 + (afterStop ? 1 : 0);
    afterStop = len === 1 && isStop(text);
  }
}

/**
 * Writes the bucket of every feature of tokens[start, end) into `out` (FEATURES_PER_TOKEN a token,
 * in token order), for a table of 2^bits buckets. A feature is its template's number added to a
 * token hash (so that a word as the current word and as the next one differ), times GOLDEN; a pair
 * mixes in the second hash and multiplies again. The expressions are written out, not wrapped in
 * helpers, because this is the tagger's innermost loop.
 */
export function tokenFeatures(
  tokens: readonly TaggableToken[],
  start: number,
  end: number,
  bits: number,
  out: Int32Array,
  { marks = null, hashes = new Int32Array((end - start) * HASH_SLOTS), opensSentence = true }: FeatureOptions = {},
): void {
  const n = end - start;
  const shift = 32 - bits;
  hashTokens(tokens, start, end, hashes, opensSentence);
  for (let k = 0, h = 0, o = 0; k < n; k++, h += HASH_SLOTS, o += FEATURES_PER_TOKEN) {
    const w0 = hashes[h + WORD]!;
    const s0 = hashes[h + SHAPE]!;
    const wm1 = k > 0 ? hashes[h - HASH_SLOTS + WORD]! : BEFORE;
    const wm2 = k > 1 ? hashes[h - 2 * HASH_SLOTS + WORD]! : BEFORE;
    const wp1 = k + 1 < n ? hashes[h + HASH_SLOTS + WORD]! : AFTER;
    const wp2 = k + 2 < n ? hashes[h + 2 * HASH_SLOTS + WORD]! : AFTER;
    const sm1 = k > 0 ? hashes[h - HASH_SLOTS + SHAPE]! : BEFORE;
    const sp1 = k + 1 < n ? hashes[h + HASH_SLOTS + SHAPE]! : AFTER;
    const flags = hashes[h + FLAGS]!;
    const initial = flags & 1;
    const m0 = marks ? marks[k]! : 0;
    const mm1 = marks && k > 0 ? marks[k - 1]! : 0;
    const mp1 = marks && k + 1 < n ? marks[k + 1]! : 0;
    // Single hashes: bias, words around, affixes, shapes around.
    out[o] = 0;
    out[o + 1] = Math.imul(w0 + 1, GOLDEN) >>> shift;
    out[o + 2] = Math.imul(wm1 + 2, GOLDEN) >>> shift;
    out[o + 3] = Math.imul(wp1 + 3, GOLDEN) >>> shift;
    out[o + 4] = Math.imul(wm2 + 4, GOLDEN) >>> shift;
    out[o + 5] = Math.imul(wp2 + 5, GOLDEN) >>> shift;
    out[o + 6] = Math.imul(hashes[h + PREFIX]! + 6, GOLDEN) >>> shift;
    out[o + 7] = Math.imul(hashes[h + PREFIX + 1]! + 7, GOLDEN) >>> shift;
    out[o + 8] = Math.imul(hashes[h + PREFIX + 2]! + 8, GOLDEN) >>> shift;
    out[o + 9] = Math.imul(hashes[h + SUFFIX]! + 9, GOLDEN) >>> shift;
    out[o + 10] = Math.imul(hashes[h + SUFFIX + 1]! + 10, GOLDEN) >>> shift;
    out[o + 11] = Math.imul(hashes[h + SUFFIX + 2]! + 11, GOLDEN) >>> shift;
    out[o + 12] = Math.imul(hashes[h + SUFFIX + 3]! + 12, GOLDEN) >>> shift;
    out[o + 13] = Math.imul(s0 + 13, GOLDEN) >>> shift;
    out[o + 14] = Math.imul(sm1 + 14, GOLDEN) >>> shift;
    out[o + 15] = Math.imul(sp1 + 15, GOLDEN) >>> shift;
    // Pairs: shape bigrams, word bigrams, a word beside a shape, sentence start, length, word pairs around.
    out[o + 16] = Math.imul(Math.imul(sm1 + 16, GOLDEN) ^ s0, SECOND) >>> shift;
    out[o + 17] = Math.imul(Math.imul(s0 + 17, GOLDEN) ^ sp1, SECOND) >>> shift;
    out[o + 18] = Math.imul(Math.imul(wm1 + 18, GOLDEN) ^ w0, SECOND) >>> shift;
    out[o + 19] = Math.imul(Math.imul(w0 + 19, GOLDEN) ^ wp1, SECOND) >>> shift;
    out[o + 20] = Math.imul(Math.imul(wm1 + 20, GOLDEN) ^ s0, SECOND) >>> shift;
    out[o + 21] = Math.imul(Math.imul(s0 + 21, GOLDEN) ^ wp1, SECOND) >>> shift;
    out[o + 22] = Math.imul(Math.imul(s0 + 22, GOLDEN) ^ initial, SECOND) >>> shift;
    out[o + 23] = Math.imul(Math.imul(w0 + 23, GOLDEN) ^ initial, SECOND) >>> shift;
    out[o + 24] = Math.imul(Math.imul(s0 + 24, GOLDEN) ^ (flags >> 1), SECOND) >>> shift;
    out[o + 25] = Math.imul(Math.imul(wm2 + 25, GOLDEN) ^ wm1, SECOND) >>> shift;
    out[o + 26] = Math.imul(Math.imul(wp1 + 26, GOLDEN) ^ wp2, SECOND) >>> shift;
    // Name marks: the token's, and with each neighbour's.
    out[o + 27] = Math.imul(m0 + 27, GOLDEN) >>> shift;
    out[o + 28] = Math.imul(Math.imul(mm1 + 28, GOLDEN) ^ m0, SECOND) >>> shift;
    out[o + 29] = Math.imul(Math.imul(m0 + 29, GOLDEN) ^ mp1, SECOND) >>> shift;
  }
}
