// A statistical named-entity tagger: candidate person, organization and place names where the
// actors stage's rules and dictionaries run out. A first-order structured perceptron over BIO tags
// (scripts/train-ner.mjs trains it from Indonesian NER corpora), decoded with Viterbi. The model is a
// plain object (dictionaries/ner-model.json): hashed feature weights, quantized to a few levels and
// pruned, the weights that are left written one character each beside the gaps between them, so
// that gzip packs the bundle's largest file to about its entropy and unpacking visits only them.
// createNerTagger unpacks it once into a dense table of bytes; tagging
// works in typed arrays that each tagger keeps and grows to its longest sentence, at most 1024
// tokens (scratch only: nothing of one call is read by the next), and allocates only the spans it
// returns. What a word's own features weigh is summed once per word and kept (WordSums, bounded):
// a pure function of the word under the model, so it changes no result.
import {
  EDGE_AFTER,
  EDGE_BEFORE,
  endsSentence,
  FEATURE_SET,
  FEATURES_PER_TOKEN,
  HASH_SLOTS,
  hashToken,
  markFeatures,
  MARK_FEATURES,
  markNames,
  NEIGHBOUR_FEATURES,
  neighbourFeatures,
  ownFeatures,
  OWN_FEATURES,
  pairFeatures,
  Pairs,
  SHAPE_SLOT,
  WORD_SLOT,
  type NameMark,
  type TaggableToken,
} from './features.js';
import { keepUnits, textHash, unitsHold } from '../../lexicon/wordMap.js';
import { NOT_ASCII_HASH } from '../../lexicon/normalize.js';

export type { NameMark } from './features.js';

export type NerType = 'person' | 'organization' | 'location';

/** One entity: tokens [tokenStart, tokenEnd) of the array given to `tag`. */
export interface NerSpan {
  tokenStart: number;
  tokenEnd: number;
  type: NerType;
  /** About the chance that span and type are both right (calibrated on held-out data), 0..1. */
  score: number;
}

/**
 * What the caller already knows about tokens [tokenStart, tokenEnd): a name of that type (from a
 * dictionary), or `outside` any name (a title, a date, a dateline's dash). The tagger decodes the
 * best tagging that agrees with it, so that "Presiden Rusia Vladimir Putin" with "Rusia" known as a
 * location yields "Vladimir Putin" as a person instead of one span over both.
 */
export interface NerConstraint {
  tokenStart: number;
  tokenEnd: number;
  type: NerType | 'outside';
}

/** What the caller can tell the tagger about a range; indices into `tokens`, any order, clipped to the range. */
export interface NerContext {
  /**
   * The dictionary names in the tokens (lexicon.matchActors; only exact-case matches count), as the
   * model was trained with them: evidence, weighed against the rest. Give them for the best results.
   */
  names?: readonly NameMark[];
  /** Tags fixed in advance: the decoding agrees with them; a known name comes back as a span like any other. */
  known?: readonly NerConstraint[];
  /**
   * Whether tokens[start] opens a sentence (the default): the model reads capitals there with less
   * trust. Say false when tagging a window that starts inside a sentence.
   */
  opensSentence?: boolean;
  /**
   * Each token's word hash, indexed like `tokens` (wordHashes: foldedHash of its text, or
   * NOT_ASCII_HASH): the tagger finds a word's sums by it instead of hashing the text again.
   */
  hashes?: Int32Array | null;
}

export interface NerTagger {
  /** The entities among tokens[start, end); give one sentence at a time for the best results. */
  tag(tokens: readonly TaggableToken[], start?: number, end?: number, context?: NerContext): NerSpan[];
}

/** The model file's shape (dictionaries/ner-model.json). */
export interface NerModel {
  name: string;
  description: string;
  source: string;
  license: string;
  featureSet: string;
  /** "O", then "B-PER", "I-PER", "B-ORG", … in the order of the weights. */
  tags: string[];
  /** The feature table has 2^hashBits buckets. */
  hashBits: number;
  /** A level times `scale` is a weight. */
  scale: number;
  /** The values a stored weight takes, in units of `scale`: at most 64 integers in −127..127. */
  levels: number[];
  /** Row i (i < tags.length) holds the weights of tag i followed by each tag; the last row, of each tag opening the sentence. */
  transitions: number[];
  /** Span score = logistic(scoreSlope × margin + scoreBias), margin being the Viterbi max-marginal margin. */
  scoreSlope: number;
  scoreBias: number;
  /**
   * Where the weights that are not 0 sit among the slots, tag by tag (slot t × 2^hashBits + b is tag
   * t of bucket b): for each, the number of slots skipped since the previous one, in base 32, most
   * significant digit first, SYMBOLS[32 + d] for a leading digit d and SYMBOLS[d] for the last.
   */
  positions: string;
  /** The weights that are not 0, in the same order: SYMBOLS[i] stands for levels[i]. */
  weights: string;
}

const ENTITY_TYPES: Readonly<Record<string, NerType>> = { PER: 'person', ORG: 'organization', LOC: 'location' };
/**
 * The tags a model decodes (scripts/train-ner.mjs trains these): O, then B- and I- of each type.
 * An I- only continues its own type, so it never opens a sentence and only its B- or itself comes
 * before it. Decoding is written out for this set (see createViterbi).
 */
const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];
/**
 * Tag slots a bucket takes in the dense table, and a token in the score rows: a power of two, so
 * that a row is a shift away. A constant enum, written into the code as a number (see Part).
 */
const enum Row {
  Stride = 8,
}
/** The dense table holds weights as unsigned bytes, weight + OFFSET. */
const OFFSET = 128;
/** Four weights of 0 in one word of the table. */
const EMPTY_WORD = 0x80808080 | 0;
/**
 * Even bytes of a word into two 16-bit lanes: ≤ 255 features of ≤ 255 each never carry across
 * lanes. A constant enum, like the other numbers read in the emissions loop (see Part).
 */
