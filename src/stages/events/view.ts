// Token-level indexes over the layers the events stage reads: which actors each token names,
// which tokens are inside a direct quote or are a quote's cue, which dates apply, and each token's
// shape, word class and verb form (read once per token, in one pass), and its lowercase form.
import type { Doc, TimeExpression, Token } from '../../types.js';
import type { WordAnalysis } from '../../morphology/lemma.js';
import { foldedTokens, Hash, wordHashes } from '../../lexicon/normalize.js';
import { KindCode, tokenOffsets, type TokenOffsets } from '../../spans.js';
import { sortUnlessOrdered } from '../../order.js';
import { fillRange, SLOTS, type ScratchArrays } from './scratch.js';
import { TokenIndex } from './tokenIndex.js';
import { marksOfCode, VERB_MARK, WORD_CLASS, type EventVocabulary, type VerbForm } from './vocabulary.js';

/** One or more actors named by the same tokens ("Putin"; "Keduanya" → Putin and Kim). */
export interface MentionUnit {
  first: number;
  /** Token index after the mention. */
  end: number;
  /**
   * Never changed in place: the units naming one actor share one list (a list per unit, kept
   * while the stage runs, is most of what a long document's units cost the garbage collector).
   */
  actors: readonly string[];
  /** Every actor named is a place. */
  place: boolean;
  /** A person is among them. */
  person: boolean;
  /** A pronoun clitic inside a larger word ("pihaknya", "mencabutnya"). */
  clitic: boolean;
}


/** A date that can date an event: its tokens and its value at day precision at most. */
export interface DateRef {
  first: number;
  end: number;
  value: string;
  /** The base of a comparison ("dibandingkan Oktober 2024"), not when something happened. */
  comparative: boolean;
  quoted: boolean;
  /** Right after a noun ("data inflasi Desember"): it dates the noun more likely than the verb. */
  modifier: boolean;
  /** The end of a span of two dates ("Januari hingga April 2025"): the span is dated by its start. */
  rangeEnd: boolean;
}

/**
 * A token's shape, read once from its kind and text, so that the loops over a clause read bits
 * beside each other instead of token objects spread over the heap.
 */
export const enum SHAPE {
  // Above the WORD_CLASS bits: a token's shape and class share one number.
  word = 1 << 18,
  punct = 1 << 19,
  /** A word whose first letter is a-z. */
  lowerInitial = 1 << 20,
  /** A lowercase-initial word that may be a verb by its letters (EventVocabulary.mayBeVerb). */
  verbLike = 1 << 21,
  comma = 1 << 22,
  semicolon = 1 << 23,
  /** "(" or ")". */
  bracket = 1 << 24,
  /** "/" or "&", which list names as a comma does ("Raka/Dimas"). */
  slash = 1 << 25,
  /** A mark after which a verb continues the subject before it ("…, naik 25 persen"). */
  continuing = 1 << 26,
  /** A word that may be one of the pronouns: its class says so, or its letters (not ASCII) may. */
  mayBePronoun = 1 << 27,
  /** A verb of its clause: a verb-like word of lowercase letters outside direct quotes, cues and names, read as a verb. */
  verb = 1 << 28,
  /** Inside a direct quote (its content and marks). */
  quoted = 1 << 29,
  /** Part of a quote's cue (EventView.cueOf). */
  cue = 1 << 30,
  /** An ASCII word with a capital initial whose lowercase form cannot be a verb (mayBeVerb). */
  capitalNoVerb = 1 << 31,
}

export interface EventView {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The tokens' offsets. */
  readonly offsets: TokenOffsets;
  /** Tokens by offset, for finding a span's tokens. */
  readonly index: TokenIndex;
  readonly units: readonly MentionUnit[];
  /** Token → index into units, or -1. */
  readonly unitAt: Int32Array;
  /** Token → index of the quote whose cue it is, or -1. */
  readonly cueOf: Int32Array;
  /** Quote index → its speaker's actor id. */
  readonly speakers: readonly (string | null)[];
  /** Quote index → token index after the mention that names its speaker, or -1. */
  readonly speakerEnds: readonly number[];
  /** Dates in text order. */
  readonly dates: readonly DateRef[];
  /** Token → 1 where a date starts. */
  readonly dateStart: Uint8Array;
  /** Token → SHAPE bits, and its word class in the bits below them (wordClass). */
  readonly shape: Int32Array;
  /** The verb form of a token read as a verb: SHAPE.verb, or kept by keepVerbForm. */
  verbForm(i: number): VerbForm;
  /** The VERB_MARK bits of the verb form of a token read as a verb (verbForm), without reading the form. */
  verbMarks(i: number): number;
  /** Keeps the verb form of a token read as a verb outside the view's pass (a clause-initial capital), and its VERB_MARK bits. */
  keepVerbForm(i: number, verb: VerbForm, marks: number): void;
  /** Each token's word hash (wordHashes). */
  readonly hashes: Int32Array;
  /** Lowercase text of a token. */
  lower(i: number): string;
  /** The word class of a token's lowercase form (WORD_CLASS bits). */
  wordClass(i: number): number;
}

