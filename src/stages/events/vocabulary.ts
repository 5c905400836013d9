// The events stage's word lists, compiled once per lexicon: the function-word lists into one table
// of word classes by word hash (one lookup answers them all), the verb lists into maps keyed by
// the lowercase form. What a form is as a verb is read once per form and remembered.
import type { Lexicon } from '../../lexicon/lexicon.js';
import { createLemmatizer, type WordAnalysis } from '../../morphology/lemma.js';
import { textHash } from '../../lexicon/wordMap.js';
import { foldedHash, hashOfFolded, Hash } from '../../lexicon/normalize.js';
import { GUARDED_LENGTH_BITS, wordGuard } from '../../lexicon/wordGuard.js';

/**
 * What the noun after a preposition is to the verb ("oleh X": agent, "di X": place, "ke X": goal,
 * "asal X": source, which a passive's agent may stand behind).
 */
export type PrepositionRole = 'agent' | 'place' | 'goal' | 'with' | 'source' | 'other';

/** Pronouns the stage resolves itself; `party` and `company` name an organization. */
export type PronounKind = 'plural' | 'pair' | 'party' | 'company';

/** What a clause opener makes of the clause it opens. */
export type OpenerKind = 'complement' | 'relative' | 'contrast' | 'subordinate';

/** What a verb's written (lowercase) form says, read once per form. */
export interface VerbForm {
  /** The root ("menandatangani" → "tanda tangan"). */
  readonly lemma: string;
  /**
   * A verb that bounds subjects and objects but reports no event ("merupakan", "berusia"): a
   * non-event verb of kind `copula`, `attribute` or `state` (kinds `preposition` and `attribution`
   * are no verbs of the clause at all).
   */
  readonly silent: boolean;
  /** Its event category, by the form or else its root. */
  readonly category: string | undefined;
  /** A di- verb ("ditangkap"): passive. */
  readonly passive: boolean;
  /** A ter- verb ("terdeteksi"): passive when "oleh" follows it. */
  readonly ter: boolean;
}

/**
 * A verb form's flags as bits (verbMarks), kept beside the answer's number where a verb is looked
 * up and beside each verb of a view, so that reading a clause's verbs (passive? reported?) never
 * reads the VerbForm object: most verbs report no event, and the objects, made one by one as forms
 * were learned, are spread over the heap (a cache miss each).
 */
export const enum VERB_MARK {
  passive = 1 << 0,
  ter = 1 << 1,
  silent = 1 << 2,
  /** The form has an event category. */
  category = 1 << 3,
  /** How many bits the marks take (the codes that keep them put their other bits above). */
  bits = 4,
  /** Every bit of a verb's marks. */
  all = (1 << bits) - 1,
}

/** A verb form's VERB_MARK bits. */
export function verbMarks(verb: VerbForm): number {
  return (verb.passive ? VERB_MARK.passive : 0) | (verb.ter ? VERB_MARK.ter : 0) | (verb.silent ? VERB_MARK.silent : 0) | (verb.category !== undefined ? VERB_MARK.category : 0);
}

/**
 * A verb's code (verbCodeIn): its VERB_MARK bits, a bit that says where its form is kept (the class
 * table or the memo of verb forms), and above them its number there.
 */
const enum VERB_CODE {
  classTable = 1 << VERB_MARK.bits,
  shift = VERB_MARK.bits + 1,
}

/** The VERB_MARK bits of a verb code (verbCodeIn). */
export function marksOfCode(code: number): number {
  return code & VERB_MARK.all;
}

