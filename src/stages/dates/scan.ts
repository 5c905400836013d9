// One document's tokens as the date parsers read them: folded texts (computed on demand: the
// parsers read a few tokens around the few that can open a date), calendar words by list, plain
// numbers, and whether two tokens sit on one line.
import { foldToken } from '../../lexicon/normalize.js';
import type { Token, WordEntry } from '../../types.js';
import { ANY_ROLE, hashStep, listBit, MAY_END, MAY_FOLLOW_NUMBER, MAY_OPEN, MAY_START, type Calendar, type CalendarList, type CalendarPhrase, type CalendarWord } from './calendar.js';

export interface Hit {
  entry: WordEntry;
  /** Token index after the phrase. */
  end: number;
}

export interface HitBefore extends Hit {
  /** Token index where the phrase starts. */
  start: number;
}

const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const LOWER_CASE_SHIFT = 0x20;
const ZERO = 0x30;
const NINE = 0x39;
const MAX_INTEGER_DIGITS = 4;

const UPPER = /^\p{Lu}/u;

/**
 * The tokens an expression opens with besides calendar words, as bits beside the lists' (listBit):
 * a date or a time token, a plain number of four digits (a year), and a number followed by a token
 * that may be a month or a unit (the day of "9 November", the count of "3 hari").
 */
const KIND_BITS = { date: 1 << 30, time: 1 << 29, 'four-digits': 1 << 28, 'number-then-word': 1 << 27 } as const;

export type OpeningKind = keyof typeof KIND_BITS;

/**
 * What a parser needs at its first token to find anything, as bits to test against Scan.opening:
 * a phrase of one of `lists` opening there, or a token of one of `kinds`.
 */
export function openingWith(lists: readonly CalendarList[], kinds: readonly OpeningKind[] = []): number {
  return lists.reduce((bits, list) => bits | listBit(list), 0) | kinds.reduce((bits, kind) => bits | KIND_BITS[kind], 0);
}

/**
 * The roles (Calendar.roles) each token may have, from a hash of its folded text: its letters are
 * read in the document's text, one string read in order, where each token's own string would be
 * one more place in memory to fetch. An ASCII token folds to its lower case; any other may be anything.
 */
function rolesOf(text: string, tokens: readonly Token[], calendar: Calendar): Uint8Array {
  const roles = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let hash = 0;
    let role = -1;
    for (let k = token.start; k < token.end; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x80) {
        role = ANY_ROLE;
        break;
      }
      hash = hashStep(hash, c >= UPPER_A && c <= UPPER_Z ? c + LOWER_CASE_SHIFT : c);
    }
    roles[i] = role < 0 ? calendar.roles(hash) : role;
  }
  return roles;
}