const enum Lanes {
  Mask = 0x00ff00ff,
}
/** The characters of `positions` and `weights`: one byte each in UTF-8, none escaped in JSON. */
const SYMBOLS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** A gap's digits: SYMBOLS[0..31] end it, SYMBOLS[32..63] lead. */
const GAP_BASE = 32;
const NEVER = -1e30;
/** The longest run of tokens decoded at once (see tag). */
const MAX_STRETCH = 1024;

/**
 * The weight table, unpacked twice. `rows`: two 32-bit words a bucket, each holding four weights as
 * bytes offset by 128: word 0 has tags 0, 1, 2, 3 in bits 0–7, 8–15, 16–23, 24–31, word 1 tags 4–7.
 * Summing a token's features then adds a bucket in four integer additions, two tags a 16-bit lane
 * (see laneSums). `nibbles`: the same rows in one word a bucket, a weight's code in 4 bits (see
 * emissions), for the pair features read at every token: in half the memory, more of the
 * table stays in the processor's cache between documents.
 */
interface WeightTable {
  rows: Int32Array;
  /** Tags 0, 2, 1, 3, 4, 6, 5, 7 in bits 0–3, 4–7, …, 28–31, or Nibbles.Escaped for a row with a weight no code stands for. */
  nibbles: Int32Array;
  /** The lane sums of a byte of `nibbles` (two codes): the offset byte of the low code's weight in bits 0–15, the high code's in bits 16–31. */
  nibbleLanes: Int32Array;
}

/** The levels of largest magnitude, the rarest in a quantized model, have no 4-bit code: code 0 is a weight of 0, 1..15 the others. */
const NIBBLE_CODES = 15;
/** Tags in the order of a nibble row's codes: byte 0 holds tags 0 and 2, as lane sums do (see laneSums). */
const NIBBLE_ORDER = [0, 2, 1, 3, 4, 6, 5, 7];
/** A nibble row whose weights must be read from the byte rows: no row of codes is negative (tag 7 is always 0). */
const enum Nibbles {
  Escaped = -1,
}

function unpackWeights(model: NerModel, tagCount: number): WeightTable {
  const { hashBits, positions, weights } = model;
  const buckets = 1 << hashBits;
  // Each symbol's value, by its byte: a digit of a gap (0..63), or the offset byte of a level. A
  // byte no symbol has is a leading digit that puts every later slot past the table, and no level's
  // byte is 0: placeWeights reads both without a test, and a damaged model is told after it.
  const digit = new Int32Array(256).fill(NOT_A_DIGIT);
  const byteOf = new Uint8Array(256);
  for (let i = 0; i < SYMBOLS.length; i++) digit[SYMBOLS.charCodeAt(i)] = i;
  model.levels.forEach((level, i) => (byteOf[SYMBOLS.charCodeAt(i)] = level + OFFSET));
  const rows = new Int32Array(buckets * 2).fill(EMPTY_WORD);
  const rowBytes = new Uint8Array(rows.buffer);
  // Tag t of a bucket is byte t of its two words in memory order (t ^ 3 where the first byte is the high one).
  const flip = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 3;
  // A weight's bits in its bucket's nibble row, by tag × 256 + offset byte: its 4-bit code in its
  // tag's place, or all bits set (Nibbles.Escaped, which or-ing keeps) for a level without a code.
  const coded = [...model.levels].sort((a, b) => Math.abs(a) - Math.abs(b)).slice(0, NIBBLE_CODES);
  const nibbleBits = new Int32Array(8 * 256).fill(Nibbles.Escaped);
  NIBBLE_ORDER.forEach((tag, i) => {
    nibbleBits[tag * 256 + OFFSET] = 0;
    coded.forEach((level, code) => (nibbleBits[tag * 256 + level + OFFSET] = (code + 1) << (i * 4)));
  });
  const nibbles = new Int32Array(buckets);
  // The symbols as bytes (one each, see SYMBOLS), converted natively: the loop that reads them runs
  // once per process, mostly before it is optimized, where a charCodeAt call costs more than a load.
  const encoder = new TextEncoder();
  const read = placeWeights(encoder.encode(positions), encoder.encode(weights), digit, byteOf, rowBytes, flip, nibbles, nibbleBits, hashBits, tagCount);
  // A weight that is no level, or one past the last, left a byte of 0 in the rows.
  if (read < 0 || rowBytes.indexOf(0) >= 0) {
    const bad = positions.split('').findIndex((c) => !SYMBOLS.includes(c));
    if (bad >= 0) throw new Error(`ner model: "${positions[bad]}" at ${bad} of positions is no symbol`);
    const levelSymbols = SYMBOLS.slice(0, model.levels.length);
    const badWeight = weights.split('').findIndex((c) => !levelSymbols.includes(c));
    throw new Error(`ner model: weights are corrupt at weight ${badWeight >= 0 ? badWeight : weights.length}`);
  }
  if (read !== weights.length) throw new Error(`ner model: ${weights.length} weights but ${read} positions`);
  const byteOfCode = [OFFSET, ...coded.map((level) => level + OFFSET)];
  const nibbleLanes = new Int32Array(256);
  for (let b = 0; b < 256; b++) nibbleLanes[b] = (byteOfCode[b & 15] ?? OFFSET) | ((byteOfCode[b >>> 4] ?? OFFSET) << 16);
  return { rows, nibbles, nibbleLanes };
}

/** The digit of a byte that is no symbol: a leading digit so large that the next slot is past any table. */
const NOT_A_DIGIT = 1 << 30;

