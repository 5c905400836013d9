// Stage `tokenize`: lossless tokens over the whole input.
// Reads: text, the lexicon's `abbreviations` list. Writes: doc.tokens.
//
// Every character is in exactly one token or in one gap (whitespace, control and invisible
// characters). The scanner runs once over the text; each pattern is sticky and bounded, so the
// time is linear in the input whatever it holds.
import type { Stage, Token, TokenKind } from '../types.js';
import type { WordList } from '../lexicon/lexicon.js';
import { foldedHash, foldForMatch, Hash, hashOfFolded } from '../lexicon/normalize.js';

const URL = /(?:https?:\/\/|www\.)[^\s<>"“”‘’«»]+/iy;
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,6}/uy;
/** Outlets and sites written as domains: "Bisnis.com", "KOMPAS.com", "Liputan6.com". */
const DOMAIN = /[\p{L}\p{N}]{1,63}(?:[.-][\p{L}\p{N}]{1,63}){0,4}\.(?:com|co\.id|go\.id|ac\.id|or\.id|co|id|net|org|info|tv|news)(?![\p{L}\p{N}])/uy;
const HASHTAG = /#[\p{L}\p{N}_]{1,139}/uy;
const HANDLE = /@[\p{L}\p{N}_](?:[\p{L}\p{N}_]|\.(?=[\p{L}\p{N}_])){0,63}/uy;
/** 9/11/2024, 09-11-2024, 09.11.2024, 2024-11-09, 9/11. */
const DATE = /(?:\d{1,2}([/.-])\d{1,2}\1\d{4}|\d{1,2}\/\d{1,2}\/\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2})(?![\p{N}\p{L}]|[/.-]\d)/uy;
/** 14.30, 09:00, 07.40.15 */
const TIME = /(?:[01]?\d|2[0-4])[.:][0-5]\d(?:[.:][0-5]\d)?(?![\p{N}]|[.,:]\d)/uy;
/** A letter or a number, read at a code point's start: what may not follow a number's "-an" (numberEnd). */
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;
/** Currency written against the amount: "Rp2,5", "US$10". */
const CURRENCY = /(?:Rp|US\$|S\$|RM)(?=\d)/y;
/** Initials and dotted abbreviations: "S.H.", "M.Si.", "a.n.", "s.d.", "U.S.", "Ph.D.". */
const DOTTED = /\p{L}{1,3}\.(?:\p{L}{1,4}\.)+/uy;
/** A character of a word beyond ASCII: letters, marks, digits, soft hyphens and joiners (see wordEnd). */
const WIDE_WORD_CHAR = /[\p{L}\p{M}\p{N}_\u00AD\u200C\u200D]/uy;
const EMOJI = /(?:\p{Regional_Indicator}{2}|\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]*(?:\u200D\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]*)*|[#*0-9]\uFE0F?\u20E3)/uy;
const REPEATED_MARK = /[!?]{2,}|-{2,}|``|''/y;
/** Marks that close the sentence around a URL rather than belong to it ("lihat www.x.com)."). */
const URL_TRAILING_MARKS = new Set('.,;:!?)]}\'"’”');

const LETTER = /\p{L}/u;
/** The General Punctuation block, which has no letter and no emoji but ‼ and ⁉. */
const GENERAL_PUNCTUATION_FIRST = 0x2000;
const GENERAL_PUNCTUATION_LAST = 0x206f;
const UPPER = /\p{Lu}/u;
const PUNCT_CHAR = /[\p{P}]/u;

/** The abbreviations that keep their period, as the tokenizer needs them (a lexicon's WordList is one). */
export interface Abbreviations {
  has(formWithPeriod: string): boolean;
  /**
   * The length of the longest form, as written or folded, when known: a word of ASCII characters
   * (whose folding keeps its length) that is longer is none, and is not looked up.
   */
  readonly longest?: number;
  /**
   * Whether text[start, end), a word with its period, may be one, told from the text without a
   * string made of it: false rules it out. Without it, every word short enough is looked up.
   */
  mayBe?(text: string, start: number, end: number): boolean;
}

/** Bits of the filter of the abbreviations' word hashes: 2^12, for a hundred forms. */
const ABBREVIATION_HASH_BITS = 12;
const ABBREVIATION_HASH_MASK = (1 << ABBREVIATION_HASH_BITS) - 1;

/**
 * The abbreviations of a word list, with the length of its longest form and a filter on word
 * hashes (foldedHash): most words before a full stop are no abbreviation, and are turned down
 * without a slice of the text nor a lookup. A form is found by its folded text, or written as it
 * is (a case-sensitive one): either way a token of it has its folded form's hash.
 */
function abbreviationsOf(list: WordList): Abbreviations {
  const longest = list.entries.reduce((most, e) => Math.max(most, e.form.length, foldForMatch(e.form).length), 0);
  const hashes = new Uint32Array((ABBREVIATION_HASH_MASK + 1) >>> 5);
  for (const e of list.entries) {
    const hash = hashOfFolded(foldForMatch(e.form)) & ABBREVIATION_HASH_MASK;
    hashes[hash >>> 5]! |= 1 << (hash & 31);
  }
  const mayBe = (text: string, start: number, end: number): boolean => {
    const hash = foldedHash(text, start, end);
    if (hash === Hash.NotAscii) return true;
    const slot = hash & ABBREVIATION_HASH_MASK;
    return (hashes[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  };
  return { has: (form) => list.has(form), longest, mayBe };
}

function stickyAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/** Where the word character at `i` ends (a surrogate pair is one), or -1 if there is none. */
function wordCharEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiWordCode(c) ? i + 1 : -1;
  return c === c ? stickyAt(WIDE_WORD_CHAR, text, i) : -1; // NaN past the end
}

/** ' ’ - ‐ join two runs of word characters into one word. */
function isJoinerCode(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010;
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** An ASCII word character: a letter, a digit or "_" (false for NaN, past the end). */
function isAsciiWordCode(c: number): boolean {
  return isAsciiLetterCode(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** The end of the run of word characters at `i` (`i` itself when there is none). */
function wordRunEnd(text: string, i: number): number {
  let j = i;
  let k: number;
  while ((k = wordCharEnd(text, j)) > 0) j = k;
  return j;
}

/** From the end `j` of a run of word characters, past the runs joined to it by one joiner each. */
function joinedEnd(text: string, j: number): number {
  let k: number;
  while (isJoinerCode(text.charCodeAt(j)) && (k = wordCharEnd(text, j + 1)) > 0) j = wordRunEnd(text, k);
  return j;
}

/**
 * The end of the word at `i` with its inner joiners (reduplication, "Jong-un", "ke-5", "Jum'at"):
 * runs of word characters, each joined to the next by one joiner; -1 if no word starts at `i`. By
 * code unit, with a regex only for characters beyond ASCII: this is the tokenizer's busiest scan.
 */
function wordEnd(text: string, i: number): number {
  const j = wordRunEnd(text, i);
  return j === i ? -1 : joinedEnd(text, j);
}

/**
 * Where a URL matched in [start, end) ends once the marks after it are given back. A backward
 * scan: the `/[marks]+$/` this replaces retried from every mark, quadratic on "www.!!!…!x".
 */
function urlEnd(text: string, start: number, end: number): number {
  while (end > start && URL_TRAILING_MARKS.has(text[end - 1]!)) end--;
  return end;
}

function isHyphenCode(c: number): boolean {
  return c === 0x2d /* - */ || c === 0x2010;
}

/**
 * Whether the hyphen at `hyphen` separates two names ("Rusia-China") or numbers: the parts are
 * text[leftStart, hyphen) and text[hyphen + 1, rightEnd). Read in place: most hyphens join
 * lower-case reduplication ("kata-kata"), told apart by their first letters alone.
 */
function splitsAtHyphen(text: string, leftStart: number, hyphen: number, rightEnd: number): boolean {
  const rightStart = hyphen + 1;
  if (rightEnd - rightStart === 3 && text.startsWith('nya', rightStart)) return true;
  if (hyphen - leftStart < 2 || rightEnd - rightStart < 2) return false;
  if (!isUpperAt(text, leftStart, text.charCodeAt(leftStart)) || !isUpperAt(text, rightStart, text.charCodeAt(rightStart))) return false;
  const l = text.slice(leftStart, hyphen).toLowerCase();
  const r = text.slice(rightStart, rightEnd).toLowerCase();
  // Reduplication keeps one token: "Undang-Undang", "Raja-Raja", "Sebagus-bagusnya".
  return !(r.startsWith(l) || l.startsWith(r));
}

function pushWord(tokens: Token[], text: string, start: number, end: number): void {
  // Split the compound at the hyphens that separate names; keep the rest whole.
  let partStart = start;
  // Where the part before the next hyphen starts: after the last hyphen, split or not.
  let leftStart = start;
  let cursor = start;
  while (cursor < end) {
    if (isHyphenCode(text.charCodeAt(cursor))) {
      let next = cursor + 1;
      while (next < end && !isHyphenCode(text.charCodeAt(next))) next++;
      if (splitsAtHyphen(text, leftStart, cursor, next)) {
        tokens.push(token(text, partStart, cursor, 'word'));
        tokens.push(token(text, cursor, cursor + 1, 'punct'));
        partStart = cursor + 1;
      }
      leftStart = cursor + 1;
      cursor = next;
    } else cursor++;
  }
  tokens.push(token(text, partStart, end, 'word'));
}

function token(text: string, start: number, end: number, kind: TokenKind): Token {
  return { start, end, text: text.slice(start, end), kind };
}

/** \s, controls, invisible separators and bidi marks (which carry no letters), by code unit: the hot path avoids a regex per character. */
function isGapCode(code: number): boolean {
  if (code <= 0x20) return true;
  if (code < 0x7f) return false;
  return (
    code <= 0xa0 ||
    code === 0x1680 ||
    code === 0x180e ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x2028 && code <= 0x202e) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x061c ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * The end of the number whose digits start at `i`: 11.000, 1.250.000, 2,5, 5,2 (Indonesian grouping
 * and decimals), 1990-an; \d+(?:[.,]\d+)*(?:-an(?![\p{L}\p{N}]))? read by code unit, as its greedy
 * match is, without running the pattern for every amount.
 */
function numberEnd(text: string, i: number): number {
  let j = digitsEnd(text, i);
  while ((text.charCodeAt(j) === 0x2e || text.charCodeAt(j) === 0x2c) && isDigitCode(text.charCodeAt(j + 1))) j = digitsEnd(text, j + 1);
  return text.startsWith('-an', j) && !isLetterOrNumberAt(text, j + 3) ? j + 3 : j;
}

function isLetterOrNumberAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return isAsciiLetterCode(code) || isDigitCode(code);
  return code === code && stickyAt(LETTER_OR_NUMBER, text, i) > 0; // NaN past the end
}

function digitsEnd(text: string, i: number): number {
  let j = i;
  while (isDigitCode(text.charCodeAt(j))) j++;
  return j;
}

function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return isAsciiLetterCode(code);
  // General punctuation (dashes, typographic quotes, "…") holds no letter: no regex for those.
  if (code >= GENERAL_PUNCTUATION_FIRST && code <= GENERAL_PUNCTUATION_LAST) return false;
  return LETTER.test(text[i]!);
}

/** Whether "http" or "www." may start at `i` (any case): most words that open with h or w are no URL. */
function mayBeUrl(text: string, i: number, code: number): boolean {
  const lower = code | 0x20;
  if (lower === 0x68 /* h */) return (text.charCodeAt(i + 1) | 0x20) === 0x74 && (text.charCodeAt(i + 2) | 0x20) === 0x74;
  return lower === 0x77 /* w */ && (text.charCodeAt(i + 1) | 0x20) === 0x77 && (text.charCodeAt(i + 2) | 0x20) === 0x77;
}

/**
 * Whether an "@" follows within an email's local part, so the email pattern is worth trying.
 * Most words end at a space or a mark no local part holds, which `runEnd` (the word's end) shows.
 */
function mayBeEmail(text: string, i: number, runEnd: number): boolean {
  const next = text.charCodeAt(runEnd);
  if (next !== 0x40 && next !== 0x2e && next !== 0x25 && next !== 0x2b && next !== 0x2d && next !== 0x5f) return false;
  const limit = Math.min(text.length, i + 65);
  for (let j = i; j < limit; j++) {
    const code = text.charCodeAt(j);
    if (code === 0x40) return j > i;
    if (isGapCode(code) || !(code > 0x7f || isDigitCode(code) || isLetterAt(text, j) || code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2b || code === 0x2d)) return false;
  }
  return false;
}

/**
 * Whether a word's first run of word characters followed by this code unit is the whole word, as
 * written: a space, a comma or a closing mark joins nothing to it and opens no email, abbreviation
 * or domain. Most words end so, and skip the tests below.
 */
function endsPlainWord(next: number): boolean {
  return next <= 0x20 || next === 0x2c /* , */ || next === 0x29 /* ) */ || next === 0x201d /* ” */ || next === 0x3a /* : */ || next === 0x3b /* ; */;
}

/** Whether "Rp", "US$", "S$" or "RM" may start at `i` (CURRENCY): most words that open with R, U or S are none. */
function mayBeCurrency(text: string, i: number, code: number): boolean {
  // The first letter alone turns down most words, with no read of the next character.
  if (code === 0x52 /* R */) {
    const next = text.charCodeAt(i + 1);
    return next === 0x70 /* p */ || next === 0x4d /* M */;
  }
  if (code === 0x55 /* U */) return text.charCodeAt(i + 1) === 0x53 /* S */;
  return code === 0x53 /* S */ && text.charCodeAt(i + 1) === 0x24 /* $ */;
}

/** Whether an emoji (EMOJI) may start with this code unit: none below General Punctuation but © and ®, none in ASCII here. */
function mayOpenEmoji(code: number): boolean {
  return code >= 0x2030 || code === 0xa9 || code === 0xae;
}

function isUpperAt(text: string, i: number, code: number): boolean {
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : UPPER.test(text[i]!);
}

/** isAsciiWordCode of each ASCII character, computed once: the loop over a word's letters reads one entry a letter. */
const ASCII_WORD: Uint8Array = Uint8Array.from({ length: 0x80 }, (_, code) => (isAsciiWordCode(code) ? 1 : 0));

/** PUNCT_CHAR of each ASCII character, computed once: a mark's kind is then one read. */
const ASCII_PUNCT: Uint8Array = Uint8Array.from({ length: 0x80 }, (_, code) => (PUNCT_CHAR.test(String.fromCharCode(code)) ? 1 : 0));

function isAsciiPunct(code: number): boolean {
  return ASCII_PUNCT[code] === 1;
}

/**
 * 1 for the ASCII characters that are always a token of their own: neither a gap nor a word
 * character, and none that may open a longer token (repeated marks, hashtags, handles).
 */
const ASCII_LONE_MARK: Uint8Array = Uint8Array.from({ length: 0x80 }, (_, code) => (isGapCode(code) || isAsciiWordCode(code) || '!?-`\'#@'.includes(String.fromCharCode(code)) ? 0 : 1));

/** The token of the one ASCII character at `i`, a mark or a symbol. */
function asciiMark(text: string, i: number, code: number): Token {
  return { start: i, end: i + 1, text: text.charAt(i), kind: isAsciiPunct(code) ? 'punct' : 'symbol' };
}

/** The code the letter loop reads past the end of the text: above ASCII, and no gap nor closing mark. */
const enum Scanned {
  PastEnd = 0xffff,
}

/** Splits `text` into tokens; every non-gap character lands in exactly one token. */
export function tokenize(text: string, abbreviations: Abbreviations): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let end: number;
  const longestAbbreviation = abbreviations.longest ?? Infinity;
  // The tables in locals: the module's variables are read again at each use in the loop.
  const asciiWord = ASCII_WORD;
  const asciiLoneMark = ASCII_LONE_MARK;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isGapCode(code)) {
      i++;
      continue;
    }
    // Where the ASCII word characters from i end (i when none were read).
    let asciiEnd = i;
    if (isAsciiLetterCode(code) && !mayBeUrl(text, i, code)) {
      // Most tokens are words of ASCII letters and digits ended by a space or a comma: read here,
      // in the loop, with none of the tests below (which the same word would pass through).
      // Past the end the code read is Scanned.PastEnd, never charCodeAt's NaN: once a read there had
      // returned NaN, the optimized loop took every code as a float (a conversion and a check at each
      // letter). PastEnd fails every test below as NaN does (no word character, no plain word's end).
      let j = i + 1;
      let next = j < n ? text.charCodeAt(j) : Scanned.PastEnd;
      while (next < 0x80 && asciiWord[next] === 1) next = ++j < n ? text.charCodeAt(j) : Scanned.PastEnd;
      if (endsPlainWord(next) && !mayBeCurrency(text, i, code)) {
        tokens.push(token(text, i, j, 'word'));
        // A space after it is a gap: stepped over here rather than by another turn of the loop.
        i = next === 0x20 ? j + 1 : j;
        continue;
      }
      asciiEnd = j;
    }
    if (code < 0x80 && asciiLoneMark[code] === 1) {
      // "," "." "(" and the other ASCII marks and symbols that open nothing longer: none of the tests below.
      tokens.push(asciiMark(text, i, code));
      i++;
      continue;
    }
    const letter = isLetterAt(text, i);
    const digit = isDigitCode(code);

    if (mayBeUrl(text, i, code) && (end = stickyAt(URL, text, i)) > 0) {
      end = Math.max(urlEnd(text, i, end), i + 1);
      tokens.push(token(text, i, end, 'url'));
      i = end;
      continue;
    }
    // A word's run; for a number only its digits, since a chain like "10-12-10-12…" would
    // otherwise be rescanned from every number in it.
    // A word's first run tells whether anything is joined to it (most words: nothing to split).
    const firstRunEnd = letter ? wordRunEnd(text, asciiEnd) : -1;
    const runEnd = letter ? joinedEnd(text, firstRunEnd) : digit ? digitsEnd(text, i) : -1;
    if (runEnd > 0 && mayBeEmail(text, i, runEnd) && (end = stickyAt(EMAIL, text, i)) > 0) {
      tokens.push(token(text, i, end, 'email'));
      i = end;
      continue;
    }
    if (digit) {
      // Dates and times need a separator and a digit right after the first digits, and a number
      // goes on past them only so (or with "-an"): most numbers ("2024.", "5,") have neither.
      const separator = text.charCodeAt(runEnd);
      const separated = separator === 0x2f || separator === 0x2e || separator === 0x2d || separator === 0x3a;
      const digitAfter = isDigitCode(text.charCodeAt(runEnd + 1));
      // The digits on either side of the separator rule out most numbers before the patterns run: a
      // date's are one or two each ("9/11/2024") or four and two ("2024-11-09"), a time's one or two
      // and two ("14.30"); "1.250.000" has one and three.
      const digitsBefore = runEnd - i;
      const digitsAfter = separated && digitAfter ? digitsEnd(text, runEnd + 1) - runEnd - 1 : 0;
      const mayBeDate = digitsAfter > 0 && (digitsBefore <= 2 ? digitsAfter <= 2 : digitsBefore === 4 && separator === 0x2d && digitsAfter === 2);
      const mayBeTime = digitsAfter === 2 && digitsBefore <= 2 && (separator === 0x2e || separator === 0x3a);
      if (mayBeDate && (end = stickyAt(DATE, text, i)) > 0) {
        tokens.push(token(text, i, end, 'date'));
        i = end;
        continue;
      }
      if (mayBeTime && (end = stickyAt(TIME, text, i)) > 0) {
        tokens.push(token(text, i, end, 'time'));
        i = end;
        continue;
      }
      end = (separated || separator === 0x2c) && (digitAfter || separator === 0x2d) ? numberEnd(text, i) : runEnd;
      // "5G", "3D", "4x4" continue as a word; plain amounts stop at the digits.
      const after = isLetterAt(text, end) ? wordEnd(text, i) : -1;
      if (after > end && !text.slice(i, end).includes(',') && !text.slice(i, end).includes('.')) {
        pushWord(tokens, text, i, after);
        i = after;
      } else {
        tokens.push(token(text, i, end, text.endsWith('-an', end) ? 'word' : 'number'));
        i = end;
      }
      continue;
    }
    if (letter || code === 0x5f /* _ */) {
      if (mayBeCurrency(text, i, code) && (end = stickyAt(CURRENCY, text, i)) > 0) {
        tokens.push(token(text, i, end, 'symbol'));
        i = end;
        continue;
      }
      const wordEnd = runEnd > 0 ? runEnd : i + 1;
      if (text.charCodeAt(wordEnd) === 0x2e /* . */ && isLetterAt(text, wordEnd + 1)) {
        // Sites written as domains ("Bisnis.com") and dotted abbreviations ("S.H.", "M.Si.").
        if ((end = stickyAt(DOMAIN, text, i)) > 0) {
          tokens.push(token(text, i, end, 'url'));
          i = end;
          continue;
        }
        if ((end = stickyAt(DOTTED, text, i)) >= wordEnd + 1) {
          tokens.push(token(text, i, end, 'word'));
          i = end;
          continue;
        }
      }
      // A period stays with an abbreviation ("dll.", "Jl.") and with a single-letter initial ("H.").
      if (text.charCodeAt(wordEnd) === 0x2e && text.charCodeAt(wordEnd + 1) !== 0x2e) {
        const isInitial = wordEnd === i + 1 && isUpperAt(text, i, code);
        const mayBeAbbreviation = wordEnd !== asciiEnd || wordEnd + 1 - i <= longestAbbreviation;
        // The word with its period, sliced as it stands (a concatenation would be flattened to look it up).
        if (isInitial || (mayBeAbbreviation && (abbreviations.mayBe?.(text, i, wordEnd + 1) ?? true) && abbreviations.has(text.slice(i, wordEnd + 1)))) {
          tokens.push(token(text, i, wordEnd + 1, 'word'));
          i = wordEnd + 1;
          continue;
        }
      }
      if (wordEnd === firstRunEnd) tokens.push(token(text, i, wordEnd, 'word'));
      else pushWord(tokens, text, i, wordEnd);
      i = wordEnd;
      continue;
    }
    if (code === 0x23 /* # */ && (end = stickyAt(HASHTAG, text, i)) > i + 1) {
      tokens.push(token(text, i, end, 'hashtag'));
      i = end;
      continue;
    }
    if (code === 0x40 /* @ */ && (end = stickyAt(HANDLE, text, i)) > i + 1) {
      tokens.push(token(text, i, end, 'mention'));
      i = end;
      continue;
    }
    if (mayOpenEmoji(code) && (end = stickyAt(EMOJI, text, i)) > i) {
      tokens.push(token(text, i, end, 'emoji'));
      i = end;
      continue;
    }
    if ((code === 0x21 || code === 0x3f || code === 0x2d || code === 0x60 || code === 0x27) && (end = stickyAt(REPEATED_MARK, text, i)) > i) {
      tokens.push(token(text, i, end, 'punct'));
      i = end;
      continue;
    }
    // "..." stays three full stops, as Universal Dependencies writes it; "…" is one character.
    // One code point: a lone surrogate stays one code unit, a pair stays together.
    if (code < 0x80) {
      tokens.push(asciiMark(text, i, code));
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const ch = text.slice(i, i + width);
    tokens.push({ start: i, end: i + width, text: ch, kind: PUNCT_CHAR.test(ch) ? 'punct' : 'symbol' });
    i += width;
  }
  return tokens;
}



export function createTokenizeStage(): Stage {
  // Per word list (one per lexicon): its longest form and its forms' hashes, read for every word before a full stop.
  const abbreviations = new WeakMap<WordList, Abbreviations>();
  return {
    name: 'tokenize',
    run(doc, { lexicon }) {
      const list = lexicon.words('abbreviations');
      let known = abbreviations.get(list);
      if (!known) {
        known = abbreviationsOf(list);
        abbreviations.set(list, known);
      }
      doc.tokens = tokenize(doc.text, known);
    },
  };
}