export class Scan {
  private readonly roles: Uint8Array;
  private readonly folded: (string | undefined)[];
  /** The calendar phrases opening at each token (null: none), looked up once: the parsers ask often. */
  private readonly starting: (CalendarWord | null | undefined)[];

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    private readonly calendar: Calendar,
  ) {
    this.roles = rolesOf(text, tokens, calendar);
    this.folded = new Array<string | undefined>(tokens.length);
    this.starting = new Array<CalendarWord | null | undefined>(tokens.length);
  }

  get length(): number {
    return this.tokens.length;
  }

  fold(i: number): string {
    const cached = this.folded[i];
    if (cached !== undefined) return cached;
    const token = this.tokens[i]!;
    const text = this.text;
    let upper = false;
    let ascii = true;
    for (let k = token.start; k < token.end && ascii; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x80) ascii = false;
      else if (c >= UPPER_A && c <= UPPER_Z) upper = true;
    }
    // An ASCII token folds to its lower case, a backtick included ("jum`at" stays as written, as the
    // dates stage has always read it: foldToken would make it an apostrophe).
    const folded = !ascii ? foldToken(token.text) : upper ? token.text.toLowerCase() : token.text;
    this.folded[i] = folded;
    return folded;
  }

  /**
   * What token `i` offers a parser as its first token (see openingWith): the lists of the calendar
   * phrases opening there, and what kind of date, time or number token it is (KIND_BITS); 0 when
   * no expression opens there (a word that is no opening calendar word, a number before a word
   * that is none).
   */
  opening(i: number): number {
    const kind = this.tokens[i]!.kind;
    if (kind === 'word') {
      if ((this.roles[i]! & MAY_OPEN) === 0) return 0;
      const word = this.wordAt(i);
      return word !== null && word.opens ? word.lists : 0;
    }
    const lists = this.wordAt(i)?.lists ?? 0;
    if (kind === 'date' || kind === 'time') return KIND_BITS[kind] | lists;
    if (kind !== 'number') return 0;
    const year = this.digits(i) === 4 ? KIND_BITS['four-digits'] : 0;
    const counted = i + 1 < this.tokens.length && (this.roles[i + 1]! & MAY_FOLLOW_NUMBER) !== 0 ? KIND_BITS['number-then-word'] : 0;
    return lists | year | counted;
  }

  private wordAt(i: number): CalendarWord | null {
    if ((this.roles[i]! & MAY_START) === 0) return null;
    let word = this.starting[i];
    if (word === undefined) {
      word = this.calendar.startingWith(this.fold(i)) ?? null;
      this.starting[i] = word;
    }
    return word;
  }

  /** The longest phrase of `list` starting at token `i`, its words on one line. */
  word(i: number, list: CalendarList): Hit | null {
    if (i < 0 || i >= this.tokens.length) return null;
    const word = this.wordAt(i);
    if (word === null) return null;
    for (const phrase of word.phrases) {
      if (phrase.list === list && this.matches(phrase, i)) return { entry: phrase.entry, end: i + phrase.parts.length };
    }
    return null;
  }

  /** The longest phrase of `list` that ends just before token `i`, on the line of `i - 1`. */
  wordBefore(i: number, list: CalendarList): HitBefore | null {
    if (i <= 0 || i > this.tokens.length || (this.roles[i - 1]! & MAY_END) === 0 || !this.joined(i - 1)) return null;
    const phrases = this.calendar.endingWith(this.fold(i - 1));
    if (!phrases) return null;
    for (const phrase of phrases) {
      const start = i - phrase.parts.length;
      if (phrase.list === list && start >= 0 && this.matches(phrase, start)) return { entry: phrase.entry, end: i, start };
    }
    return null;
  }

  private matches(phrase: CalendarPhrase, i: number): boolean {
    const n = phrase.parts.length;
    if (i + n > this.tokens.length) return false;
    for (let k = 0; k < n; k++) {
      if (k > 0 && !this.joined(i + k - 1)) return false;
      if (this.fold(i + k) !== phrase.parts[k]) return false;
      if (phrase.entry.caseSensitive && this.tokens[i + k]!.text !== phrase.exact[k]) return false;
    }
    return true;
  }

  /** Whether the folded one-word `form` is in `list` ("tiga" in number-words). */
  isForm(form: string, list: CalendarList): boolean {
    return this.calendar.startingWith(form)?.phrases.some((p) => p.list === list && p.parts.length === 1) ?? false;
  }

  has(i: number, list: CalendarList): boolean {
    return this.word(i, list) !== null;
  }

  /** Whether tokens `i` and `i + 1` both exist and no line break separates them. */
  joined(i: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    if (!a || !b) return false;
    for (let k = a.end; k < b.start; k++) {
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
    if (!t || t.kind !== 'number' || !isInteger(t.text)) return -1;
    let n = 0;
    for (let k = 0; k < t.text.length; k++) n = n * 10 + t.text.charCodeAt(k) - ZERO;
    return n;
  }

  /** The digits of a plain number token, or 0 when it is not one. */
  digits(i: number): number {
    const t = this.tokens[i];
    return t && t.kind === 'number' && isInteger(t.text) ? t.text.length : 0;
  }

  /** Whether token `i` opens with a digit ("60-an", "2024"). */
  startsWithDigit(i: number): boolean {
    const t = this.tokens[i];
    return !!t && isDigit(t.text.charCodeAt(0));
  }

  isUpper(i: number): boolean {
    const t = this.tokens[i];
    return !!t && UPPER.test(t.text);
  }

  kind(i: number): Token['kind'] | undefined {
    return this.tokens[i]?.kind;
  }

  textAt(i: number): string {
    return this.tokens[i]?.text ?? '';
  }
}

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

/** One to four ASCII digits ("9", "2024"). */
function isInteger(s: string): boolean {
  if (s.length === 0 || s.length > MAX_INTEGER_DIGITS) return false;
  for (let k = 0; k < s.length; k++) if (!isDigit(s.charCodeAt(k))) return false;
  return true;
}
