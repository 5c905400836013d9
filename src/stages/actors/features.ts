// Token features of the named-entity tagger, hashed into a fixed table so that neither training
// nor tagging builds a feature string: each token's text is read once, char by char, into a few
// 32-bit hashes (lowercased word, prefixes, suffixes, collapsed shape), and every feature is one
// integer mix of those. scripts/train-ner.mjs and the tagger share this file, so the model and the
// run time always agree on what a feature is; FEATURE_SET names the version the model was built with.

/** What the tagger needs of a token: warta tokens fit, so do a corpus's tokens. */
export interface TaggableToken {
  readonly text: string;
}

/** Bumped whenever a feature changes meaning; a model built for another set is refused. */
export const FEATURE_SET = 'warta-ner-2';

/** Features per token (the templates below, in order). */
export const FEATURES_PER_TOKEN = 28;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Stand-ins for the words and shapes before the first and after the last token. */
const BEFORE = 0x5bd1e995;
const AFTER = 0x1b873593;
/** Hashed shape classes of a character: upper, lower, digit (other characters stand for themselves). */
const UPPER_CLASS = 0x58; // 'X'
const LOWER_CLASS = 0x78; // 'x'
const DIGIT_CLASS = 0x64; // 'd'
const AFFIX_LENGTH = 4;

function fnv(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

/** Per-template seeds, so that a word as the current word and as the next one are different features. */
function seed(template: number): number {
  return Math.imul(template + 1, 0x27d4eb2f) ^ 0x165667b1;
}
const GOLDEN = 0x9e3779b1;
const SECOND = 0x85ebca6b;

/**
 * One code unit as the features see it: lowercased, digits as 0, typographic quotes as ASCII, so
 * that "2024" and "1998", or “ and ", share their weights.
 */
function foldCode(c: number): number {
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return c + 32;
    if (c >= 0x30 && c <= 0x39) return 0x30;
    return c;
  }
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb) return 0x22;
  if (c === 0x2018 || c === 0x2019 || c === 0x60 || c === 0xb4) return 0x27;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  return c;
}

function isUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function isLower(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x100 && c <= 0x24f);
}

function shapeClass(c: number): number {
  if (isUpper(c)) return UPPER_CLASS;
  if (isLower(c)) return LOWER_CLASS;
  if (c >= 0x30 && c <= 0x39) return DIGIT_CLASS;
  return foldCode(c);
}

/** Hashes a token keeps (HASH_SLOTS a token): its word, shape, prefixes of 2..4, suffixes of 1..4, and length × 2 + opens-a-sentence. */
const WORD = 0;
const SHAPE = 1;
const PREFIX = 2;
const SUFFIX = 5;
const FLAGS = 9;
export const HASH_SLOTS = 10;

/**
 * Per-token hashes of one range, computed once and shared by the features of its neighbours. A
 * token opens a sentence when it is the range's first or follows . ! ?; its length is capped at 7
 * (a class for short acronyms and long names).
 */
function hashTokens(tokens: readonly TaggableToken[], start: number, end: number, hashes: Int32Array): void {
  let afterStop = true;
  for (let k = 0, o = 0; start + k < end; k++, o += HASH_SLOTS) {
    const text = tokens[start + k]!.text;
    const len = text.length;
    let word = FNV_OFFSET;
    let shape = FNV_OFFSET;
    let lastClass = -1;
    for (let j = 0; j < len; j++) {
      const c = text.charCodeAt(j);
      word = fnv(word, foldCode(c));
      if (j >= 1 && j < AFFIX_LENGTH) hashes[o + PREFIX + j - 1] = word;
      const cls = shapeClass(c);
      if (cls !== lastClass) shape = fnv(shape, cls);
      lastClass = cls;
    }
    // Short words repeat their whole hash as their longer affixes: "di" has no 3-letter prefix.
    for (let j = Math.max(len, 1); j < AFFIX_LENGTH; j++) hashes[o + PREFIX + j - 1] = word;
    let suffix = FNV_OFFSET;
    for (let j = 0; j < AFFIX_LENGTH; j++) {
      if (j < len) suffix = fnv(suffix, foldCode(text.charCodeAt(len - 1 - j)));
      hashes[o + SUFFIX + j] = suffix;
    }
    hashes[o + WORD] = word;
    hashes[o + SHAPE] = shape;
    hashes[o + FLAGS] = (len < 7 ? len : 7) * 2 + (afterStop ? 1 : 0);
    afterStop = len === 1 && (text === '.' || text === '!' || text === '?');
  }
}