/**
 * Writes each weight into the byte rows (`rowBytes`, eight bytes a bucket) and the nibble rows, in
 * one pass over the gaps (see NerModel.positions), without a test per weight (see unpackWeights):
 * the number of weights placed, or -1 when a slot falls past the table or the positions end inside a gap.
 */
function placeWeights(
  positions: Uint8Array,
  weights: Uint8Array,
  digit: Int32Array,
  byteOf: Uint8Array,
  rowBytes: Uint8Array,
  flip: number,
  nibbles: Int32Array,
  nibbleBits: Int32Array,
  hashBits: number,
  tagCount: number,
): number {
  const buckets = 1 << hashBits;
  // Slot t × buckets + b holds tag t of bucket b: the slots come in order, so the bucket is counted
  // on and the tag moves to the next when it passes the last (what depends on the tag kept with it).
  let bucket = -1;
  let tag = 0;
  let lane = flip;
  let bits = 0;
  let w = 0;
  for (let i = 0; i < positions.length; i++) {
    let d = digit[positions[i]!]!;
    // Most gaps are one digit: the leading digits of the others are read here, and a gap the
    // positions end inside makes the bucket NaN.
    if (d >= GAP_BASE) {
      let gap = 0;
      do {
        gap = gap * GAP_BASE + d - GAP_BASE;
        d = digit[positions[++i]!]!;
      } while (d >= GAP_BASE);
      bucket += gap * GAP_BASE;
    }
    bucket += d + 1;
    while (bucket >= buckets && tag < tagCount) {
      bucket -= buckets;
      tag++;
      lane = tag ^ flip;
      bits = tag << 8;
    }
    // Past the last weight, a byte of 0 (undefined stored).
    const byte = byteOf[weights[w++]!]!;
    // Two words, eight bytes, a bucket.
    rowBytes[(bucket << 3) | lane] = byte;
    nibbles[bucket] = nibbles[bucket]! | nibbleBits[bits | byte]!;
  }
  return tag < tagCount && !Number.isNaN(bucket) ? w : -1;
}

function checkModel(model: NerModel): void {
  if (model.featureSet !== FEATURE_SET) {
    throw new Error(`ner model: built for features "${model.featureSet}", this tagger computes "${FEATURE_SET}"`);
  }
  const tagCount = model.tags.length;
  if (tagCount !== TAGS.length || model.tags.some((t, i) => t !== TAGS[i])) throw new Error(`ner model: tags must be ${TAGS.join(', ')}`);
  if (!Number.isInteger(model.hashBits) || model.hashBits < 8 || model.hashBits > 24) throw new Error('ner model: hashBits must be 8..24');
  if (model.transitions.length !== (tagCount + 1) * tagCount) throw new Error('ner model: transitions must be (tags + 1) × tags');
  const { levels } = model;
  if (!Array.isArray(levels) || levels.length < 1 || levels.length > SYMBOLS.length || !levels.every((l) => Number.isInteger(l) && l >= -127 && l <= 127)) {
    throw new Error(`ner model: levels must be 1..${SYMBOLS.length} integers in -127..127`);
  }
}

