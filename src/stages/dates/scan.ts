// One document's tokens as the date parsers read them: folded texts (computed once, on demand),
// calendar words by list, plain numbers, and whether two tokens sit on one line.
import { foldForMatch } from '../../lexicon/normalize.js';
import type { Token, WordEntry } from '../../types.js';
import type { Calendar, CalendarList, CalendarPhrase } from './calendar.js';

export interface Hit {
  entry: WordEntry;
  /** Token index after the phrase. */
  end: number;
}

export interface HitBefore extends Hit {
  /** Token index where the phrase starts. */
  start: number;
}

const LOWER_ASCII = 0;
const ASCII = 1;
const OTHER = 2;

/** Whether `s` is lower-case ASCII (its own folded form), other ASCII, or more. */
function asciiShape(s: string): number {
  let shape = LOWER_ASCII;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c > 0x7e) return OTHER;
    if (c >= 0x41 && c <= 0x5a) shape = ASCII;
  }
  return shape;
}

const INTEGER = /^\d{1,4}$/;
const UPPER = /^\p{Lu}/u;
const DIGIT_START = /^\d/;

export class Scan {
  private readonly folded: (string | undefined)[];

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    private readonly calendar: Calendar,
  ) {
    this.folded = new Array<string | undefined>(tokens.length);
  }

  get length(): number {
    return this.tokens.length;
  }

  fold(i: number): string {
    const cached = this.folded[i];
    if (cached !== undefined) return cached;
    const raw = this.tokens[i]!.text;
    const shape = asciiShape(raw);
    const folded = shape === LOWER_ASCII ? raw : shape === ASCII ? raw.toLowerCase() : foldForMatch(raw);
    this.folded[i] = folded;
    return folded;
  }

  /** The longest phrase of `list` starting at token `i`, its words on one line. */
  word(i: number, list: CalendarList): Hit | null {
    if (i < 0 || i >= this.tokens.length) return null;
    const phrases = this.calendar.startingWith(this.fold(i));
    if (!phrases) return null;
    for (const phrase of phrases) {
      if (phrase.list === list && this.matches(phrase, i)) return { entry: phrase.entry, end: i + phrase.parts.length };
    }
    return null;
  }

  /** The longest phrase of `list` that ends just before token `i`, on the line of `i - 1`. */
  wordBefore(i: number, list: CalendarList): HitBefore | null {
    if (i <= 0 || i > this.tokens.length || !this.joined(i - 1)) return null;
    const phrases = this.calendar.endingWith(this.fold(i - 1));
    if (!phrases) return null;
    for (const phrase of phrases) {
      const start = i - phrase.parts.length;
      if (phrase.list === list && start >= 0 && this.matches(phrase, start)) return { entry: phrase.entry, end: i, start };
    }
    return null;
  }

  /** Whether an expression can open at word token `i` (the cheap test before the parsers). */
  opensExpression(i: number): boolean {
    return this.calendar.opens(this.fold(i));
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
    return this.calendar.startingWith(form)?.some((p) => p.list === list && p.parts.length === 1) ?? false;
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
    return t && t.kind === 'number' && INTEGER.test(t.text) ? Number(t.text) : -1;
  }

  /** The digits of a plain number token, or 0 when it is not one. */
  digits(i: number): number {
    const t = this.tokens[i];
    return t && t.kind === 'number' && INTEGER.test(t.text) ? t.text.length : 0;
  }

  /** Whether token `i` opens with a digit ("60-an", "2024"). */
  startsWithDigit(i: number): boolean {
    const t = this.tokens[i];
    return !!t && DIGIT_START.test(t.text);
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