export interface EventVocabulary {
  /** The lemmatizer's analysis of a lowercase form, remembered for this lexicon's later documents. */
  analyze(form: string): WordAnalysis;
  /**
   * A lowercase form read as a verb, or null when it fails a test of a verb that looks neither at
   * its context nor at its letters' case: a verbal prefix on a plausible root, or a bare verb, and no
   * preposition, clause opener or non-verb. Remembered like `analyze`.
   */
  verbForm(form: string): VerbForm | null;
  /**
   * verbForm of the word text[start, end) of word hash `hash` (or Hash.NotAscii), read in place and
   * given as a code (-1: null) whose low bits are the form's VERB_MARK bits (marksOfCode), read
   * without reading the VerbForm (verbOfCode reads it). `classSlot` is
   * classSlotAt's answer for the word as written (not lowercased), or -1 when it has no class or is
   * not ASCII (mayHaveClass false, or Hash.NotAscii): the class table is not probed again.
   */
  verbCodeIn(text: string, start: number, end: number, hash: number, classSlot: number): number;
  /** The verb form of a code of verbCodeIn, asked for before any other verb is looked up. */
  verbOfCode(code: number): VerbForm;
  /**
   * A quick test on a lowercase form: false when it can be no verb (no verbal prefix, no bare verb).
   * `hash` is the form's word hash (wordHashes), or Hash.NotAscii when it is not known.
   */
  mayBeVerb(form: string, hash: number): boolean;
  /**
   * mayBeVerb of the word text[start, end) of word hash `hash`, read in place (`lowercased`: of its
   * ASCII lowercase form), so that a token's own string need not be read.
   */
  mayBeVerbAt(text: string, start: number, end: number, hash: number, lowercased: boolean): boolean;
  /**
   * Which function-word lists hold a lowercase form, as WORD_CLASS bits (0: none). `hash` is the
   * word hash of the token it is the lowercase form of (wordHashes), by default the form's own.
   */
  wordClass(form: string, hash?: number): number;
  /**
   * The slot of the ASCII word text[start, end) of word hash `hash` in the class table, read in place
   * (`lowercased`: of its lowercase form), or -1 when it has no class.
   */
  classSlotAt(text: string, start: number, end: number, hash: number, lowercased: boolean): number;
  /** The word class in a slot of classSlotAt (-1: 0): wordClass of the word it was asked for. */
  classIn(slot: number): number;
  /**
   * A test on a token's word hash (wordHashes): false when its lowercase form is in no
   * function-word list, so that its class is 0 without reading its letters.
   */
  mayHaveClass(hash: number): boolean;
  /** A quick test on the written word text[start, end): false when it cannot be one of the pronouns. */
  mayBePronounAt(text: string, start: number, end: number): boolean;
  /** A word of a company's name that says it is one ("PT", "Tbk"). */
  isCompanyMarker(word: string): boolean;
}

/** Preposition kinds as roles; "dekat", "sekitar", "dalam" place a name as "di" does. */
const ROLES: ReadonlyMap<string, PrepositionRole> = new Map([
  ['agent', 'agent'],
  ['place', 'place'],
  ['in', 'place'],
  ['goal', 'goal'],
  ['with', 'with'],
  ['source', 'source'],
]);
const OPENERS: ReadonlySet<string> = new Set(['complement', 'relative', 'contrast', 'subordinate']);

/**
 * A word's class: the function-word lists that hold its lowercase form, as bits, so that one lookup
 * answers them all (and a view keeps the answer per token, below the token's shape bits).
 */
export const enum WORD_CLASS {
  coordinator = 1 << 0,
  negator = 1 << 1,
  auxiliary = 1 << 2,
  comparative = 1 << 3,
  /** A word that joins two dates into a span ("Januari hingga April 2025"). */
  rangeJoiner = 1 << 4,
  /** A noun after which "di" opens a discourse phrase, not a place ("di lain sisi"). */
  discourseNoun = 1 << 5,
  /** Any preposition (the role's three bits). */
  preposition = 0b111 << 6,
  /** Any clause opener (the kind's three bits). */
  opener = 0b111 << 9,
  /** Any pronoun the stage resolves itself (the kind's three bits). */
  pronoun = 0b111 << 12,
  /** A coordinator that adds a name to a list ("dan", "serta": kind `and`). */
  additive = 1 << 16,
  /** A word after which a clause opener opens no clause ("setelah itu"). */
  demonstrative = 1 << 17,
  /** Every bit of a word class. */
  all = (1 << 18) - 1,
}

/** Where the kinds' numbers stand in a word class. */
const enum SHIFT {
  role = 6,
  opener = 9,
  pronoun = 12,
}
/** Kinds by their number in a word class (0 is none). */
const CLASS_ROLES: readonly (PrepositionRole | undefined)[] = [undefined, 'agent', 'place', 'goal', 'with', 'source', 'other'];
const CLASS_OPENERS: readonly (OpenerKind | undefined)[] = [undefined, 'complement', 'relative', 'contrast', 'subordinate'];
const CLASS_PRONOUNS: readonly (PronounKind | undefined)[] = [undefined, 'plural', 'pair', 'party', 'company'];

/** What the noun after a preposition is to the verb, by the word's class. */
export function roleOf(wordClass: number): PrepositionRole | undefined {
  return CLASS_ROLES[(wordClass >> SHIFT.role) & 0b111];
}

/** The kind of clause a word opens, by its class. */
export function openerOf(wordClass: number): OpenerKind | undefined {
  return CLASS_OPENERS[(wordClass >> SHIFT.opener) & 0b111];
}