/** Compiles a model once (per stage factory); the tagger only reads it, and its scratch arrays carry nothing from one call to the next. */
export function createNerTagger(model: NerModel): NerTagger {
  checkModel(model);
  const tags = model.tags;
  const T = tags.length;
  const bits = model.hashBits;
  const weights = unpackWeights(model, T);
  const opening = Float64Array.from(tags, (tag, t) => (tag.startsWith('I-') ? NEVER : model.transitions[T * T + t]!));
  const viterbi = createViterbi(model.transitions, T);
  const typeOf = tags.map((t) => (t === 'O' ? null : ENTITY_TYPES[t.slice(2)] ?? null));
  const opens = tags.map((t) => t.startsWith('B-'));

  let work = createWorkspace(64);

  const sums = createWordSums(weights.rows, 32 - bits);

  /**
   * Each token's score for each tag: the sum of its features' weights, added lane-wise (SWAR, see
   * laneSums). The features that read one word only come summed per word (WordSums); the pairs
   * around the token and its name marks are added here.
   */
  function emissions(tokens: readonly TaggableToken[], start: number, n: number, names: readonly NameMark[], opensSentence: boolean, hashes: Int32Array | null): void {
    // What the loops read, in locals: V8 reads a variable of an enclosing function again at every use.
    const { emit, marks, words, owns, pairs } = work;
    const { rows, nibbles, nibbleLanes } = weights;
    const { store, shift } = sums;
    const markSums = sums.marks;
    const scale = model.scale;
    const bias = FEATURES_PER_TOKEN * OFFSET;
    const notAscii = NOT_ASCII_HASH;
    // Token k's mark at marks[k + 1] and its record at words[k + 2], between the edges' (no mark,
    // BEFORE_RECORD and AFTER_RECORD), so that a token reads its neighbours' without a test.
    markNames(names, start, n, marks, 1);
    marks[0] = 0;
    marks[n + 1] = 0;
    sums.reserve(n);
    words[0] = BEFORE_RECORD;
    words[1] = BEFORE_RECORD;
    words[n + 2] = AFTER_RECORD;
    words[n + 3] = AFTER_RECORD;
    let afterStop = opensSentence || (start > 0 && endsSentence(tokens[start - 1]!.text));
    for (let k = 0; k < n; k++) {
      const text = tokens[start + k]!.text;
      // Any hash that depends on the text alone finds its record: the word hash read with the
      // document's folding, or one of its code units for a word outside ASCII.
      const wordHash = hashes ? hashes[start + k]! : notAscii;
      const record = sums.of(text, wordHash !== notAscii ? wordHash : textHash(text));
      words[k + 2] = record;
      // The own features of a word opening a sentence are kept beside the others.
      owns[k] = afterStop ? openingSums(record) : record + Part.OwnSums;
      afterStop = endsSentence(text);
    }
    // The buckets of every token's pair features first, then their weights: the table's rows are
    // read in one loop of independent loads, which the processor overlaps while they come from memory.
    for (let k = 0; k < n; k++) {
      const m1 = words[k + 1]!;
      const word = words[k + 2]!;
      const p1 = words[k + 3]!;
      pairFeatures(store[words[k]!]!, store[m1]!, store[word]!, store[p1]!, store[words[k + 4]!]!, store[m1 + 1]!, store[word + 1]!, store[p1 + 1]!, shift, pairs, k * Pairs.Features);
    }
    for (let k = 0; k < n; k++) {
      const m2 = words[k]!;
      const m1 = words[k + 1]!;
      const p1 = words[k + 3]!;
      const p2 = words[k + 4]!;
      const ownAt = owns[k]!;
      const marked = (marks[k]! * Mark.Values + marks[k + 1]!) * Mark.Values + marks[k + 2]!;
      // The rows of the words two away, in lanes as laneSums reads a row.
      const before = store[m2 + Part.AsSecondBefore]!;
      const beforeHigh = store[m2 + Part.AsSecondBefore + 1]!;
      const after = store[p2 + Part.AsSecondAfter]!;
      const afterHigh = store[p2 + Part.AsSecondAfter + 1]!;
      let even = store[ownAt]! + (before & Lanes.Mask) + store[m1 + Part.AsBefore]! + store[p1 + Part.AsAfter]! + (after & Lanes.Mask) + markSums[marked * 4]!;
      let odd = store[ownAt + 1]! + ((before >>> 8) & Lanes.Mask) + store[m1 + Part.AsBefore + 1]! + store[p1 + Part.AsAfter + 1]! + ((after >>> 8) & Lanes.Mask) + markSums[marked * 4 + 1]!;
      let evenHigh = store[ownAt + 2]! + (beforeHigh & Lanes.Mask) + store[m1 + Part.AsBefore + 2]! + store[p1 + Part.AsAfter + 2]! + (afterHigh & Lanes.Mask) + markSums[marked * 4 + 2]!;
      let oddHigh = store[ownAt + 3]! + ((beforeHigh >>> 8) & Lanes.Mask) + store[m1 + Part.AsBefore + 3]! + store[p1 + Part.AsAfter + 3]! + ((afterHigh >>> 8) & Lanes.Mask) + markSums[marked * 4 + 3]!;
      // The pair features' rows: a row of codes in lanes two codes a byte (nibbleLanes), an escaped
      // one from the byte rows as laneSums reads them. Written here, not called: the inlined
      // pairFeatures above leaves no room for a call here to be inlined as well.
      for (let f = k * Pairs.Features, last = f + Pairs.Features; f < last; f++) {
        const bucket = pairs[f]!;
        const codes = nibbles[bucket]!;
        if (codes !== Nibbles.Escaped) {
          even += nibbleLanes[codes & 0xff]!;
          odd += nibbleLanes[(codes >>> 8) & 0xff]!;
          evenHigh += nibbleLanes[(codes >>> 16) & 0xff]!;
          oddHigh += nibbleLanes[codes >>> 24]!;
        } else {
          const low = rows[bucket << 1]!;
          const high = rows[(bucket << 1) + 1]!;
          even += low & Lanes.Mask;
          odd += (low >>> 8) & Lanes.Mask;
          evenHigh += high & Lanes.Mask;
          oddHigh += (high >>> 8) & Lanes.Mask;
        }
      }
      const o = k * Row.Stride;
      emit[o] = ((even & 0xffff) - bias) * scale;
      emit[o + 1] = ((odd & 0xffff) - bias) * scale;
      emit[o + 2] = ((even >>> 16) - bias) * scale;
      emit[o + 3] = ((odd >>> 16) - bias) * scale;
      emit[o + 4] = ((evenHigh & 0xffff) - bias) * scale;
      emit[o + 5] = ((oddHigh & 0xffff) - bias) * scale;
      emit[o + 6] = ((evenHigh >>> 16) - bias) * scale;
      emit[o + 7] = ((oddHigh >>> 16) - bias) * scale;
    }
  }

  const outside = tags.indexOf('O');
  const tagOf = (prefix: string, type: NerType) => tags.findIndex((t, i) => t.startsWith(prefix) && typeOf[i] === type);
  const begins = new Map(Object.values(ENTITY_TYPES).map((type) => [type, tagOf('B-', type)]));
  const continues = new Map(Object.values(ENTITY_TYPES).map((type) => [type, tagOf('I-', type)]));
  const only = (emit: Float64Array, k: number, tag: number) => {
    for (let t = 0; t < T; t++) if (t !== tag) emit[k * Row.Stride + t] = NEVER;
  };

  /** Leaves a known token only its known tag, and keeps a known name from running on past its end. */
  function constrain(emit: Float64Array, c: NerConstraint, start: number, n: number): void {
    const from = Math.max(c.tokenStart, start) - start;
    const to = Math.min(c.tokenEnd, start + n) - start;
    if (from >= to) return;
    if (c.type === 'outside') {
      for (let k = from; k < to; k++) only(emit, k, outside);
      return;
    }
    const begin = begins.get(c.type) ?? -1;
    const inside = continues.get(c.type) ?? -1;
    if (begin < 0 || inside < 0) return;
    // A name cut by the range's start opens at the range's first token.
    only(emit, from, begin);
    for (let k = from + 1; k < to; k++) only(emit, k, inside);
    if (to < n && c.tokenEnd <= start + n) emit[to * Row.Stride + inside] = NEVER;
  }

  /** Tags one stretch of at most MAX_STRETCH tokens, adding its entities to `spans`. */
  function tagStretch(
    tokens: readonly TaggableToken[],
    start: number,
    end: number,
    names: readonly NameMark[],
    known: readonly NerConstraint[],
    opensSentence: boolean,
    hashes: Int32Array | null,
    spans: NerSpan[],
  ): void {
    const n = end - start;
    if (n > work.capacity) work = createWorkspace(Math.max(n, Math.min(work.capacity * 2, MAX_STRETCH)));
    const { emit, forward, backward, path } = work;
    emissions(tokens, start, n, names, opensSentence, hashes);
    for (const c of known) constrain(emit, c, start, n);
    // Viterbi forward: the best path ending in each tag. Only the best score is kept: the tag
    // before it is found again on the way back, for the one tag on the best path.
    for (let t = 0; t < T; t++) forward[t] = opening[t]! + emit[t]!;
    viterbi.forward(emit, forward, n);
    const lastRow = (n - 1) * Row.Stride;
    let final = 0;
    for (let t = 1; t < T; t++) if (forward[lastRow + t]! > forward[lastRow + final]!) final = t;
    path[n - 1] = final;
    let firstEntity = final === 0 ? n : n - 1;
    for (let k = n - 1; k > 0; k--) {
      path[k - 1] = viterbi.tagBefore(forward, (k - 1) * Row.Stride, path[k]!);
      if (path[k - 1] !== 0) firstEntity = k - 1;
    }
    if (firstEntity === n) return;
    // Backward, from the end down to the first entity only: the best continuation after each tag.
    // Forward plus backward is a tag's max-marginal, whose lead over the runner-up is the margin.
    for (let t = 0; t < T; t++) backward[lastRow + t] = 0;
    viterbi.backward(emit, backward, firstEntity, n);

    for (let k = 0; k < n; k++) {
      const type = typeOf[path[k]!];
      if (!type) continue;
      let stop = k + 1;
      while (stop < n && !opens[path[stop]!] && typeOf[path[stop]!] === type) stop++;
      let least = Infinity;
      for (let j = k; j <= stop && j < n; j++) least = Math.min(least, margin(forward, backward, path[j]!, j * Row.Stride, T));
      const score = 1 / (1 + Math.exp(-(model.scoreSlope * least + model.scoreBias)));
      spans.push({ tokenStart: start + k, tokenEnd: start + stop, type, score });
      k = stop - 1;
    }
  }

  return {
    tag(tokens, start = 0, end = tokens.length, { names = NONE, known = NONE, opensSentence = true, hashes = null } = {}) {
      // A "sentence" of a megabyte of words without stops is tagged in stretches, so that the
      // scratch space stays small: each stretch ends before a token that cannot be inside a name.
      const spans: NerSpan[] = [];
      for (let from = start; from < end; ) {
        let to = Math.min(end, from + MAX_STRETCH);
        if (to < end) {
          let cut = to;
          while (cut > from + MAX_STRETCH / 2 && !endsNoName(tokens[cut]!.text)) cut--;
          if (cut > from + MAX_STRETCH / 2) to = cut;
        }
        tagStretch(tokens, from, to, names, known, from === start && opensSentence, hashes, spans);
        from = to;
      }
      return spans;
    },
  };
}

