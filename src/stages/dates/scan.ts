// One document's tokens as the date parsers read them: what each token may be (from the hash of its
// folded text, wordHashes: most tokens are never folded nor looked up), calendar words by list,
// plain numbers, and whether two tokens sit on one line.
import { foldToken, Hash } from '../../lexicon/normalize.js';
import { KindCode, type TokenOffsets } from '../../spans.js';
import type { Token, WordEntry } from '../../types.js';
import { listBit, ListBit, Role, type Calendar, type CalendarList, type CalendarPhrase, type CalendarWord, EMPTY_PLACE, type WordsByHash } from './calendar.js';

export interface Hit {
  entry: WordEntry;
  /** Token index after the phrase. */
  end: number;
}

export interface HitBefore extends Hit {
  /** Token index where the phrase starts. */
  start: number;
}

/** Character codes and sizes, as a const enum: written into the code as numbers, not read from the module scope at each use. */
const enum Scanned {
  UpperA = 0x41,
  UpperZ = 0x5a,
  LowerCaseShift = 0x20,
  Zero = 0x30,
  Nine = 0x39,
  MaxIntegerDigits = 4,
  /** Marks a token with characters past ASCII: it is compared by its folded text, not its letters. */
  NotAscii = 0x40,
  /** How many tokens' calendar words a Scan keeps (a power of two, wider than what a parser reads around a token). */
  RecentWords = 16,
}

const UPPER = /^\p{Lu}/u;

/**
 * The tokens an expression opens with besides calendar words, as bits beside the lists' (listBit):
 * a date or a time token, a plain number of four digits where a bare year may stand (mayBeYear),
 * and a number followed by a token that may be a month or a unit (the day of "9 November", the
 * count of "3 hari").
 */
const enum KindBit {
  Date = 1 << 30,
  Time = 1 << 29,
  FourDigits = 1 << 28,
  NumberThenWord = 1 << 27,
}

/** KindBit by name, for the parsers' openingWith (Scan.opening, read for every token, uses the enum). */
const KIND_BITS = { date: KindBit.Date, time: KindBit.Time, 'four-digits': KindBit.FourDigits, 'number-then-word': KindBit.NumberThenWord } as const;

export type OpeningKind = keyof typeof KIND_BITS;

/**
 * What a parser needs at its first token to find anything, as bits to test against Scan.opening:
 * a phrase of one of `lists` opening there, or a token of one of `kinds`.
 */
export function openingWith(lists: readonly CalendarList[], kinds: readonly OpeningKind[] = []): number {
  return lists.reduce((bits, list) => bits | listBit(list), 0) | kinds.reduce((bits, kind) => bits | KIND_BITS[kind], 0);
}

export class Scan {
  /**
   * The calendar words opening at the tokens read last (null: none), in the slot of their index:
   * the parsers ask again and again about the few tokens around the one they try.
   */
  // Empty slots are holes, read as undefined: no fill for each document.
  private readonly recentIndex: (number | undefined)[] = new Array<number | undefined>(Scanned.RecentWords);
  private readonly recentWord: (CalendarWord | null | undefined)[] = new Array<CalendarWord | null | undefined>(Scanned.RecentWords);
  /** The token whose ending phrases were found last, and those (null: none): cueBefore and tenseBefore ask about one token for several lists in turn. */
  private endingAt = -1;
  private endingPhrases: readonly CalendarPhrase[] | null = null;

  /** The tokens' ends, starts and kinds (TokenOffsets): the pass over every token reads these small numbers, not the token objects. */
  readonly ends: readonly number[];
  private readonly starts: readonly number[];
  private readonly kinds: readonly KindCode[];

