// What the actors stage needs to know of each token, computed once per document in one pass:
// its folded text, its case shape, its sentence, whether it opens a sentence and whether it sits
// inside quotation marks.
import type { Doc, Token } from '../../types.js';
import { foldForMatch } from '../../lexicon/normalize.js';

export const enum Shape {
  Other = 0,
  /** "Jakarta", "Jong-un", "McDonald". */
  Capitalized = 1,
  /** "BPBD", "KPK", "PP", "U-20". */
  Acronym = 2,
  /** "T.", "H." */
  Initial = 3,
  Lower = 4,
  Number = 5,
}

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]*(?:-\p{Lu}?[\p{Lu}\p{N}]+)?$/u;
const INITIAL = /^\p{Lu}\.$/u;
/** Quarters and numbered parts: "III-2024", "IV", not acronyms. */
const NUMBERED = /^[IVX]+(?:-\d+)?$|-\d{4}$/;
const HAS_LOWER = /\p{Ll}/u;
const OPEN_QUOTES = new Set(['“', '‘', '«']);
const CLOSE_QUOTES = new Set(['”', '’', '»']);
const AMBIGUOUS_QUOTE = '"';
const TERMINAL = new Set(['.', '!', '?']);
const CLAUSE_OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '-', '–', '—', ':', '•', '*', '«']);

export class TokenView {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly folded: string[];
  readonly shape: Uint8Array;
  readonly sentence: Int32Array;
  /** 1 for the first word of a sentence (after opening quotes or brackets). */
  readonly opensSentence: Uint8Array;
  /** 1 inside quotation marks. */
  readonly quoted: Uint8Array;
  readonly boilerplate: Uint8Array;

  constructor(doc: Doc) {
    const tokens = doc.tokens;
    const n = tokens.length;
    this.tokens = tokens;
    this.text = doc.text;
    this.folded = new Array<string>(n);
    this.shape = new Uint8Array(n);
    this.sentence = new Int32Array(n).fill(-1);
    this.opensSentence = new Uint8Array(n);
    this.quoted = new Uint8Array(n);
    this.boilerplate = new Uint8Array(n);
    let s = 0;
    let sentenceStarted = false;
    let inQuote = false;
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      this.folded[i] = foldForMatch(t.text);
      this.shape[i] = shapeOf(t);
      while (s < doc.sentences.length && doc.sentences[s]!.end <= t.start) {
        s++;
        sentenceStarted = false;
      }
      const sentence = doc.sentences[s];
      if (sentence && sentence.start <= t.start) {
        this.sentence[i] = s;
        if (sentence.boilerplate) this.boilerplate[i] = 1;
      }
      // A line break closes any open quotation: quotes never run across paragraphs in news.
      if (i > 0 && hasBreak(doc.text, tokens[i - 1]!.end, t.start)) inQuote = false;
      if (t.kind === 'punct') {
        const wasQuoted = inQuote;
        if (OPEN_QUOTES.has(t.text)) inQuote = true;
        else if (CLOSE_QUOTES.has(t.text)) inQuote = false;
        else if (t.text === AMBIGUOUS_QUOTE) inQuote = !inQuote;
        // The first word of a quotation or after a colon is written with a capital, like a sentence's.
        if ((inQuote && !wasQuoted) || t.text === ':') sentenceStarted = false;
        if (!sentenceStarted && CLAUSE_OPENERS.has(t.text)) continue;
      }
      if (inQuote) this.quoted[i] = 1;
      // Sentences that a quotation holds together still start after ". ! ?".
      if (i > 0 && TERMINAL.has(tokens[i - 1]!.text) && t.kind === 'word') sentenceStarted = false;
      if (!sentenceStarted) {
        this.opensSentence[i] = 1;
        sentenceStarted = true;
      }
    }
  }

  get length(): number {
    return this.tokens.length;
  }

  /** Whether tokens i and i + 1 are separated by nothing but spaces (no line break). */
  adjacent(i: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    if (!a || !b) return false;
    return !hasBreak(this.text, a.end, b.start);
  }

  /** Whether tokens i and i + 1 touch (no space between them). */
  touching(i: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    return !!a && !!b && a.end === b.start;
  }

  isNamePart(i: number): boolean {
    const s = this.shape[i];
    return s === Shape.Capitalized || s === Shape.Acronym || s === Shape.Initial;
  }

  textOf(i: number): string {
    return this.tokens[i]!.text;
  }
}

function hasBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

function shapeOf(t: Token): Shape {
  if (t.kind === 'number') return Shape.Number;
  if (t.kind !== 'word' && t.kind !== 'url') return Shape.Other;
  const text = t.text;
  if (INITIAL.test(text)) return Shape.Initial;
  if (UPPER.test(text)) {
    if (text.length > 1 && NUMBERED.test(text)) return Shape.Other;
    if (text.length >= 2 && !HAS_LOWER.test(text) && ACRONYM.test(text)) return Shape.Acronym;
    return Shape.Capitalized;
  }
  if (LOWER.test(text)) return Shape.Lower;
  return Shape.Other;
}
