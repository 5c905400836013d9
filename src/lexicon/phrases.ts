// The matcher under every dictionary lookup: forms indexed by the folded words they are made of.
//
// A form is stored under the chain of its folded parts ("kim␁jong␁un"), and every proper prefix of
// that chain is remembered, so a walk from a token goes one hash lookup per word and stops as soon
// as no form continues: the cost per token depends on the length of the longest form, never on
// the number of forms. Hyphens inside a token and hyphens the tokenizer split off between two
// words both count as word breaks, so "Kim Jong-un", "Kim Jong-Un" and "Kim Jong Un" are one key.
import type { Token } from '../types.js';
import { foldForMatch, innerParts, withoutSeparators } from './normalize.js';

const SEP = '\u0001';
/**
 * A word only the tokenizer splits right: a character other than a letter, digit, hyphen or
 * apostrophe, or a hyphen or apostrophe that is not inside the word. Other words split at their
 * hyphens, as the tokenizer would split them.
 */
const NEEDS_TOKENIZER = /[^\p{L}\p{M}\p{N}'’-]|^['’-]|['’-]$|['’-]{2}/u;
const SPACES = /\s+/;
const HYPHENS = /-/g;
/** An initial that keeps its period as one token ("B." in "B. J. Habibie"). */
const INITIAL = /^\p{Lu}\.$/u;
const LOWER_START = /^\p{Ll}/u;
/** "-nya" glued to a name ("Jakartanya") is a clitic, not part of the name. */
const ENCLITIC = 'nya';
const MIN_STEM = 3;

/** Match only in the dictionary's exact case ("AS", "ANTARA": the lowercase forms are words). */
export const CASE_SENSITIVE = 1;
/** The form starts with a capital, so a match must too: "Malang" the city, not "malang" (unlucky). */
export const CAPITALIZED = 2;
/** Bits left for the caller's own flags. */
export const CALLER_FLAGS = 4;

export interface Phrase<T> {
  value: T;
  /** The form as written in the dictionary. */
  form: string;
  flags: number;
}

/** Forms that match at one place: they end at token `end`, and `enclitic` code units of that token are a clitic. */
export interface PhraseHit<T> {
  phrases: readonly Phrase<T>[];
  end: number;
  enclitic: number;
}

/** How the pipeline's tokenizer splits forms. */
export interface FormSplitter {
  /** The tokens of a form. */
  tokenize(form: string): readonly Token[];
  /** Whether a word with its final period is one token ("Kab.", "Prov."). */
  keepsPeriod(word: string): boolean;
}

/** Names this short are safe only as spelled: "Xi" the leader, not "XI" the school grade. */
const MAX_SHORT = 3;

/**
 * The case flags a form gets from its own spelling: all-capital forms are acronyms and very short
 * names are matched exactly, capitalized ones need their capital.
 */
export function caseFlagsOf(form: string): number {
  let letters = 0;
  let lower = 0;
  let upper = 0;
  for (let i = 0; i < form.length; i++) {
    const c = form[i]!;
    const up = c.toUpperCase();
    if (up === c.toLowerCase()) continue;
    letters++;
    if (c === up) upper++;
    else lower++;
  }
  if (upper > 0 && lower === 0) return CASE_SENSITIVE | CAPITALIZED;
  if (letters <= MAX_SHORT) return CASE_SENSITIVE | CAPITALIZED;
  const first = form[0]!;
  return first !== first.toLowerCase() ? CAPITALIZED : 0;
}

function isHyphen(token: Token): boolean {
  return token.text === '-' || token.text === '‐' || token.text === '‑';
}

/**
 * The token after `t` that continues a phrase, or -1: the next token when at most one space
 * separates them, or the token after a hyphen glued to both words ("Timor-Leste" split in three).
 */
function nextWord(tokens: readonly Token[], t: number, checkGap: boolean): number {
  const next = t + 1;
  if (next >= tokens.length) return -1;
  const a = tokens[t]!;
  const b = tokens[next]!;
  if (isHyphen(b) && b.start === a.end && next + 1 < tokens.length && tokens[next + 1]!.start === b.end) return next + 1;
  if (checkGap && b.start - a.end > 1) return -1;
  return next;
}

export class PhraseIndex<T> {
  /** Full keys to the phrases stored under them (one phrase unboxed, as most keys have one). */
  private readonly terminals = new Map<string, Phrase<T> | Phrase<T>[]>();
  /** Keys that some longer key continues. */
  private readonly prefixes = new Set<string>();

  constructor(private readonly splitter: FormSplitter) {}