/**
 * Writes the bucket of every feature of tokens[start, end) into `out` (FEATURES_PER_TOKEN a token,
 * in token order), for a table of 2^bits buckets. Buckets are the top bits of a multiplicative hash
 * of the template's seed and the token hashes (Fibonacci hashing): two multiplications a feature.
 * `hashes` (HASH_SLOTS a token) is scratch space, for callers that reuse it.
 */
export function tokenFeatures(
  tokens: readonly TaggableToken[],
  start: number,
  end: number,
  bits: number,
  out: Int32Array,
  hashes: Int32Array = new Int32Array((end - start) * HASH_SLOTS),
): void {
  const n = end - start;
  const shift = 32 - bits;
  hashTokens(tokens, start, end, hashes);
  const one = (t: number, a: number): number => Math.imul(a ^ seed(t), GOLDEN) >>> shift;
  const two = (t: number, a: number, b: number): number => Math.imul(Math.imul(a ^ seed(t), GOLDEN) ^ b, SECOND) >>> shift;
  for (let k = 0; k < n; k++) {
    const h = k * HASH_SLOTS;
    const w0 = hashes[h + WORD]!;
    const s0 = hashes[h + SHAPE]!;
    const wm1 = k > 0 ? hashes[h - HASH_SLOTS + WORD]! : BEFORE;
    const wm2 = k > 1 ? hashes[h - 2 * HASH_SLOTS + WORD]! : BEFORE;
    const wp1 = k + 1 < n ? hashes[h + HASH_SLOTS + WORD]! : AFTER;
    const wp2 = k + 2 < n ? hashes[h + 2 * HASH_SLOTS + WORD]! : AFTER;
    const sm1 = k > 0 ? hashes[h - HASH_SLOTS + SHAPE]! : BEFORE;
    const sp1 = k + 1 < n ? hashes[h + HASH_SLOTS + SHAPE]! : AFTER;
    const flags = hashes[h + FLAGS]!;
    const o = k * FEATURES_PER_TOKEN;
    out[o] = one(0, 0);
    out[o + 1] = one(1, w0);
    out[o + 2] = one(2, wm1);
    out[o + 3] = one(3, wp1);
    out[o + 4] = one(4, wm2);
    out[o + 5] = one(5, wp2);
    out[o + 6] = one(6, hashes[h + PREFIX]!);
    out[o + 7] = one(7, hashes[h + PREFIX + 1]!);
    out[o + 8] = one(8, hashes[h + PREFIX + 2]!);
    out[o + 9] = one(9, hashes[h + SUFFIX]!);
    out[o + 10] = one(10, hashes[h + SUFFIX + 1]!);
    out[o + 11] = one(11, hashes[h + SUFFIX + 2]!);
    out[o + 12] = one(12, hashes[h + SUFFIX + 3]!);
    out[o + 13] = one(13, s0);
    out[o + 14] = one(14, sm1);
    out[o + 15] = one(15, sp1);
    out[o + 16] = two(16, sm1, s0);
    out[o + 17] = two(17, s0, sp1);
    out[o + 18] = two(18, wm1, w0);
    out[o + 19] = two(19, w0, wp1);
    out[o + 20] = two(20, wm1, s0);
    out[o + 21] = two(21, s0, wp1);
    out[o + 22] = two(22, flags & 1, s0);
    out[o + 23] = two(23, flags & 1, w0);
    out[o + 24] = two(24, s0, flags >> 1);
    out[o + 25] = two(25, wm2, wm1);
    out[o + 26] = two(26, wp1, wp2);
    out[o + 27] = two(27, Math.imul(sm1, GOLDEN) ^ s0, sp1);
  }
}