/**
 * The larger of two scores: Math.max's number, since no score is NaN and the sign of a zero changes
 * no sum, without the tests for them that make Math.max cost a branch or two more. The best of four,
 * five or seven scores likewise, one after the other.
 */
function max(a: number, b: number): number {
  return a > b ? a : b;
}

function max4(a: number, b: number, c: number, d: number): number {
  let best = a > b ? a : b;
  best = best > c ? best : c;
  return best > d ? best : d;
}

function max5(a: number, b: number, c: number, d: number, e: number): number {
  let best = a > b ? a : b;
  best = best > c ? best : c;
  best = best > d ? best : d;
  return best > e ? best : e;
}

function max7(a: number, b: number, c: number, d: number, e: number, f: number, g: number): number {
  let best = a > b ? a : b;
  best = best > c ? best : c;
  best = best > d ? best : d;
  best = best > e ? best : e;
  best = best > f ? best : f;
  return best > g ? best : g;
}

/**
 * Viterbi's passes over the tag set TAGS, written out: the scores of the seven tags in locals, and
 * only the moves BIO allows (34 of 49). The best of several scores is their max, the same
 * number the step-by-step comparison finds; only the way back asks which tag gave it.
 */
interface Viterbi {
  /** Rows 1..n-1 of `forward` (row 0 given): the best score of a path ending in each tag at each token. */
  forward(emit: Float64Array, forward: Float64Array, n: number): void;
  /** The tag at row `previous` on the best path into tag t at the row after: the first of the best, in tag order. */
  tagBefore(forward: Float64Array, previous: number, t: number): number;
  /** Rows n-2 down to `first` of `backward` (row n-1 given): the best score of what follows each tag. */
  backward(emit: Float64Array, backward: Float64Array, first: number, n: number): void;
}