const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);
/**
 * Whether a mark is one after which a verb continues the subject before it ("…, naik 25 persen"):
 * , : - – — " “ ” ' ’, by code (a comparison or two, where a set would hash every mark).
 */
function isContinuingMark(c: number): boolean {
  if (c < 0x80) return c === 0x2c || c === 0x3a || c === 0x2d || c === 0x22 || c === 0x27;
  return c === 0x2013 || c === 0x2014 || c === 0x201c || c === 0x201d || c === 0x2019;
}
const LOWER_WORD = /^\p{Ll}+$/u;
const enum REACH {
  /** Tokens a comparison word may stand before its date ("dibandingkan periode yang sama tahun lalu"). */
  comparison = 4,
}

const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** CAPITALIZED_WORD by char codes for ASCII words (most), by the regex for the others. */
export function isCapitalizedWord(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 0x80) return CAPITALIZED_WORD.test(text);
  return c >= 0x41 && c <= 0x5a && isLowerWordAt(text, 1, text.length);
}

/** LOWER_WORD by char codes for ASCII words (most), by the regex for the others. */
export function isLowerWord(text: string): boolean {
  return isLowerWordAt(text, 0, text.length);
}

/** isLowerWord of text[start, end), read in place. */
function isLowerWordAt(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return LOWER_WORD.test(text.slice(start, end));
    if (c < 0x61 || c > 0x7a) return false;
  }
  return end > start;
}

/**
 * The SHAPE bits of a word written text[start, end), first code unit `c`, of word hash `hash`
 * (wordHashes) and word class `word`.
 */
function wordShape(text: string, start: number, end: number, c: number, hash: number, word: number, vocabulary: EventVocabulary): number {
  let shape = SHAPE.word;
  if (c >= 0x61 && c <= 0x7a) {
    shape |= SHAPE.lowerInitial;
    if (vocabulary.mayBeVerbAt(text, start, end, hash, false)) shape |= SHAPE.verbLike;
  } else if (c >= 0x41 && c <= 0x5a && hash !== Hash.NotAscii && !vocabulary.mayBeVerbAt(text, start, end, hash, true)) shape |= SHAPE.capitalNoVerb;
  // An ASCII word is a pronoun's only when its class says so (its lowercase form has its length
  // and initial); the test by letters is for the others.
  if (hash === Hash.NotAscii ? vocabulary.mayBePronounAt(text, start, end) : (word & WORD_CLASS.pronoun) !== 0) shape |= SHAPE.mayBePronoun;
  return shape;
}

/** The SHAPE bits of a token other than a word, of kind `kind` (TokenOffsets.kinds), `length` code units long, the first `c`. */
function markShape(kind: KindCode, length: number, c: number): number {
  let shape = kind === KindCode.Punct ? SHAPE.punct : 0;
  if (length !== 1) return shape;
  if (c === 0x2c /* , */) shape |= SHAPE.comma;
  else if (c === 0x3b /* ; */) shape |= SHAPE.semicolon;
  else if (c === 0x28 || c === 0x29 /* ( ) */) shape |= SHAPE.bracket;
  else if (c === 0x2f || c === 0x26 /* / & */) shape |= SHAPE.slash;
  if (kind === KindCode.Punct && isContinuingMark(c)) shape |= SHAPE.continuing;
  return shape;
}

/** A date value as an event's date: a range by its start, a time by its day; durations and sets never. */
function eventDateValue(date: TimeExpression): string | null {
  if (date.kind === 'duration' || date.kind === 'set') return null;
  const value = date.value;
  const slash = value.indexOf('/');
  const start = slash < 0 ? value : value.slice(0, slash);
  for (let k = 0; k < 4; k++) {
    const c = start.charCodeAt(k);
    if (!(c >= 0x30 && c <= 0x39)) return null;
  }
  return withoutTime(start);
}