/**
 * The pronoun the stage resolves itself, by the word's class: "mereka" (two or more, or a group),
 * "keduanya" (exactly two), "pihaknya" (the person's organization), "perseroan" (the company).
 */
export function pronounOf(wordClass: number): PronounKind | undefined {
  return CLASS_PRONOUNS[(wordClass >> SHIFT.pronoun) & 0b111];
}

/** Form → word class, from the compiled lists. */
function wordClasses(
  flags: readonly [Iterable<string>, number][],
  kinds: readonly [FormMap, number, (kind: string) => number][],
): Map<string, number> {
  const classes = new Map<string, number>();
  const add = (form: string, bits: number) => classes.set(form, (classes.get(form) ?? 0) | bits);
  for (const [forms, bit] of flags) for (const form of forms) add(form, bit);
  for (const [map, shift, number] of kinds) {
    for (const form of map.keys()) {
      const n = number(map.get(form)!);
      if (n > 0) add(form, n << shift);
    }
  }
  return classes;
}

/** How many forms a memo of a compiled vocabulary remembers (its table then takes 4 MB at most). */
const ANALYSES_KEPT = 50_000;
/** A memo's first table size (a power of two). */
const MEMO_START = 1024;
/** Non-event kinds that are not verbs of the clause at all. */
const NOT_VERBS: ReadonlySet<string> = new Set(['preposition', 'attribution']);
/** Roots shorter than this are read as verbs only when the root list knows them. */
const MIN_GUESSED_ROOT = 4;

/** Bits of a memo's answer code below the answer's number (FormMemo `marks`). */
const MEMO_MARK_BITS = VERB_MARK.bits + 1;
/** The mark of a verb in the memo of verb forms' codes (its VERB_MARK bits below it): the answer is no null. */
const MEMO_VERB = 1 << VERB_MARK.bits;

/** A memo slot's layout, written into the probe loops as numbers (a const enum). */
const enum SLOT {
  /** Int32s a memo slot takes: 32 bytes, half a cache line. */
  ints = 8,
  /** Bytes of a slot (ints * 4): its tag and answer code (two int32s), its form's length, then the form's letters, a byte each. */
  bytes = 32,
  lengthByte = 8,
  /** The longest form a slot keeps the letters of (bytes - lengthByte - 1); a longer one is compared with its string. */
  heldLetters = 23,
  /** The length byte of a form compared with its string: longer than heldLetters, or with a letter past a byte. */
  whole = 0xff,
}

/** What a slot keeps as a form's length: the length, or SLOT.whole for a form whose letters it does not hold. */
function lengthCode(form: string): number {
  if (form.length > SLOT.heldLetters) return SLOT.whole;
  for (let k = 0; k < form.length; k++) if (form.charCodeAt(k) > 0xff) return SLOT.whole;
  return form.length;
}

/**
 * A bounded memo of answers per form, by word hash: a token's hash (wordHashes) is at hand, where a
 * Map would hash the fresh token string natively before probing a large table. An ASCII form is
 * placed by its word hash (hashOfFolded), another by textHash. A slot keeps, side by side in half
 * a cache line, the hash, the code of its answer (its number, and bits of it: `marks`) and the
 * form's letters (a byte each: the verbs are ASCII), so that a probe that finds its form reads one
 * line of the table (and the answers, kept in the order they were learned, one line more; a caller
 * of codeAt that needs only the marks, none), and the table of a few thousand forms fits
 * the cache better than one of twice its size; the forms are compared only where the hashes
 * agree. Emptied when full.
 * `compute` never answers undefined.
 */
class FormMemo<T> {
  /**
   * Slot k's hash + 1 at k * SLOT.ints (0: an empty slot), its answer's code after it: the answer's
   * number shifted by MEMO_MARK_BITS, above the answer's marks (`marks`).
   */
  private slots = new Int32Array(MEMO_START * SLOT.ints);
  /** The same memory as bytes: slot k's form's length code (lengthCode) at k * SLOT.bytes + SLOT.lengthByte, its letters after it. */
  private bytes = new Uint8Array(this.slots.buffer);
  private mask = MEMO_START - 1;
  /** The answers, by number. */
  private values: T[] = [];
  /** The forms a slot does not hold the letters of (SLOT.whole), by their answer's number. */
  private longForms = new Map<number, string>();

  constructor(
    /** Forms kept at most. */
    private readonly limit: number,
    private readonly compute: (form: string) => T,
    /** Bits (below 1 << MEMO_MARK_BITS) an answer's code keeps of it, read without reading the answer. */
    private readonly marks: (value: T) => number,
  ) {}