  /** `hashes` are the tokens' word hashes (wordHashes), `offsets` their TokenOffsets. */
  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    private readonly calendar: Calendar,
    private readonly hashes: Int32Array,
    offsets: TokenOffsets,
  ) {
    this.ends = offsets.ends;
    this.starts = offsets.starts;
    this.kinds = offsets.kinds;
  }

  get length(): number {
    return this.tokens.length;
  }

  fold(i: number): string {
    const token = this.tokens[i]!;
    const text = this.text;
    let upper = false;
    let ascii = true;
    for (let k = token.start; k < token.end && ascii; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x80) ascii = false;
      else if (c >= Scanned.UpperA && c <= Scanned.UpperZ) upper = true;
    }
    // An ASCII token folds to its lower case, a backtick included ("jum`at" stays as written, as the
    // dates stage has always read it: foldToken would make it an apostrophe).
    return !ascii ? foldToken(token.text) : upper ? token.text.toLowerCase() : token.text;
  }

  /**
   * The first token from `i` on where opening may be other than 0 (the length when none is): a
   * word whose hash rules out an opening calendar word, and any token that is no word, number, date
   * or time, is stepped over with one read of its kind code and one of its roles; only a token of
   * another kind than word and punctuation has its object read.
   */
  mayOpenFrom(i: number): number {
    const kinds = this.kinds;
    const n = kinds.length;
    for (; i < n; i++) {
      const code = kinds[i]!;
      if (code === KindCode.Word ? (this.rolesAt(i) & Role.MayOpen) !== 0 : code === KindCode.Other && this.isNumeric(i)) return i;
    }
    return n;
  }

  /** Whether token `i` is a number, a date or a time. */
  private isNumeric(i: number): boolean {
    const kind = this.tokens[i]!.kind;
    return kind === 'number' || kind === 'date' || kind === 'time';
  }

  /**
   * What token `i` offers a parser as its first token (see openingWith): the lists of the calendar
   * phrases opening there, and what kind of date, time or number token it is (KindBit); 0 when
   * no expression opens there (a word that is no opening calendar word, a number before a word
   * that is none).
   */
  opening(i: number): number {
    // A word's kind is told by its code, its token object left unread.
    const code = this.kinds[i]!;
    if (code === KindCode.Word) {
      if ((this.rolesAt(i) & Role.MayOpen) === 0) return 0;
      const word = this.wordAt(i);
      return word !== null && word.opens ? this.openingLists(word, i) : 0;
    }
    if (code !== KindCode.Other) return 0;
    const kind = this.tokens[i]!.kind;
    if (kind !== 'number' && kind !== 'date' && kind !== 'time') return 0;
    const lists = this.wordAt(i)?.lists ?? 0;
    if (kind !== 'number') return (kind === 'date' ? KindBit.Date : KindBit.Time) | lists;
    const year = this.digits(i) === 4 && this.mayBeYear(i) ? KindBit.FourDigits : 0;
    const counted = i + 1 < this.tokens.length && (this.rolesAt(i + 1) & Role.MayFollowNumber) !== 0 ? KindBit.NumberThenWord : 0;
    return lists | year | counted;
  }

  /**
   * The lists of the opening phrases of `word` written in full at `i`; number words only when what
   * follows may go on with a count or be its unit ("tiga hari", "dua puluh tahun"): a parser asks for
   * nothing else there.
   */
  private openingLists(word: CalendarWord, i: number): number {
    let lists = 0;
    let countEnd = -1;
    for (const phrase of word.openingPhrases) {
      if (!this.matches(phrase, i, 0)) continue;
      lists |= phrase.bit;
      if (phrase.bit === ListBit.NumberWords && countEnd < 0) countEnd = i + phrase.length;
    }
    if (countEnd >= 0 && (countEnd >= this.tokens.length || (this.rolesAt(countEnd) & (Role.MayFollowNumber | Role.MayCount)) === 0)) lists &= ~ListBit.NumberWords;
    return lists;
  }

  /** Whether four digits at `i` stand where a bare year may: after a word that may end a cue, or before one that may start a connector ("2020-2024"). */
  private mayBeYear(i: number): boolean {
    return (i > 0 && (this.rolesAt(i - 1) & Role.MayEnd) !== 0) || (i + 1 < this.tokens.length && (this.rolesAt(i + 1) & Role.MayStart) !== 0);
  }

  /** The roles (Calendar.roles) token `i` may have, from its word hash; a token outside ASCII may have any. */
  private rolesAt(i: number): number {
    const hash = this.hashes[i]!;
    return hash === Hash.NotAscii ? Role.Any | Scanned.NotAscii : this.calendar.roles(hash);
  }

  /**
   * Whether token `i` folds to `folded`; an ASCII token is compared letter by letter, with no folded
   * copy made, at its offsets (TokenOffsets: its object is not read).
   */
  private foldsTo(i: number, folded: string): boolean {
    if ((this.rolesAt(i) & Scanned.NotAscii) !== 0) return this.fold(i) === folded;
    const start = this.starts[i]!;
    if (this.ends[i]! - start !== folded.length) return false;
    for (let k = 0; k < folded.length; k++) {
      const c = this.text.charCodeAt(start + k);
      if ((c >= Scanned.UpperA && c <= Scanned.UpperZ ? c + Scanned.LowerCaseShift : c) !== folded.charCodeAt(k)) return false;
    }
    return true;
  }

  /** What `words` holds for ASCII token `i`; only a word of its hash is compared letter by letter. */
  private hashed<T>(i: number, words: WordsByHash<T>): T | undefined {
    const hash = this.hashes[i]!;
    const hashes = words.hashes;
    const mask = words.mask;
    for (let place = hash & mask; ; place = (place + 1) & mask) {
      const found = hashes[place]!;
      if (found === EMPTY_PLACE) return undefined;
      if (found === hash && this.foldsTo(i, words.words[place]!)) return words.values[place];
    }
  }

  private wordAt(i: number): CalendarWord | null {
    const roles = this.rolesAt(i);
    if ((roles & Role.MayStart) === 0) return null;
    const slot = i & (Scanned.RecentWords - 1);
    if (this.recentIndex[slot] === i) return this.recentWord[slot] ?? null;
    const found = (roles & Scanned.NotAscii) !== 0 ? this.calendar.startingWith(this.fold(i)) : this.hashed(i, this.calendar.firstWords);
    const word = found ?? null;
    this.recentIndex[slot] = i;
    this.recentWord[slot] = word;
    return word;
  }

  /** The longest phrase of the list of bit `list` starting at token `i`, its words on one line. */
  word(i: number, list: ListBit): Hit | null {
    if (i < 0 || i >= this.tokens.length) return null;
    const word = this.wordAt(i);
    // Most words asked about have no phrase of the list: told by their bits, no phrase read.
    if (word === null) return null;
    if ((word.lists & list) === 0) return null;
    for (const phrase of word.phrases) {
      if (phrase.bit === list && this.matches(phrase, i, 0)) return { entry: phrase.entry, end: i + phrase.length };
    }
    return null;
  }

  /** The longest phrase of the list of bit `list` that ends just before token `i`, on the line of `i - 1`. */
  wordBefore(i: number, list: ListBit): HitBefore | null {
    if (i <= 0 || i > this.tokens.length) return null;
    const roles = this.rolesAt(i - 1);
    if ((roles & Role.MayEnd) === 0 || !this.joined(i - 1)) return null;
    const phrases = this.phrasesEndingAt(i - 1, roles);
    if (phrases === null) return null;
    for (const phrase of phrases) {
      // The list first: a phrase of another list is passed over without reading its parts.
      if (phrase.bit !== list) continue;
      const start = i - phrase.length;
      if (start >= 0 && this.matches(phrase, start, phrase.length - 1)) return { entry: phrase.entry, end: i, start };
    }
    return null;
  }

  /** The phrases whose last word token `k` (of roles `roles`) may be, longest first; null when none is. */
  private phrasesEndingAt(k: number, roles: number): readonly CalendarPhrase[] | null {
    if (this.endingAt !== k) {
      this.endingPhrases = ((roles & Scanned.NotAscii) !== 0 ? this.calendar.endingWith(this.fold(k)) : this.hashed(k, this.calendar.lastWords)) ?? null;
      this.endingAt = k;
    }
    return this.endingPhrases;
  }

  /** Whether `phrase` is written at `i`, on one line; its part `known` is known to fold alike already (the one it was found by). */
  private matches(phrase: CalendarPhrase, i: number, known: number): boolean {
    const n = phrase.length;
    if (i + n > this.tokens.length) return false;
    for (let k = 0; k < n; k++) {
      if (k > 0 && !this.joined(i + k - 1)) return false;
      if (k !== known && !this.foldsTo(i + k, phrase.parts[k]!)) return false;
      if (phrase.caseSensitive && this.tokens[i + k]!.text !== phrase.exact[k]) return false;
    }
    return true;
  }

  /** Whether the folded one-word `form` is in the list of bit `list` ("tiga" in number-words). */
  isForm(form: string, list: ListBit): boolean {
    return this.calendar.startingWith(form)?.phrases.some((p) => p.bit === list && p.length === 1) ?? false;
  }

  has(i: number, list: ListBit): boolean {
    return this.word(i, list) !== null;
  }

  /** Whether tokens `i` and `i + 1` both exist and no line break separates them. */
  joined(i: number): boolean {
    if (i < 0 || i + 1 >= this.kinds.length) return false;
    const end = this.starts[i + 1]!;
    for (let k = this.ends[i]!; k < end; k++) {
      const c = this.text.charCodeAt(k);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return false;
    }
    return true;
  }

  /** Whether token `i` touches token `i + 1` (no space between). */
  touches(i: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    return !!a && !!b && a.end === b.start;
  }

  /** The value of a plain number token of one to four digits ("9", "2024"), else -1. */
  integer(i: number): number {
    const t = this.tokens[i];
    if (!t || t.kind !== 'number' || !this.isInteger(t)) return -1;
    let n = 0;
    for (let k = t.start; k < t.end; k++) n = n * 10 + this.text.charCodeAt(k) - Scanned.Zero;
    return n;
  }

  /** The digits of a plain number token, or 0 when it is not one. */
  digits(i: number): number {
    const t = this.tokens[i];
    return t && t.kind === 'number' && this.isInteger(t) ? t.end - t.start : 0;
  }

  /** Whether token `t` is one to four ASCII digits ("9", "2024"), read in the document's text. */
  private isInteger(t: Token): boolean {
    const length = t.end - t.start;
    if (length === 0 || length > Scanned.MaxIntegerDigits) return false;
    for (let k = t.start; k < t.end; k++) if (!isDigit(this.text.charCodeAt(k))) return false;
    return true;
  }

  /** Whether token `i` opens with a digit ("60-an", "2024"). */
  startsWithDigit(i: number): boolean {
    const t = this.tokens[i];
    return !!t && isDigit(t.text.charCodeAt(0));
  }

  isUpper(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return false;
    const c = this.text.charCodeAt(t.start);
    return c < 0x80 ? c >= Scanned.UpperA && c <= Scanned.UpperZ : UPPER.test(t.text);
  }

  /** Whether token `i` folds to a text that begins with the lower-case ASCII `prefix`. */
  foldStartsWith(i: number, prefix: string): boolean {
    if ((this.rolesAt(i) & Scanned.NotAscii) !== 0) return this.fold(i).startsWith(prefix);
    const start = this.starts[i]!;
    if (this.ends[i]! - start < prefix.length) return false;
    for (let k = 0; k < prefix.length; k++) {
      const c = this.text.charCodeAt(start + k);
      if ((c >= Scanned.UpperA && c <= Scanned.UpperZ ? c + Scanned.LowerCaseShift : c) !== prefix.charCodeAt(k)) return false;
    }
    return true;
  }

  kind(i: number): Token['kind'] | undefined {
    return this.tokens[i]?.kind;
  }

  textAt(i: number): string {
    return this.tokens[i]?.text ?? '';
  }
}

function isDigit(c: number): boolean {
  return c >= Scanned.Zero && c <= Scanned.Nine;
}