/** `value` without its time part: from the first "T" on that no line break follows, as /T.*$/ finds it. */
function withoutTime(value: string): string {
  let from = 0;
  for (let k = value.length - 1; k >= 0; k--) {
    const c = value.charCodeAt(k);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
      from = k + 1;
      break;
    }
  }
  const t = value.indexOf('T', from);
  return t < 0 ? value : value.slice(0, t);
}

/**
 * Mention units in one pass over the tokens, without sorting: the mentions starting at each token
 * are chained by token, and the longest one starting where no unit is open makes the unit, so
 * "Presiden Korea Utara" (a title naming Kim) wins over the "Korea Utara" in it.
 */
function buildUnits(doc: Doc, offsets: TokenOffsets, index: TokenIndex, unitAt: Int32Array, scratch: ScratchArrays): MentionUnit[] {
  const { tokens, actors } = doc;
  let count = 0;
  for (let a = 0; a < actors.length; a++) count += actors[a]!.mentions.length;
  const mentionEnd = scratch.int32(SLOTS.mentionEnd, count, 0);
  const mentionActor = scratch.int32(SLOTS.mentionActor, count, 0);
  const mentionClitic = scratch.uint8(SLOTS.mentionClitic, count);
  const next = scratch.int32(SLOTS.nextMention, count, 0);
  const head = scratch.int32(SLOTS.mentionsAt, tokens.length, -1);
  const { starts, ends } = offsets;
  let j = 0;
  for (let a = 0; a < actors.length; a++) {
    const mentions = actors[a]!.mentions;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      const first = index.indexAt(m.start);
      const end = index.endOf(first, m.end);
      if (first >= end) continue;
      mentionEnd[j] = end;
      mentionActor[j] = a;
      // A pronoun inside a larger word ("-nya" of "pihaknya"): its token is the unit.
      mentionClitic[j] = end - first === 1 && (starts[first] !== m.start || ends[first] !== m.end) ? 1 : 0;
      next[j] = head[first]!;
      head[first] = j++;
    }
  }

  const units: MentionUnit[] = [];
  const outerType: string[] = [];
  // By actor index: the list of its id alone, shared by the units that name only it.
  const alone: (readonly string[] | undefined)[] = new Array(actors.length);
  for (let t = 0; t < tokens.length; t++) {
    if (head[t]! < 0) continue;
    let at = unitAt[t]!;
    // The mention a unit is opened by, whose actor the unit starts with.
    let opening = -1;
    if (at < 0) {
      let longest = head[t]!;
      for (let k = next[longest]!; k >= 0; k = next[k]!) if (mentionEnd[k]! >= mentionEnd[longest]!) longest = k;
      const actor = actors[mentionActor[longest]!]!;
      at = units.length;
      units.push({ first: t, end: mentionEnd[longest]!, actors: (alone[mentionActor[longest]!] ??= [actor.id]), place: actor.type === 'location', person: actor.type === 'person', clitic: mentionClitic[longest] === 1 });
      outerType.push(actor.type);
      fillRange(unitAt, t, mentionEnd[longest]!, at);
      opening = longest;
    }
    const unit = units[at]!;
    for (let k = head[t]!; k >= 0; k = next[k]!) {
      if (k === opening) continue;
      const actor = actors[mentionActor[k]!]!;
      if (unit.actors.includes(actor.id)) continue;
      if (unit.first === t && unit.end === mentionEnd[k]) {
        // The same tokens naming another actor: "keduanya", "mereka".
        unit.actors = [...unit.actors, actor.id];
        unit.place &&= actor.type === 'location';
        unit.person ||= actor.type === 'person';
      } else if (outerType[at] === 'group' && actor.type === 'organization' && mentionEnd[k]! <= unit.end) {
        // An organization inside a group's name acts with it: "personel Polda Riau".
        unit.actors = [...unit.actors, actor.id];
      }
    }
  }
  return units;
}

const byFirst = (a: DateRef, b: DateRef) => a.first - b.first;

/** Sets the SHAPE bit `mark` in the shapes of the tokens [first, end). */
function markRange(shape: Int32Array, first: number, end: number, mark: SHAPE): void {
  for (let k = first; k < end; k++) shape[k]! |= mark;
}

/**
 * Where a verb's number stands in a view's verbSlots, above its VERB_MARK bits: VERB_MARK.bits,
 * written as a number because esbuild inlines no const enum member set from another file's.
 */
const enum VERB_SLOT {
  shift = 4,
}

/**
 * An EventView as a class: its methods read the view's fields, where closures over buildView's
 * locals read each captured value from a context at every call. Its dates are set by buildView
 * after its pass over the tokens, which they are read with.
 */