  /** The answer for `form`. */
  get(form: string): T {
    return this.valueOf(this.codeAt(form, 0, form.length, Hash.NotAscii));
  }

  /** The answer of a code of codeAt, asked for before any other form is looked up. */
  valueOf(code: number): T {
    return this.values[code >> MEMO_MARK_BITS]!;
  }

  /** The code of the answer for the form text[start, end) (see `slots`), compared in place: only a new form is cut out of the text. */
  codeAt(text: string, start: number, end: number, hash: number): number {
    if (hash === Hash.NotAscii) {
      hash = foldedHash(text, start, end);
      if (hash === Hash.NotAscii) hash = textHash(text.slice(start, end)) & 0x7fffffff;
    }
    const tag = hash + 1;
    const slots = this.slots;
    let slot = hash & this.mask;
    for (let held = slots[slot * SLOT.ints]!; held !== 0; held = slots[slot * SLOT.ints]!) {
      if (held === tag && this.holds(slot, text, start, end)) return slots[slot * SLOT.ints + 1]!;
      slot = (slot + 1) & this.mask;
    }
    const form = text.slice(start, end);
    const value = this.compute(form);
    if (this.values.length >= this.limit) this.clear();
    // Grown at three quarters full, not half: the probes stay short, and a table half the size
    // stays in the cache more often between one document's verbs and the next's.
    else if ((this.values.length + 1) * 4 > (this.mask + 1) * 3) this.grow();
    else return this.put(slot, tag, form, value);
    return this.put(this.emptySlot(hash), tag, form, value);
  }

  /** Whether the form in `slot` is text[start, end). */
  private holds(slot: number, text: string, start: number, end: number): boolean {
    const bytes = this.bytes;
    const at = slot * SLOT.bytes + SLOT.lengthByte;
    const length = bytes[at]!;
    if (length === SLOT.whole) return this.longForms.get(this.slots[slot * SLOT.ints + 1]! >> MEMO_MARK_BITS) === text.slice(start, end);
    if (length !== end - start) return false;
    // A letter past a byte equals no byte: such a form is held whole.
    for (let k = start, b = at + 1; k < end; k++, b++) if (bytes[b] !== text.charCodeAt(k)) return false;
    return true;
  }

  /** Fills `slot` with a new form and its answer; the answer's code. */
  private put(slot: number, tag: number, form: string, value: T): number {
    const number = this.values.length;
    this.values.push(value);
    const code = (number << MEMO_MARK_BITS) | this.marks(value);
    this.slots[slot * SLOT.ints] = tag;
    this.slots[slot * SLOT.ints + 1] = code;
    const at = slot * SLOT.bytes + SLOT.lengthByte;
    const length = lengthCode(form);
    this.bytes[at] = length;
    if (length === SLOT.whole) this.longForms.set(number, form);
    else for (let k = 0; k < form.length; k++) this.bytes[at + 1 + k] = form.charCodeAt(k);
    return code;
  }

  private emptySlot(hash: number): number {
    let slot = hash & this.mask;
    while (this.slots[slot * SLOT.ints] !== 0) slot = (slot + 1) & this.mask;
    return slot;
  }

  private clear(): void {
    this.resize(MEMO_START);
    this.values = [];
    this.longForms = new Map();
  }

  /** Twice the slots; every form goes to its place by the tag it keeps, its slot copied whole. */
  private grow(): void {
    const old = this.slots;
    this.resize((this.mask + 1) * 2);
    for (let k = 0; k < old.length; k += SLOT.ints) {
      const tag = old[k]!;
      if (tag === 0) continue;
      this.slots.set(old.subarray(k, k + SLOT.ints), this.emptySlot(tag - 1) * SLOT.ints);
    }
  }

  /** An empty table of `size` slots. */
  private resize(size: number): void {
    this.slots = new Int32Array(size * SLOT.ints);
    this.bytes = new Uint8Array(this.slots.buffer);
    this.mask = size - 1;
  }
}