function createViterbi(transitions: readonly number[], tagCount: number): Viterbi {
  const weight = (from: number, to: number) => transitions[from * tagCount + to]!;
  // wAB: the weight of tag A followed by tag B (0 O, 1 B-PER, 2 I-PER, 3 B-ORG, 4 I-ORG, 5 B-LOC, 6 I-LOC).
  const moves = {
    w00: weight(0, 0),
    w01: weight(0, 1),
    w03: weight(0, 3),
    w05: weight(0, 5),
    w10: weight(1, 0),
    w11: weight(1, 1),
    w12: weight(1, 2),
    w13: weight(1, 3),
    w15: weight(1, 5),
    w20: weight(2, 0),
    w21: weight(2, 1),
    w22: weight(2, 2),
    w23: weight(2, 3),
    w25: weight(2, 5),
    w30: weight(3, 0),
    w31: weight(3, 1),
    w33: weight(3, 3),
    w34: weight(3, 4),
    w35: weight(3, 5),
    w40: weight(4, 0),
    w41: weight(4, 1),
    w43: weight(4, 3),
    w44: weight(4, 4),
    w45: weight(4, 5),
    w50: weight(5, 0),
    w51: weight(5, 1),
    w53: weight(5, 3),
    w55: weight(5, 5),
    w56: weight(5, 6),
    w60: weight(6, 0),
    w61: weight(6, 1),
    w63: weight(6, 3),
    w65: weight(6, 5),
    w66: weight(6, 6),
  };
  // The same weights by tag followed, side by side: the way back compares the moves into one tag.
  const into = new Float64Array(tagCount * Row.Stride);
  for (let t = 0; t < tagCount; t++) for (let p = 0; p < tagCount; p++) into[t * Row.Stride + p] = transitions[p * tagCount + t]!;
  return {
    forward(emit, forward, n) {
      // The weights in locals: V8 reads a value of the enclosing function again at every use in the loop.
      const { w00, w01, w03, w05, w10, w11, w12, w13, w15, w20, w21, w22, w23, w25, w30, w31, w33, w34, w35, w40, w41, w43, w44, w45, w50, w51, w53, w55, w56, w60, w61, w63, w65, w66 } = moves;
      let f0 = forward[0]!, f1 = forward[1]!, f2 = forward[2]!, f3 = forward[3]!, f4 = forward[4]!, f5 = forward[5]!, f6 = forward[6]!;
      for (let here = Row.Stride, end = n * Row.Stride; here < end; here += Row.Stride) {
        const g0 = max7(f0 + w00, f1 + w10, f2 + w20, f3 + w30, f4 + w40, f5 + w50, f6 + w60) + emit[here]!;
        const g1 = max7(f0 + w01, f1 + w11, f2 + w21, f3 + w31, f4 + w41, f5 + w51, f6 + w61) + emit[here + 1]!;
        const g2 = max(f1 + w12, f2 + w22) + emit[here + 2]!;
        const g3 = max7(f0 + w03, f1 + w13, f2 + w23, f3 + w33, f4 + w43, f5 + w53, f6 + w63) + emit[here + 3]!;
        const g4 = max(f3 + w34, f4 + w44) + emit[here + 4]!;
        const g5 = max7(f0 + w05, f1 + w15, f2 + w25, f3 + w35, f4 + w45, f5 + w55, f6 + w65) + emit[here + 5]!;
        const g6 = max(f5 + w56, f6 + w66) + emit[here + 6]!;
        forward[here] = f0 = g0;
        forward[here + 1] = f1 = g1;
        forward[here + 2] = f2 = g2;
        forward[here + 3] = f3 = g3;
        forward[here + 4] = f4 = g4;
        forward[here + 5] = f5 = g5;
        forward[here + 6] = f6 = g6;
      }
    },
    tagBefore(forward, previous, t) {
      const row = t * Row.Stride;
      // An I- continues its B- unless it scores higher continuing itself.
      if (t === 2 || t === 4 || t === 6) return forward[previous + t]! + into[row + t]! > forward[previous + t - 1]! + into[row + t - 1]! ? t : t - 1;
      let best = forward[previous]! + into[row]!;
      let arg = 0;
      for (let p = 1; p < tagCount; p++) {
        const s = forward[previous + p]! + into[row + p]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      return arg;
    },
    backward(emit, backward, first, n) {
      // The weights in locals: V8 reads a value of the enclosing function again at every use in the loop.
      const { w00, w01, w03, w05, w10, w11, w12, w13, w15, w20, w21, w22, w23, w25, w30, w31, w33, w34, w35, w40, w41, w43, w44, w45, w50, w51, w53, w55, w56, w60, w61, w63, w65, w66 } = moves;
      for (let here = (n - 2) * Row.Stride, stop = first * Row.Stride; here >= stop; here -= Row.Stride) {
        const next = here + Row.Stride;
        const e0 = emit[next]!, e1 = emit[next + 1]!, e2 = emit[next + 2]!, e3 = emit[next + 3]!, e4 = emit[next + 4]!, e5 = emit[next + 5]!, e6 = emit[next + 6]!;
        const b0 = backward[next]!, b1 = backward[next + 1]!, b2 = backward[next + 2]!, b3 = backward[next + 3]!, b4 = backward[next + 4]!, b5 = backward[next + 5]!, b6 = backward[next + 6]!;
        backward[here] = max4(w00 + e0 + b0, w01 + e1 + b1, w03 + e3 + b3, w05 + e5 + b5);
        backward[here + 1] = max5(w10 + e0 + b0, w11 + e1 + b1, w12 + e2 + b2, w13 + e3 + b3, w15 + e5 + b5);
        backward[here + 2] = max5(w20 + e0 + b0, w21 + e1 + b1, w22 + e2 + b2, w23 + e3 + b3, w25 + e5 + b5);
        backward[here + 3] = max5(w30 + e0 + b0, w31 + e1 + b1, w33 + e3 + b3, w34 + e4 + b4, w35 + e5 + b5);
        backward[here + 4] = max5(w40 + e0 + b0, w41 + e1 + b1, w43 + e3 + b3, w44 + e4 + b4, w45 + e5 + b5);
        backward[here + 5] = max5(w50 + e0 + b0, w51 + e1 + b1, w53 + e3 + b3, w55 + e5 + b5, w56 + e6 + b6);
        backward[here + 6] = max5(w60 + e0 + b0, w61 + e1 + b1, w63 + e3 + b3, w65 + e5 + b5, w66 + e6 + b6);
      }
    },
  };
}

/** No names, no constraints: the defaults of `tag`. */
const NONE: readonly never[] = [];

/** Whether a token starts with a lowercase letter or is a comma or stop: no name runs through it. */
function endsNoName(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 0x61 && c <= 0x7a) || c === 0x2c || c === 0x2e;
}