class DocumentView implements EventView {
  dates: readonly DateRef[] = [];
  /** Lowercase forms of the tokens the folded layer does not give as they are (non-ASCII words). */
  private lowers: Map<number, string> | null = null;
  /**
   * The verbs' forms in a list of their own, by token (verbSlots: a verb's number in it, shifted
   * above its VERB_MARK bits): a list as long as the tokens, holey, would be a slow dictionary on a
   * long document.
   */
  private readonly verbList: VerbForm[] = [];

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly offsets: TokenOffsets,
    readonly index: TokenIndex,
    readonly hashes: Int32Array,
    private readonly folded: readonly string[],
    readonly units: readonly MentionUnit[],
    readonly unitAt: Int32Array,
    readonly cueOf: Int32Array,
    readonly speakers: readonly (string | null)[],
    readonly speakerEnds: readonly number[],
    readonly dateStart: Uint8Array,
    readonly shape: Int32Array,
    private readonly verbSlots: Int32Array,
  ) {}

  verbForm(i: number): VerbForm {
    return this.verbList[this.verbSlots[i]! >> VERB_SLOT.shift]!;
  }

  verbMarks(i: number): number {
    return this.verbSlots[i]! & VERB_MARK.all;
  }

  keepVerbForm(i: number, verb: VerbForm, marks: number): void {
    this.verbSlots[i] = (this.verbList.length << VERB_SLOT.shift) | marks;
    this.verbList.push(verb);
  }

  // Function words and verbs begin with a lowercase letter, and punctuation has no case: those are
  // their own lowercase form (a word such as "eKTP" keeps its capitals, and no word list holds it).
  // An ASCII token's folded form is its lowercase form, already made for the other stages.
  lower(i: number): string {
    const text = this.tokens[i]!.text;
    const c = text.charCodeAt(0);
    if ((c >= 0x61 && c <= 0x7a) || c < 0x41) return text;
    // An ASCII token (its word hash says so) without a backtick folds to its lowercase form.
    if (this.hashes[i] !== Hash.NotAscii && text.indexOf('`') < 0) return this.folded[i]!;
    this.lowers ??= new Map();
    let form = this.lowers.get(i);
    if (form === undefined) this.lowers.set(i, (form = text.toLowerCase()));
    return form;
  }

  wordClass(i: number): number {
    return this.shape[i]! & WORD_CLASS.all;
  }
}