  /** The lookup key of a form: its folded parts joined, or '' when it has none. */
  keyOf(form: string): string {
    const trimmed = form.trim();
    const fast = this.plainKey(trimmed);
    if (fast !== null) return fast;
    const tokens = this.splitter.tokenize(trimmed);
    if (tokens.length === 0) return '';
    let key = '';
    let t = 0;
    while (t >= 0) {
      for (const part of innerParts(foldForMatch(tokens[t]!.text))) key = key ? key + SEP + part : part;
      t = nextWord(tokens, t, false);
    }
    return key;
  }

  /** The key of a form of plain words and kept abbreviations, without the tokenizer; null for others. */
  private plainKey(form: string): string | null {
    let key = '';
    for (const word of form.split(SPACES)) {
      let part: string;
      if (word.endsWith('.') && (INITIAL.test(word) || (!NEEDS_TOKENIZER.test(word.slice(0, -1)) && this.splitter.keepsPeriod(word)))) part = foldForMatch(word);
      else if (!NEEDS_TOKENIZER.test(word)) part = foldForMatch(word).replace(HYPHENS, SEP);
      else return null;
      key = key ? key + SEP + part : part;
    }
    return key;
  }

  add(form: string, value: T, flags: number): void {
    const key = this.keyOf(form);
    if (!key) return;
    const phrase: Phrase<T> = { value, form, flags };
    const held = this.terminals.get(key);
    if (held === undefined) this.terminals.set(key, phrase);
    else if (Array.isArray(held)) held.push(phrase);
    else this.terminals.set(key, [held, phrase]);
    for (let at = key.lastIndexOf(SEP); at > 0; at = key.lastIndexOf(SEP, at - 1)) {
      const prefix = key.slice(0, at);
      if (this.prefixes.has(prefix)) break;
      this.prefixes.add(prefix);
    }
  }

  /** The phrases stored under exactly this form. */
  get(form: string): readonly Phrase<T>[] {
    const held = this.terminals.get(this.keyOf(form));
    return held === undefined ? [] : Array.isArray(held) ? held : [held];
  }

  /**
   * Calls `visit` for every place where stored forms end, walking from token `start`, shortest
   * first. `fold(k)` gives token k's folded text (callers cache it when they walk a whole document).
   * With `enclitics`, a last word with "-nya" glued on also matches its stem.
   */
  walk(tokens: readonly Token[], start: number, fold: (k: number) => string, enclitics: boolean, visit: (hit: PhraseHit<T>) => void): void {
    let key = '';
    let t = start;
    while (t >= 0) {
      const folded = fold(t);
      const parts = folded.indexOf('-') < 0 ? null : innerParts(folded);
      const count = parts ? parts.length : 1;
      for (let p = 0; p < count; p++) {
        const part = parts ? parts[p]! : folded;
        const before = key;
        key = key ? key + SEP + part : part;
        const last = p === count - 1;
        const held = this.terminals.get(key);
        if (held !== undefined && last) visit({ phrases: Array.isArray(held) ? held : [held], end: t + 1, enclitic: 0 });
        else if (last && enclitics && part.length >= MIN_STEM + ENCLITIC.length && part.endsWith(ENCLITIC)) {
          const stem = part.slice(0, -ENCLITIC.length);
          const stemHeld = this.terminals.get(before ? before + SEP + stem : stem);
          if (stemHeld !== undefined) visit({ phrases: Array.isArray(stemHeld) ? stemHeld : [stemHeld], end: t + 1, enclitic: ENCLITIC.length });
        }
        if (!this.prefixes.has(key)) return;
      }
      t = nextWord(tokens, t, true);
    }
  }
}

/** The letters of the hit's tokens without separators and clitic: compared with `withoutSeparators(form)`. */
export function hitLetters(tokens: readonly Token[], start: number, hit: PhraseHit<unknown>): string {
  let s = '';
  for (let k = start; k < hit.end; k++) s += tokens[k]!.text;
  const joined = withoutSeparators(s);
  return hit.enclitic ? joined.slice(0, -hit.enclitic) : joined;
}

/**
 * How the text at a hit spells a phrase: 1 letter for letter, 0 in another case the phrase
 * allows, -1 in a case it does not (an acronym in lowercase, a name without its capital).
 */
export function caseMatch(tokens: readonly Token[], start: number, letters: string, phrase: Phrase<unknown>): -1 | 0 | 1 {
  if (letters === withoutSeparators(phrase.form)) return 1;
  if (phrase.flags & CASE_SENSITIVE) return -1;
  if (phrase.flags & CAPITALIZED && LOWER_START.test(tokens[start]!.text)) return -1;
  return 0;
}