/** Scratch arrays for sentences of up to `capacity` tokens. */
interface Workspace {
  capacity: number;
  /** Each token's name mark, after one for the word before the range (see emissions). */
  marks: Uint8Array;
  /** Each token's record in WordSums.store, after two for the words before the range (see emissions). */
  words: Int32Array;
  /** Where each token's own sums are in WordSums.store: its record's inside a sentence, its openingSums opening one. */
  owns: Int32Array;
  /** Each token's pair features. */
  pairs: Int32Array;
  emit: Float64Array;
  forward: Float64Array;
  backward: Float64Array;
  path: Uint8Array;
}

function createWorkspace(capacity: number): Workspace {
  return {
    capacity,
    marks: new Uint8Array(capacity + 2),
    words: new Int32Array(capacity + 4),
    owns: new Int32Array(capacity),
    pairs: new Int32Array(capacity * Pairs.Features),
    emit: new Float64Array(capacity * Row.Stride),
    forward: new Float64Array(capacity * Row.Stride),
    backward: new Float64Array(capacity * Row.Stride),
    path: new Uint8Array(capacity),
  };
}

/** How far the best path through `chosen` at a token beats the best path through any other tag there. */
function margin(forward: Float64Array, backward: Float64Array, chosen: number, row: number, tagCount: number): number {
  let runnerUp = -Infinity;
  for (let t = 0; t < tagCount; t++) if (t !== chosen) runnerUp = max(runnerUp, forward[row + t]! + backward[row + t]!);
  return forward[row + chosen]! + backward[row + chosen]! - runnerUp;
}

/**
 * A word's record in WordSums.store: its word and shape hashes, then the lane sums (four 32-bit
 * lanes, see laneSums) of the features it adds to itself inside a sentence and to its neighbours
 * two and one before it and one and two after it, then its text. 24 words, two cache lines
 * wherever it starts (28 took three for half the records): a lookup that finds its word reads the
 * text where the sums are, not in a string elsewhere in memory. The sums a word adds to itself
 * opening a sentence, read for one token in fifteen, are kept apart (Store.Openings). A constant
 * enum, written into the code as numbers: esbuild makes a module constant a variable of the
 * bundle, which V8 reads again at every use in a loop.
 */
const enum Part {
  WordHash = 0,
  ShapeHash = 1,
  OwnSums = 2,
  /**
   * The sums a word adds to the token two after it (it is that token's second word before), and so
   * on. A word's one feature as the second word before or after is its row of the weight table
   * (two words, see laneSums), its two as the word just before or after their lane sums (four).
   */
  AsSecondBefore = 6,
  AsBefore = 8,
  AsAfter = 12,
  AsSecondAfter = 16,
  /** The word's length code, then its code units, 16 bits each (keepUnits). */
  Text = 18,
}
/** The sizes of WordSums' records and slots, constant enums like Part. */
const enum Store {
  /** The words a record takes. */
  Record = 24,
  /** The code units a record holds: the rest of its 32-bit words after the length code. */
  HeldUnits = (Record - Part.Text) * 2 - 1,
  /**
   * The most words whose sums are kept: past it the store starts over (a document of a million
   * distinct words costs the same per word as one of a thousand).
   */
  MaxWords = 1 << 14,
  /**
   * Where the records end in `store` and the sums of the words opening a sentence begin, four
   * words a record, in the records' order: record r's at Openings + (r / Record) × 4.
   */
  Openings = (MaxWords + 2) * Record,
  /** The slots of the records by text: at most half of them full. */
  Slots = 2 * MaxWords,
  /** A hash's home slot is hash & SlotMask. */
  SlotMask = Slots - 1,
  /** The bits of a WordSums slot that hold a record's number: a record number is at most MaxWords + 1, the slot's index is hash & SlotMask. */
  RecordNumber = SlotMask,
}
/** Where a record keeps the sums it adds to a token at each offset from it (at -2 it is that token's second word before). */
const NEIGHBOUR_SUMS = [
  [-1, Part.AsBefore],
  [1, Part.AsAfter],
] as const;
/** Where a record keeps the row of its one feature for a token at each offset from it. */
const NEIGHBOUR_ROWS = [
  [-2, Part.AsSecondBefore],
  [2, Part.AsSecondAfter],
] as const;
/** A word's own sums are kept inside a sentence and opening one (openingSums). */
const INSIDE_AND_OPENING = [false, true] as const;
/** Where in WordSums.store the sums are that the word of a record adds to itself opening a sentence. */
function openingSums(record: number): number {
  return Store.Openings + (record / Store.Record) * 4;
}

/** Records 0 and 1 stand for the words before the range's first token and after its last. */
const BEFORE_RECORD = 0;
const AFTER_RECORD = Store.Record;
/** Name marks are 0..7 (markNames); a constant enum, like Part. */
const enum Mark {
  Values = 8,
}