/** The view of one document; its arrays are `scratch`'s (maybe longer than its tokens: only their entries count), valid until the next document's view. */
export function buildView(doc: Doc, vocabulary: EventVocabulary, scratch: ScratchArrays): EventView {
  const { tokens, text } = doc;
  const offsets = tokenOffsets(doc);
  const n = tokens.length;
  const index = new TokenIndex(offsets, text.length, scratch);
  const unitAt = scratch.int32(SLOTS.unitAt, n, -1);
  const units = buildUnits(doc, offsets, index, unitAt, scratch);

  const cueOf = scratch.int32(SLOTS.cueOf, n, -1);
  // The quotes' tokens are marked in the shapes (SHAPE.quoted; SHAPE.cue beside cueOf), which the
  // pass over the tokens below reads where it writes each shape, not in arrays of their own.
  const shape = scratch.int32(SLOTS.shape, n, 0);
  const quotes = doc.quotes;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]!;
    if (q.kind === 'direct') {
      let first = index.indexAt(q.start);
      let end = index.endOf(first, q.end);
      while (first > 0 && QUOTE_MARKS.has(tokens[first - 1]!.text)) first--;
      while (end < n && QUOTE_MARKS.has(tokens[end]!.text)) end++;
      markRange(shape, first, end, SHAPE.quoted);
    }
    if (q.cue) {
      const first = index.indexAt(q.cue.start);
      const end = index.endOf(first, q.cue.end);
      fillRange(cueOf, first, end, qi);
      markRange(shape, first, end, SHAPE.cue);
    }
  }

  const speakers = quotes.map((q) => q.speaker);
  const speakerEnds = quotes.map((q) => (q.speakerMention ? index.endOf(index.indexAt(q.speakerMention.start), q.speakerMention.end) : -1));
  const hashes = wordHashes(doc);
  const dateStart = scratch.uint8(SLOTS.dateStart, n);
  const view = new DocumentView(text, tokens, offsets, index, hashes, foldedTokens(doc), units, unitAt, cueOf, speakers, speakerEnds, dateStart, shape, scratch.int32(SLOTS.verbSlot, n, 0));
  // Every token's shape, word class and verb form in one pass. Most words are in no function-word
  // list, which their word hash tells without reading their letters (hash -1: not ASCII, read them).
  // The offsets and kinds come from the shared layer, not from the token objects.
  const { starts, ends, kinds } = offsets;
  for (let i = 0; i < n; i++) {
    const hash = hashes[i]!;
    // An ASCII token is read in the document's text, which the stages before have just read,
    // rather than in its own string; another in its string.
    const ascii = hash !== Hash.NotAscii;
    const source = ascii ? text : tokens[i]!.text;
    const start = ascii ? starts[i]! : 0;
    const end = ascii ? ends[i]! : source.length;
    const c = end > start ? source.charCodeAt(start) : NaN;
    let word = 0;
    // An ASCII word's slot in the class table (-1: no class, or not ASCII), which its verb form reads again.
    let classSlot = -1;
    if (vocabulary.mayHaveClass(hash)) {
      // The class of lower(i): the text itself, or an ASCII word's lowercased as it is compared
      // (a lowercase-initial word, the only one read as a verb below, as it is written).
      if (!ascii) word = vocabulary.wordClass(view.lower(i), hash);
      else word = vocabulary.classIn((classSlot = vocabulary.classSlotAt(source, start, end, hash, !((c >= 0x61 && c <= 0x7a) || c < 0x41))));
    }
    const kind = kinds[i]!;
    let bits = (kind === KindCode.Word ? wordShape(source, start, end, c, hash, word, vocabulary) : markShape(kind, end - start, c)) | word | shape[i]!;
    if ((bits & (SHAPE.verbLike | SHAPE.quoted | SHAPE.cue)) === SHAPE.verbLike && (unitAt[i]! < 0 || units[unitAt[i]!]!.clitic)) {
      // A verb is of lowercase letters only: checked for the forms read as verbs, fewer than the verb-like.
      const code = vocabulary.verbCodeIn(source, start, end, hash, classSlot);
      if (code >= 0 && isLowerWordAt(source, start, end)) {
        bits |= SHAPE.verb;
        view.keepVerbForm(i, vocabulary.verbOfCode(code), marksOfCode(code));
      }
    }
    shape[i] = bits;
  }
  const analysis = (i: number): WordAnalysis => {
    const text = tokens[i]!.text;
    const c = text.charCodeAt(0);
    // A lowercase-initial word is read as written (the verbs); others by their lowercase form.
    return vocabulary.analyze(c >= 0x61 && c <= 0x7a ? text : view.lower(i));
  };
  /** A lowercase word that is no function word and no verb: a noun the date may modify. */
  const followsNoun = (k: number): boolean => {
    // The kind and class first, from the arrays: most words before a date are prepositions ("pada", "sejak").
    if (kinds[k] !== KindCode.Word) return false;
    if ((view.wordClass(k) & (WORD_CLASS.preposition | WORD_CLASS.opener | WORD_CLASS.coordinator | WORD_CLASS.auxiliary)) !== 0) return false;
    if (!isLowerWord(tokens[k]!.text)) return false;
    const prefix = analysis(k).prefix;
    return prefix === '' || prefix === 'pe' || prefix === 'per' || prefix === 'ke';
  };
  const dates: DateRef[] = [];
  for (const d of doc.dates) {
    const value = eventDateValue(d);
    if (value === null) continue;
    const first = index.indexAt(d.start);
    const end = index.endOf(first, d.end);
    if (first >= end) continue;
    let comparative = false;
    for (let k = first - 1, words = 0; k >= 0 && words < REACH.comparison; k--) {
      if (kinds[k] !== KindCode.Word) break;
      if (view.wordClass(k) & WORD_CLASS.comparative) comparative = true;
      words++;
    }
    dates.push({ first, end, value, comparative, quoted: (shape[first]! & SHAPE.quoted) !== 0, modifier: first > 0 && followsNoun(first - 1), rangeEnd: false });
  }
  // The dates mostly come in text order already: sorting copies the list, checking it does not.
  sortUnlessOrdered(dates, byFirst);
  for (let k = 1; k < dates.length; k++) {
    const [before, date] = [dates[k - 1]!, dates[k]!];
    if (date.first - before.end === 1 && view.wordClass(before.end) & WORD_CLASS.rangeJoiner) date.rangeEnd = true;
  }
  for (const d of dates) dateStart[d.first] = 1;
  view.dates = dates;
  return view;
}
