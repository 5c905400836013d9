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
/**
 * Fibonacci hashing: the top bits of a product with these odd constants pick the bucket. A
 * constant enum, written into the code as numbers: a module constant is a variable of the bundle,
 * and these two, above 2^31, are no small integers to V8, which unboxes them at every feature.
 */
const enum Multiplier {
  Golden = 0x9e3779b1,
  Second = 0x85ebca6b,
}
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
 * Writes the name mark of tokens [start, start + count) into marks[o, o + count): 0 for none, else
 * the type's code × 2, plus 1 inside the name after its first token. Groups and unknown types are
 * not marked; a later name overwrites an earlier one.
 */
export function markNames(names: readonly NameMark[], start: number, count: number, marks: Uint8Array, o = 0): void {
  // A loop, not marks.fill: a window is a few tokens, and the call costs more than the stores.
  for (let k = o; k < o + count; k++) marks[k] = 0;
  const end = start + count;
  for (const name of names) {
    const code = NAME_CODES[name.type];
    if (!code || name.exactCase === false) continue;
    for (let k = Math.max(name.tokenStart, start); k < Math.min(name.tokenEnd, end); k++) marks[o + k - start] = code * 2 + (k === name.tokenStart ? 0 : 1);
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
 * The hashes of one token into hashes[o, o + HASH_SLOTS): its word, shape, affixes and flags
 * (`afterStop`: it opens a sentence). Digits fold to 0, so "2024" and "1998" are one word to the model.
 */
export function hashToken(text: string, afterStop: boolean, hashes: Int32Array, o: number): void {
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
}

/** Whether a token opens a sentence after this one: it is a stop. */
export function endsSentence(text: string): boolean {
  return text.length === 1 && isStop(text);
}

/**
 * Per-token hashes of one range, computed once and shared by the features of the neighbours. A
 * token opens a sentence when it follows . ! ? or is the first of a range that opens one.
 */
function hashTokens(tokens: readonly TaggableToken[], start: number, end: number, hashes: Int32Array, opensSentence: boolean): void {
  let afterStop = opensSentence || (start > 0 && isStop(tokens[start - 1]!.text));
  for (let k = 0, o = 0; start + k < end; k++, o += HASH_SLOTS) {
    const text = tokens[start + k]!.text;
    hashToken(text, afterStop, hashes, o);
    afterStop = endsSentence(text);
  }
}

/**
 * A feature is its template's number added to a token hash (so that a word as the current word and
 * as the next one differ), times Multiplier.Golden; a pair mixes in the second hash and multiplies again. The
 * top `32 - shift` bits are its bucket.
 */
function single(hash: number, template: number, shift: number): number {
  return Math.imul(hash + template, Multiplier.Golden) >>> shift;
}

function pair(a: number, b: number, template: number, shift: number): number {
  return Math.imul(Math.imul(a + template, Multiplier.Golden) ^ b, Multiplier.Second) >>> shift;
}

// The features of a token fall in groups by what they read, so that a caller that meets a word
// many times can sum the weights of what reads the word alone once per word (the tagger does): its
// own hashes, one neighbour's word and shape, the words and shapes around it in pairs, the name marks.

/** How many features read only the token's own hashes (ownFeatures). */
export const OWN_FEATURES = 13;
/** How many features read the neighbour at each offset: -2, -1, +1, +2 (neighbourFeatures). */
export const NEIGHBOUR_FEATURES: Readonly<Record<-2 | -1 | 1 | 2, number>> = { [-2]: 1, [-1]: 2, 1: 2, 2: 1 };
/**
 * How many features pair the words and shapes around a token (pairFeatures). A constant enum,
 * written into the code as a number where the tagger's loops read it (see Multiplier).
 */
export const enum Pairs {
  Features = 8,
}
/** How many features read the name marks (markFeatures). */
export const MARK_FEATURES = 3;

/** The stand-ins for the word and shape hashes before the range's first token and after its last. */
export const EDGE_BEFORE = BEFORE;
export const EDGE_AFTER = AFTER;

/** The features of the token whose hashes are at hashes[h]: its bias, word, affixes, shape, sentence start and length. */
export function ownFeatures(hashes: Int32Array, h: number, shift: number, out: Int32Array, o: number): void {
  const w0 = hashes[h + WORD]!;
  const s0 = hashes[h + SHAPE]!;
  const flags = hashes[h + FLAGS]!;
  const initial = flags & 1;
  out[o] = 0;
  out[o + 1] = single(w0, 1, shift);
  out[o + 2] = single(hashes[h + PREFIX]!, 6, shift);
  out[o + 3] = single(hashes[h + PREFIX + 1]!, 7, shift);
  out[o + 4] = single(hashes[h + PREFIX + 2]!, 8, shift);
  out[o + 5] = single(hashes[h + SUFFIX]!, 9, shift);
  out[o + 6] = single(hashes[h + SUFFIX + 1]!, 10, shift);
  out[o + 7] = single(hashes[h + SUFFIX + 2]!, 11, shift);
  out[o + 8] = single(hashes[h + SUFFIX + 3]!, 12, shift);
  out[o + 9] = single(s0, 13, shift);
  out[o + 10] = pair(s0, initial, 22, shift);
  out[o + 11] = pair(w0, initial, 23, shift);
  out[o + 12] = pair(s0, flags >> 1, 24, shift);
}

/** The features a token takes from the word and shape of its neighbour at `offset` (EDGE_BEFORE or EDGE_AFTER past the range). */
export function neighbourFeatures(word: number, shape: number, offset: -2 | -1 | 1 | 2, shift: number, out: Int32Array, o: number): void {
  if (offset === -1) {
    out[o] = single(word, 2, shift);
    out[o + 1] = single(shape, 14, shift);
  } else if (offset === 1) {
    out[o] = single(word, 3, shift);
    out[o + 1] = single(shape, 15, shift);
  } else out[o] = single(word, offset === -2 ? 4 : 5, shift);
}

/** The features of word w0 and shape s0 paired with the words and shapes around them. */
export function pairFeatures(wm2: number, wm1: number, w0: number, wp1: number, wp2: number, sm1: number, s0: number, sp1: number, shift: number, out: Int32Array, o: number): void {
  out[o] = pair(sm1, s0, 16, shift);
  out[o + 1] = pair(s0, sp1, 17, shift);
  out[o + 2] = pair(wm1, w0, 18, shift);
  out[o + 3] = pair(w0, wp1, 19, shift);
  out[o + 4] = pair(wm1, s0, 20, shift);
  out[o + 5] = pair(s0, wp1, 21, shift);
  out[o + 6] = pair(wm2, wm1, 25, shift);
  out[o + 7] = pair(wp1, wp2, 26, shift);
}

/** The features of a token's name mark (markNames), alone and with each neighbour's. */
export function markFeatures(mm1: number, m0: number, mp1: number, shift: number, out: Int32Array, o: number): void {
  out[o] = single(m0, 27, shift);
  out[o + 1] = pair(mm1, m0, 28, shift);
  out[o + 2] = pair(m0, mp1, 29, shift);
}

/** The word hash (slot WORD) and shape hash (slot SHAPE) among a token's HASH_SLOTS. */
export const WORD_SLOT = WORD;
export const SHAPE_SLOT = SHAPE;

/**
 * Writes the bucket of every feature of tokens[start, end) into `out` (FEATURES_PER_TOKEN a token,
 * in token order), for a table of 2^bits buckets: the groups above, in that order.
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
    const sm2 = k > 1 ? hashes[h - 2 * HASH_SLOTS + SHAPE]! : BEFORE;
    const sp1 = k + 1 < n ? hashes[h + HASH_SLOTS + SHAPE]! : AFTER;
    const sp2 = k + 2 < n ? hashes[h + 2 * HASH_SLOTS + SHAPE]! : AFTER;
    let f = o;
    ownFeatures(hashes, h, shift, out, f);
    f += OWN_FEATURES;
    neighbourFeatures(wm2, sm2, -2, shift, out, f);
    f += NEIGHBOUR_FEATURES[-2];
    neighbourFeatures(wm1, sm1, -1, shift, out, f);
    f += NEIGHBOUR_FEATURES[-1];
    neighbourFeatures(wp1, sp1, 1, shift, out, f);
    f += NEIGHBOUR_FEATURES[1];
    neighbourFeatures(wp2, sp2, 2, shift, out, f);
    f += NEIGHBOUR_FEATURES[2];
    pairFeatures(wm2, wm1, w0, wp1, wp2, sm1, s0, sp1, shift, out, f);
    f += Pairs.Features;
    markFeatures(marks && k > 0 ? marks[k - 1]! : 0, marks ? marks[k]! : 0, marks && k + 1 < n ? marks[k + 1]! : 0, shift, out, f);
  }
}