/** Per-word feature sums, a pure function of a word's text under one model: kept across calls, bounded. */
interface WordSums {
  readonly shift: number;
  readonly store: Int32Array;
  /** Lane sums of the mark features by (mark before × 8 + mark) × 8 + mark after. */
  readonly marks: Int32Array;
  /** Makes room for n more words, so that no record is reused while a stretch reads it. */
  reserve(n: number): void;
  /** The offset of the text's record in `store`; `hash` is a hash of the text alone: its word hash (wordHashes), or textHash for a word without one. */
  of(text: string, hash: number): number;
}

/**
 * The lane sums of buckets[from, to): word 0 of each bucket's row gives tags 0 and 2 (`even`) and
 * 1 and 3 (`odd`), word 1 tags 4–7, two tags a 16-bit lane; 30 features of ≤ 255 never carry
 * across a lane, so sums of parts add up to the sum of the whole.
 */
function laneSums(table: Int32Array, buckets: Int32Array, from: number, to: number, out: Int32Array, o: number): void {
  let even = 0, odd = 0, evenHigh = 0, oddHigh = 0;
  for (let f = from; f < to; f++) {
    const row = buckets[f]! << 1;
    const low = table[row]!;
    const high = table[row + 1]!;
    even += low & Lanes.Mask;
    odd += (low >>> 8) & Lanes.Mask;
    evenHigh += high & Lanes.Mask;
    oddHigh += (high >>> 8) & Lanes.Mask;
  }
  out[o] = even;
  out[o + 1] = odd;
  out[o + 2] = evenHigh;
  out[o + 3] = oddHigh;
}

function createWordSums(table: Int32Array, shift: number): WordSums {
  const store = new Int32Array(Store.Openings + (Store.MaxWords + 2) * 4);
  /** The records' texts, 16 bits a code unit: at (record + Part.Text) × 2 the length code, then the units. */
  const units = new Uint16Array(store.buffer);
  /** The texts longer than Store.HeldUnits, by record number. */
  const longTexts = new Array<string | null>(Store.MaxWords + 2).fill(null);
  // The records by text, in an open-addressing table at most half full, each slot one word: the
  // high bits of its text's hash (those above the ones that pick the slot) beside its record's
  // number (never 0, the edges' records being 0 and 1: 0 marks an empty slot). Half the memory of
  // a hash and a record side by side, so that more of the table stays in cache.
  const slots = new Int32Array(Store.Slots);
  const hashes = new Int32Array(HASH_SLOTS);
  const buckets = new Int32Array(FEATURES_PER_TOKEN);
  let next = 2 * Store.Record;

  for (const [offset] of NEIGHBOUR_ROWS) {
    if (NEIGHBOUR_FEATURES[offset] !== 1) throw new Error(`ner tagger: ${NEIGHBOUR_FEATURES[offset]} features at ${offset}, a record keeps one row`);
  }

  /** The sums a word with these hashes adds to its neighbours. */
  function neighbourSums(record: number, word: number, shape: number): void {
    store[record + Part.WordHash] = word;
    store[record + Part.ShapeHash] = shape;
    for (const [offset, at] of NEIGHBOUR_SUMS) {
      neighbourFeatures(word, shape, offset, shift, buckets, 0);
      laneSums(table, buckets, 0, NEIGHBOUR_FEATURES[offset], store, record + at);
    }
    for (const [offset, at] of NEIGHBOUR_ROWS) {
      neighbourFeatures(word, shape, offset, shift, buckets, 0);
      store[record + at] = table[buckets[0]! << 1]!;
      store[record + at + 1] = table[(buckets[0]! << 1) + 1]!;
    }
  }
  neighbourSums(BEFORE_RECORD, EDGE_BEFORE, EDGE_BEFORE);
  neighbourSums(AFTER_RECORD, EDGE_AFTER, EDGE_AFTER);

  /** Whether the record is the text's: its length and units, and for a long text the whole string. */
  function holds(record: number, text: string): boolean {
    return unitsHold(units, (record + Part.Text) * 2, Store.HeldUnits, text) ?? longTexts[record / Store.Record] === text;
  }

  function keep(record: number, text: string): void {
    if (!keepUnits(units, (record + Part.Text) * 2, Store.HeldUnits, text)) longTexts[record / Store.Record] = text;
  }

  const marks = new Int32Array(Mark.Values ** 3 * 4);
  for (let before = 0; before < Mark.Values; before++) {
    for (let mark = 0; mark < Mark.Values; mark++) {
      for (let after = 0; after < Mark.Values; after++) {
        markFeatures(before, mark, after, shift, buckets, 0);
        laneSums(table, buckets, 0, MARK_FEATURES, marks, ((before * Mark.Values + mark) * Mark.Values + after) * 4);
      }
    }
  }

  return {
    shift,
    store,
    marks,
    reserve(n) {
      if (next + n * Store.Record <= Store.Openings) return;
      slots.fill(0);
      next = 2 * Store.Record;
    },
    of(text, hash) {
      const high = hash & ~Store.RecordNumber;
      let slot = hash & Store.SlotMask;
      for (let held = slots[slot]!; held !== 0; held = slots[slot]!) {
        if ((held & ~Store.RecordNumber) === high && holds((held & Store.RecordNumber) * Store.Record, text)) return (held & Store.RecordNumber) * Store.Record;
        slot = (slot + 1) & Store.SlotMask;
      }
      const record = next;
      next += Store.Record;
      slots[slot] = high | (record / Store.Record);
      keep(record, text);
      for (const opening of INSIDE_AND_OPENING) {
        hashToken(text, opening, hashes, 0);
        ownFeatures(hashes, 0, shift, buckets, 0);
        laneSums(table, buckets, 0, OWN_FEATURES, store, opening ? openingSums(record) : record + Part.OwnSums);
      }
      neighbourSums(record, hashes[WORD_SLOT]!, hashes[SHAPE_SLOT]!);
      return record;
    },
  };
}