/** Whether text[start, end) is `form` (`lowercased`: with its ASCII capitals lowercased). */
function regionIs(text: string, start: number, end: number, form: string, lowercased: boolean): boolean {
  if (end - start !== form.length) return false;
  for (let k = 0; k < form.length; k++) {
    const c = text.charCodeAt(start + k);
    if ((lowercased ? asciiLower(c) : c) !== form.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Word classes by word hash (hashOfFolded of each ASCII form): a token's hash (wordHashes) finds the
 * forms that may be its lowercase form in a small table, and only those are compared with it. The
 * function words are the commonest tokens, and most other words meet an empty slot at once.
 */
class ClassTable {
  /** Each slot's form's hash + 1 (0: an empty slot). */
  private readonly tags: Int32Array;
  private readonly forms: string[];
  private readonly bits: Int32Array;
  /** Each slot's form as a verb, once asked for. */
  private readonly verbs: (VerbForm | null | undefined)[];
  /** Each slot's verb form's VERB_MARK bits, once asked for. */
  private readonly verbMarks: Uint8Array;
  private readonly mask: number;

  constructor(classes: ReadonlyMap<string, number>) {
    let size = 64;
    while (size < classes.size * 4) size *= 2;
    this.tags = new Int32Array(size);
    this.forms = new Array<string>(size).fill('');
    this.bits = new Int32Array(size);
    this.verbs = new Array<VerbForm | null | undefined>(size);
    this.verbMarks = new Uint8Array(size);
    this.mask = size - 1;
    for (const [form, bits] of classes) {
      const hash = hashOfFolded(form);
      if (hash === Hash.NotAscii) continue;
      let slot = hash & this.mask;
      while (this.tags[slot] !== 0) slot = (slot + 1) & this.mask;
      this.tags[slot] = hash + 1;
      this.forms[slot] = form;
      this.bits[slot] = bits;
    }
  }

  /** The slot of the ASCII form text[start, end) of word hash `hash` (lowercased, see regionIs), or -1 when it has no class. */
  slotAt(text: string, start: number, end: number, hash: number, lowercased: boolean): number {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const tag = this.tags[slot]!;
      if (tag === 0) return -1;
      if (tag === hash + 1 && regionIs(text, start, end, this.forms[slot]!, lowercased)) return slot;
    }
  }

  /** The class in a slot of slotAt (-1: 0). */
  classIn(slot: number): number {
    return slot < 0 ? 0 : this.bits[slot]!;
  }

  /**
   * What a form with a class is as a verb (`read`), kept in its slot: function words such as "di"
   * and "telah" begin like verbs, and are among the commonest tokens.
   */
  verbFormAt(slot: number, read: (form: string) => VerbForm | null): VerbForm | null {
    let verb = this.verbs[slot];
    if (verb === undefined) {
      this.verbs[slot] = verb = read(this.forms[slot]!);
      if (verb !== null) this.verbMarks[slot] = verbMarks(verb);
    }
    return verb;
  }

  /** The VERB_MARK bits of the verb form in a slot, once verbFormAt has read it as a verb. */
  verbMarksIn(slot: number): number {
    return this.verbMarks[slot]!;
  }

  /** The verb form in a slot, once verbFormAt has read it. */
  verbIn(slot: number): VerbForm | null {
    return this.verbs[slot]!;
  }
}

/** Hashes a HashMarks tells apart (slots of marks) per form of a list: about one false hit in SLOTS_PER_FORM. */
const SLOTS_PER_FORM = 32;
/** The fewest hashes a HashMarks tells apart: two cache lines of marks. */
const MIN_HASH_SLOTS = 512;

/** The lists a word hash may be of (HashMarks), two bits of one slot. */
const enum HASH_MARK {
  /** A form with a word class (the class table). */
  classed = 1,
  /** A bare verb. */
  bare = 2,
  /** Bits of a slot. */
  bits = 2,
}

/**
 * The word hashes (hashOfFolded) of the class table's ASCII forms and of the bare verbs', as two
 * bits a hash: an ASCII word whose hash has no mark is surely none of them, which the word hash of
 * a token (wordHashes) tells without reading it. The marks are few, a few cache lines for a few
 * hundred forms: every word of a document asks, and each line the asks reach has to be brought back
 * into the cache after the stages before have run; the two lists' marks of a hash side by side, a
 * word asks both in one line. A false hit costs only the exact test after it.
 */
class HashMarks {
  private readonly marks: Uint8Array;
  private readonly mask: number;

  constructor(lists: readonly (readonly [Iterable<string>, HASH_MARK])[]) {
    const hashes: number[][] = lists.map(([forms]) => {
      const out: number[] = [];
      for (const form of forms) {
        const hash = hashOfFolded(form);
        if (hash !== Hash.NotAscii) out.push(hash);
      }
      return out;
    });
    let size = MIN_HASH_SLOTS;
    for (const list of hashes) while (size < list.length * SLOTS_PER_FORM) size *= 2;
    this.marks = new Uint8Array((size * HASH_MARK.bits) >> 3);
    this.mask = size - 1;
    lists.forEach(([, mark], k) => {
      for (const hash of hashes[k]!) this.marks[(hash & this.mask) >> 2]! |= mark << ((hash & 3) * HASH_MARK.bits);
    });
  }

  /** False when no ASCII form of the list `mark` has the word hash `hash` (Hash.NotAscii: not known, true). */
  mayHave(hash: number, mark: HASH_MARK): boolean {
    return hash === Hash.NotAscii || ((this.marks[(hash & this.mask) >> 2]! >> ((hash & 3) * HASH_MARK.bits)) & mark) !== 0;
  }
}

/** meN-, di-, ber-/be-, ter-/te-, memper-: every verbal prefix begins so; other verbs are bare roots. */
function verbalStart(form: string): boolean {
  return verbalLetters(form.charCodeAt(0), form.charCodeAt(1));
}

/** verbalStart of a word's first two code units, `a` and `b`. */
function verbalLetters(a: number, b: number): boolean {
  return (a === 0x6d /* m */ || a === 0x62 /* b */ || a === 0x74 /* t */) ? b === 0x65 /* e */ : a === 0x64 /* d */ && b === 0x69 /* i */;
}

/** An ASCII code unit lowercased. */
function asciiLower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

function verbalPrefix(prefix: string): boolean {
  if (prefix.startsWith('berke') || prefix.startsWith('berpe')) return false;
  return prefix.startsWith('me') || prefix.startsWith('di') || prefix.startsWith('ber') || prefix === 'ter';
}

/** A set of forms that turns most words away by their first two letters and length, before hashing them. */
interface FormSet {
  has(form: string): boolean;
  /** The guard alone: false when the form is surely not in the set. */
  mayHave(form: string): boolean;
  forms(): Iterable<string>;
}

function guarded(forms: Iterable<string>): FormSet {
  const set = new Set(forms);
  const mayHave = wordGuard(set);
  return {
    has: (form) => mayHave(form) && set.has(form),
    mayHave,
    forms: () => set,
  };
}

/** A map of forms behind the same guard as a FormSet. */
interface FormMap {
  get(form: string): string | undefined;
  has(form: string): boolean;
  keys(): Iterable<string>;
}

function guardedMap(map: ReadonlyMap<string, string>): FormMap {
  const forms = guarded(map.keys());
  return {
    get: (form) => (forms.mayHave(form) ? map.get(form) : undefined),
    has: (form) => forms.has(form),
    keys: () => map.keys(),
  };
}

function formSet(lexicon: Lexicon, list: string): FormSet {
  return guarded(lexicon.words(list).entries.map((e) => e.form.toLowerCase()));
}

/** Form → kind; a later entry (a user's dictionary) overrides an earlier one. */
function kindMap(lexicon: Lexicon, list: string): FormMap {
  const map = new Map<string, string>();
  for (const e of lexicon.words(list).entries) if (e.kind) map.set(e.form.toLowerCase(), e.kind);
  return guardedMap(map);
}

export function compileVocabulary(lexicon: Lexicon): EventVocabulary {
  const categories = kindMap(lexicon, 'event-verbs');
  const bare = formSet(lexicon, 'bare-event-verbs');
  const nonEvents = kindMap(lexicon, 'non-event-verbs');
  const prepositions = kindMap(lexicon, 'event-prepositions');
  const openers = kindMap(lexicon, 'event-clause-openers');
  const coordinators = formSet(lexicon, 'event-coordinators');
  const coordinatorKinds = kindMap(lexicon, 'event-coordinators');
  const additives = [...coordinatorKinds.keys()].filter((form) => coordinatorKinds.get(form) === 'and');
  const demonstratives = formSet(lexicon, 'event-demonstratives');
  const negators = formSet(lexicon, 'event-negators');
  const auxiliaries = formSet(lexicon, 'event-auxiliaries');
  const comparatives = formSet(lexicon, 'event-comparatives');
  const pronouns = kindMap(lexicon, 'event-pronouns');
  // ASCII initials, lowercase: `code | 0x20` folds an ASCII capital to its lowercase.
  const pronounInitials = new Set([...pronouns.keys()].map((f) => f.charCodeAt(0) | 0x20));
  const pronounLengths = new Set([...pronouns.keys()].map((f) => f.length));
  // The same two sets as bits for the ASCII initials and the short lengths: no hashing per word.
  const pronounAsciiInitials = new Uint8Array(0x80);
  for (const c of pronounInitials) if (c < 0x80) pronounAsciiInitials[c] = 1;
  let pronounShortLengths = 0;
  for (const n of pronounLengths) if (n <= GUARDED_LENGTH_BITS) pronounShortLengths |= 1 << n;
  const companyMarkers = formSet(lexicon, 'event-company-markers');
  const rangeJoiners = formSet(lexicon, 'event-range-joiners');
  const discourseNouns = formSet(lexicon, 'event-discourse-nouns');
  const classes = wordClasses(
    [
      [coordinators.forms(), WORD_CLASS.coordinator],
      [negators.forms(), WORD_CLASS.negator],
      [auxiliaries.forms(), WORD_CLASS.auxiliary],
      [comparatives.forms(), WORD_CLASS.comparative],
      [rangeJoiners.forms(), WORD_CLASS.rangeJoiner],
      [discourseNouns.forms(), WORD_CLASS.discourseNoun],
      [additives, WORD_CLASS.additive],
      [demonstratives.forms(), WORD_CLASS.demonstrative],
    ],
    [
      // Every preposition has a role: kinds without one of their own are 'other'.
      [prepositions, SHIFT.role, (kind) => CLASS_ROLES.indexOf(ROLES.get(kind) ?? 'other')],
      [openers, SHIFT.opener, (kind) => (OPENERS.has(kind) ? CLASS_OPENERS.indexOf(kind as OpenerKind) : 0)],
      [pronouns, SHIFT.pronoun, (kind) => CLASS_PRONOUNS.indexOf(kind as PronounKind)],
    ],
  );
  const lemmatizer = createLemmatizer(lexicon.words('roots').entries, lexicon.words('lemma-exceptions').entries);
  return new CompiledVocabulary(
    { categories, bare, nonEvents, prepositions, openers, companyMarkers, classes, pronounInitials, pronounLengths, pronounAsciiInitials, pronounShortLengths },
    lemmatizer.analyze,
  );
}

/** The compiled lists a CompiledVocabulary reads. */
interface VocabularyLists {
  readonly categories: FormMap;
  readonly bare: FormSet;
  readonly nonEvents: FormMap;
  readonly prepositions: FormMap;
  readonly openers: FormMap;
  readonly companyMarkers: FormSet;
  /** Form → word class. */
  readonly classes: ReadonlyMap<string, number>;
  /** The pronouns' lowercase initials and lengths, and the same as bits for ASCII initials and short lengths. */
  readonly pronounInitials: ReadonlySet<number>;
  readonly pronounLengths: ReadonlySet<number>;
  readonly pronounAsciiInitials: Uint8Array;
  readonly pronounShortLengths: number;
}

/**
 * An EventVocabulary as a class whose methods read its fields: the per-token questions (mayHaveClass,
 * classSlotAt, mayBeVerbAt, verbCodeIn, mayBePronounAt) are asked for every token, and closures over
 * compileVocabulary's locals would each read their captured values from a context at every call.
 */
class CompiledVocabulary implements EventVocabulary {
  private readonly categories: FormMap;
  private readonly bare: FormSet;
  private readonly nonEvents: FormMap;
  private readonly prepositions: FormMap;
  private readonly openers: FormMap;
  private readonly companyMarkers: FormSet;
  private readonly classes: ReadonlyMap<string, number>;
  private readonly pronounInitials: ReadonlySet<number>;
  private readonly pronounLengths: ReadonlySet<number>;
  private readonly pronounAsciiInitials: Uint8Array;
  private readonly pronounShortLengths: number;
  private readonly classTable: ClassTable;
  /** The class table's and the bare verbs' word hashes. */
  private readonly hashMarks: HashMarks;
  // A pure memo (an analysis depends only on the form and this lexicon), bounded so that a stream of
  // documents never grows it past ANALYSES_KEPT forms; it is emptied when full.
  private readonly analyses: FormMemo<WordAnalysis>;
  /** The verb forms, remembered and bounded as the analyses are. */
  private readonly verbForms: FormMemo<VerbForm | null>;
  /** readVerbForm bound to this vocabulary, for the memos. */
  private readonly readVerb: (form: string) => VerbForm | null;

  constructor(lists: VocabularyLists, analyze: (form: string) => WordAnalysis) {
    this.categories = lists.categories;
    this.bare = lists.bare;
    this.nonEvents = lists.nonEvents;
    this.prepositions = lists.prepositions;
    this.openers = lists.openers;
    this.companyMarkers = lists.companyMarkers;
    this.classes = lists.classes;
    this.pronounInitials = lists.pronounInitials;
    this.pronounLengths = lists.pronounLengths;
    this.pronounAsciiInitials = lists.pronounAsciiInitials;
    this.pronounShortLengths = lists.pronounShortLengths;
    this.classTable = new ClassTable(lists.classes);
    this.hashMarks = new HashMarks([
      [lists.classes.keys(), HASH_MARK.classed],
      [lists.bare.forms(), HASH_MARK.bare],
    ]);
    this.analyses = new FormMemo(ANALYSES_KEPT, analyze, () => 0);
    this.readVerb = (form) => this.readVerbForm(form);
    this.verbForms = new FormMemo(ANALYSES_KEPT, this.readVerb, (verb) => (verb === null ? 0 : MEMO_VERB | verbMarks(verb)));
  }

  analyze(form: string): WordAnalysis {
    return this.analyses.get(form);
  }

  verbForm(form: string): VerbForm | null {
    return this.verbForms.get(form);
  }

  verbCodeIn(text: string, start: number, end: number, hash: number, classSlot: number): number {
    if (classSlot >= 0) {
      if (this.classTable.verbFormAt(classSlot, this.readVerb) === null) return -1;
      return (classSlot << VERB_CODE.shift) | VERB_CODE.classTable | this.classTable.verbMarksIn(classSlot);
    }
    const code = this.verbForms.codeAt(text, start, end, hash);
    if ((code & MEMO_VERB) === 0) return -1;
    return ((code >> MEMO_MARK_BITS) << VERB_CODE.shift) | marksOfCode(code);
  }

  verbOfCode(code: number): VerbForm {
    const number = code >> VERB_CODE.shift;
    return ((code & VERB_CODE.classTable) !== 0 ? this.classTable.verbIn(number) : this.verbForms.valueOf(number << MEMO_MARK_BITS))!;
  }

  mayBeVerb(form: string, hash: number): boolean {
    return this.mayBeVerbAt(form, 0, form.length, hash, false);
  }

  mayBeVerbAt(text: string, start: number, end: number, hash: number, lowercased: boolean): boolean {
    const a = text.charCodeAt(start);
    const b = end - start > 1 ? text.charCodeAt(start + 1) : NaN;
    if (lowercased ? verbalLetters(asciiLower(a), asciiLower(b)) : verbalLetters(a, b)) return true;
    if (!this.hashMarks.mayHave(hash, HASH_MARK.bare)) return false;
    const form = text.slice(start, end);
    return this.bare.has(lowercased ? form.toLowerCase() : form);
  }

  wordClass(form: string, hash: number = hashOfFolded(form)): number {
    if (hash === Hash.NotAscii) return this.classes.get(form) ?? 0;
    return this.classTable.classIn(this.classTable.slotAt(form, 0, form.length, hash, false));
  }

  classSlotAt(text: string, start: number, end: number, hash: number, lowercased: boolean): number {
    return this.classTable.slotAt(text, start, end, hash, lowercased);
  }

  classIn(slot: number): number {
    return this.classTable.classIn(slot);
  }

  mayHaveClass(hash: number): boolean {
    return this.hashMarks.mayHave(hash, HASH_MARK.classed);
  }

  mayBePronounAt(text: string, start: number, end: number): boolean {
    const n = end - start;
    if (n <= GUARDED_LENGTH_BITS ? (this.pronounShortLengths & (1 << n)) === 0 : !this.pronounLengths.has(n)) return false;
    const c = text.charCodeAt(start) | 0x20;
    return c < 0x80 ? this.pronounAsciiInitials[c] === 1 : this.pronounInitials.has(c);
  }

  isCompanyMarker(word: string): boolean {
    return this.companyMarkers.has(word.toLowerCase());
  }

  private opener(form: string): OpenerKind | undefined {
    const kind = this.openers.get(form);
    return kind !== undefined && OPENERS.has(kind) ? (kind as OpenerKind) : undefined;
  }

  private isVerbForm(form: string): boolean {
    const prefixed = verbalStart(form);
    if (!prefixed && !this.bare.has(form)) return false;
    const nonEvent = this.nonEvents.get(form);
    if (nonEvent !== undefined) return !NOT_VERBS.has(nonEvent);
    if (this.prepositions.has(form) || this.opener(form)) return false;
    // Only words that begin like a verbal prefix need their morphology read.
    if (!prefixed) return true;
    const a = this.analyze(form);
    if (a.prefix === '') return this.bare.has(form) || this.bare.has(a.lemma);
    return verbalPrefix(a.prefix) && (a.known || a.lemma.length >= MIN_GUESSED_ROOT);
  }

  private readVerbForm(form: string): VerbForm | null {
    if (!this.isVerbForm(form)) return null;
    const analysis = this.analyze(form);
    return {
      lemma: analysis.lemma,
      silent: this.nonEvents.has(form),
      category: this.categories.get(form) ?? this.categories.get(analysis.lemma),
      passive: analysis.prefix.startsWith('di'),
      ter: analysis.prefix === 'ter',
    };
  }
}
