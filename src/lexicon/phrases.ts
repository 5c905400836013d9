// The matcher under every dictionary lookup: forms indexed by the folded words they are made of.
//
// A form is stored in a trie under its folded words ("kim" → "jong" → "un"), so a walk from a
// token costs one lookup per word and stops as soon as no form goes on: the cost per token depends
// on the length of the longest form, never on the number of forms. Hyphens inside a token and
// hyphens the tokenizer split off between two words both count as word breaks, so "Kim Jong-un",
// "Kim Jong-Un" and "Kim Jong Un" are one path.
import type { Token } from '../types.js';
import { foldForMatch, innerParts } from './normalize.js';
import { WordMap } from './wordMap.js';

/**
 * A word only the tokenizer splits right: a character other than a letter, digit, hyphen or
 * apostrophe, or a hyphen or apostrophe that is not inside the word. Other words split at their
 * hyphens, as the tokenizer would split them.
 */
const NEEDS_TOKENIZER = /[^\p{L}\p{M}\p{N}'’-]|^['’-]|['’-]$|['’-]{2}/u;
/** Anything but ASCII words joined by single spaces or hyphens. */
const NOT_ASCII_WORDS = /[^A-Za-z0-9 -]|^[ -]|[ -]$|[ -]{2}/;
const ASCII_BREAK = /[ -]/;
/** An initial that keeps its period as one token ("B." in "B. J. Habibie"). */
const INITIAL = /^\p{Lu}\.$/u;
/** "-nya" glued to a name ("Jakartanya") is a clitic, not part of the name. */
const ENCLITIC = 'nya';
const MIN_STEM = 3;

/** Match only in the dictionary's exact case ("AS", "ANTARA": the lowercase forms are words). */
export const CASE_SENSITIVE = 1;
/** The form starts with a capital, so a match must too: "Malang" the city, not "malang" (unlucky). */
export const CAPITALIZED = 2;
/** The flags that decide how a form's case must match. */
export const CASE_FLAGS = CASE_SENSITIVE | CAPITALIZED;
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
  /** The node where the forms end: its `only` phrase (most), else its phrases(); and values(). */
  node: TrieNode<T>;
  end: number;
  enclitic: number;
}

/**
 * The hits of a walk, in a list that keeps its hit objects for the next walk: a matcher asked at
 * every token of a document clears it and walks again without allocating.
 */
export class PhraseHits<T> {
  private readonly held: PhraseHit<T>[] = [];
  /** The hits since the last clear. */
  length = 0;

  at(h: number): PhraseHit<T> {
    return this.held[h]!;
  }

  clear(): void {
    this.length = 0;
  }

  /** Adds the hit of a node's phrases. */
  add(node: TrieNode<T>, end: number, enclitic: number): void {
    const hit = this.held[this.length];
    if (hit) {
      hit.node = node;
      hit.end = end;
      hit.enclitic = enclitic;
    } else this.held.push({ node, end, enclitic });
    this.length++;
  }
}

/** How the pipeline's tokenizer splits forms. */
export interface FormSplitter {
  /** The tokens of a form. */
  tokenize(form: string): readonly Token[];
  /** Whether a word with its final period is one token ("Kab.", "Prov."). */
  keepsPeriod(word: string): boolean;
}

/** The phrases of a node that ends none. */
const NO_PHRASES: readonly never[] = [];

/** A character past ASCII; an ASCII lowercase letter; four ASCII letters (more than MAX_SHORT), other characters between them. */
const NOT_ASCII = /[^\x00-\x7f]/;
const ASCII_LOWER = /[a-z]/;
const FOUR_ASCII_LETTERS = /(?:[A-Za-z][^A-Za-z]*){4}/;

/** Names this short are safe only as spelled: "Xi" the leader, not "XI" the school grade. */
const MAX_SHORT = 3;

/**
 * The case flags a form gets from its own spelling: all-capital forms are acronyms and very short
 * names are matched exactly, capitalized ones need their capital.
 */
export function caseFlagsOf(form: string): number {
  // An ASCII form (most; every form is read here once per lexicon, mostly before this is
  // optimized) by native pattern tests, the same rules as the loop below: without a lowercase
  // letter it is all capitals or has no letter at all.
  if (!NOT_ASCII.test(form)) {
    if (!ASCII_LOWER.test(form) || !FOUR_ASCII_LETTERS.test(form)) return CASE_SENSITIVE | CAPITALIZED;
    const first = form.charCodeAt(0);
    return first >= 0x41 && first <= 0x5a ? CAPITALIZED : 0;
  }
  let letters = 0;
  let lower = 0;
  let upper = 0;
  for (let i = 0; i < form.length; i++) {
    // ASCII by its code; the rest by its case mappings.
    const code = form.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) lower++;
      else if (code >= 0x41 && code <= 0x5a) upper++;
      else continue;
      letters++;
      continue;
    }
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

/** Whether the token is "-", "‐" or "‑": told by its length and code, not by comparing strings (a call each for a token's text). */
function isHyphen(token: Token): boolean {
  const text = token.text;
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x2d || c === 0x2010 || c === 0x2011;
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
  // Glued to the word before it first: most next tokens are not, and their text is not read.
  if (b.start === a.end && isHyphen(b) && next + 1 < tokens.length && tokens[next + 1]!.start === b.end) return next + 1;
  if (checkGap && b.start - a.end > 1) return -1;
  return next;
}

/** An ASCII letter or digit, or any character above ASCII (which the caller checks itself). */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c > 0x7f;
}

/** A node of the word trie: the phrases that end here and the words that go on from here. */
export class TrieNode<T> {
  /**
   * The one phrase when the node ends one (most nodes that end any), else null: in the node, which
   * a walk reads anyway, and without a list of its own (one array fewer per form for the
   * collector to copy while a lexicon is compiled).
   */
  only: Phrase<T> | null = null;
  /** The phrases when the node ends more than one; for one, [only] once a caller asks for a list. */
  private list: Phrase<T>[] | null = null;
  /** The phrases' values, made when first asked for (a word list's matches; never an actor's). */
  private valueList: T[] | null = null;
  // Most nodes have one next word: it is kept in fields, and a Map only holds the others.
  private onlyWord: string | null = null;
  private onlyNode: TrieNode<T> | null = null;
  private others: WordMap<TrieNode<T>> | null = null;

  /** Whether some form ends here. */
  endsPhrase(): boolean {
    return this.only !== null || this.list !== null;
  }

  /** The phrases that end here, in the order they were added (empty for none). */
  phrases(): readonly Phrase<T>[] {
    if (this.list === null && this.only !== null) this.list = [this.only];
    return this.list ?? NO_PHRASES;
  }

  /** The values of phrases(), in their order. */
  values(): readonly T[] {
    return (this.valueList ??= this.phrases().map((p) => p.value));
  }

  /** Adds a phrase that ends here. */
  addPhrase(phrase: Phrase<T>): void {
    this.valueList = null;
    if (this.only === null && this.list === null) {
      this.only = phrase;
      return;
    }
    (this.list ??= [this.only!]).push(phrase);
    this.only = null;
  }

  next(word: string): TrieNode<T> | undefined {
    if (this.onlyWord === word) return this.onlyNode!;
    return this.others?.get(word);
  }

  goesOn(): boolean {
    return this.onlyWord !== null;
  }

  /** Calls `visit` with every word that goes on from here and the node it leads to. */
  forEachNext(visit: (word: string, node: TrieNode<T>) => void): void {
    if (this.onlyWord !== null) visit(this.onlyWord, this.onlyNode!);
    this.others?.forEach((node, word) => visit(word, node));
  }

  grow(word: string): TrieNode<T> {
    // next(word), written out: this runs for every word of every form at start-up, before it is optimized, where a call costs.
    if (this.onlyWord === word) return this.onlyNode!;
    const found = this.others?.get(word);
    if (found) return found;
    const node = new TrieNode<T>();
    if (this.onlyWord === null) {
      this.onlyWord = word;
      this.onlyNode = node;
    } else (this.others ??= new WordMap()).set(word, node);
    return node;
  }
}

export class PhraseIndex<T> {
  private readonly root = new TrieNode<T>();

  constructor(private readonly splitter: FormSplitter) {}

  /** The folded words of a form, as the text's tokens will fold and split. */
  private wordsOf(form: string): string[] {
    const trimmed = form.trim();
    const plain = this.plainWords(trimmed);
    if (plain) return plain;
    const tokens = this.splitter.tokenize(trimmed);
    const words: string[] = [];
    for (let t = tokens.length ? 0 : -1; t >= 0; t = nextWord(tokens, t, false)) words.push(...innerParts(foldForMatch(tokens[t]!.text)));
    return words;
  }

  /**
   * The words of a form of plain words and kept abbreviations, without the tokenizer; null for
   * others. A scan by code unit: most forms are ASCII, and this runs for every form of every entry.
   */
  private plainWords(form: string): string[] | null {
    // Most forms are ASCII words between single spaces and hyphens: one native test and a split.
    if (!NOT_ASCII_WORDS.test(form)) return form.toLowerCase().split(ASCII_BREAK);
    const words: string[] = [];
    let start = 0;
    let ascii = true;
    for (let i = 0; i <= form.length; i++) {
      const c = i < form.length ? form.charCodeAt(i) : 0x20;
      if (c === 0x20 || c === 0x2d) {
        // A word ends at a space; a hyphen splits it, but only between two of its letters.
        if (i === start) {
          if (c === 0x2d) return null;
          start = i + 1;
          continue;
        }
        if (c === 0x2d && !isWordChar(form.charCodeAt(i + 1))) return null;
        const word = form.slice(start, i);
        if (word.endsWith('.') && !(INITIAL.test(word) || this.splitter.keepsPeriod(word))) return null;
        words.push(ascii ? word.toLowerCase() : foldForMatch(word));
        start = i + 1;
        ascii = true;
      } else if (c === 0x2e) {
        // A period only ends a kept abbreviation ("Kab.", "B.").
        if (i + 1 < form.length && form.charCodeAt(i + 1) !== 0x20) return null;
      } else if (c === 0x27 || c === 0x2019) {
        if (i === start || !isWordChar(form.charCodeAt(i + 1))) return null;
        ascii &&= c === 0x27;
      } else if (c > 0x7f) {
        if (NEEDS_TOKENIZER.test(form[i]!)) return null;
        ascii = false;
      } else if (!isWordChar(c)) return null;
    }
    return words;
  }

  add(form: string, value: T, flags: number): void {
    const words = this.wordsOf(form);
    if (!words.length) return;
    let node = this.root;
    for (const word of words) node = node.grow(word);
    node.addPhrase({ value, form, flags });
  }

  /** Whether some form starts with this folded word (as the text's token folds, before its hyphens split it). */
  opens(folded: string): boolean {
    return this.root.next(innerParts(folded)[0]!) !== undefined;
  }

  /** The phrases stored under exactly this form. */
  get(form: string): readonly Phrase<T>[] {
    let node: TrieNode<T> | undefined = this.root;
    for (const word of this.wordsOf(form)) if (!(node = node.next(word))) return [];
    return node === this.root ? [] : node.phrases();
  }

  /** The node of the forms that start with this folded word (no hyphen in it), for walkFrom; undefined when none does. */
  startOf(word: string): TrieNode<T> | undefined {
    return this.root.next(word);
  }

  /** Calls `visit` with the first word of every form (folded, no hyphen in it) and its startOf. */
  forEachStart(visit: (word: string, start: TrieNode<T>) => void): void {
    this.root.forEachNext(visit);
  }

  /**
   * Adds to `hits` every place where stored forms end, walking from token `start`, shortest first.
   * `fold(k)` gives token k's folded text (callers cache it when they walk a whole document, so a
   * word's hash is computed once). With `enclitics`, a last word with "-nya" glued on also matches
   * its stem.
   */
  walk(tokens: readonly Token[], start: number, fold: (k: number) => string, enclitics: boolean, hits: PhraseHits<T>): void {
    this.walkOn(tokens, start, this.root, fold, enclitics, hits);
  }

  /**
   * walk, for a token `start` whose folded word, without a hyphen, is the one `first` is the start
   * of (startOf): the walk begins at that node instead of looking the word up.
   */
  walkFrom(tokens: readonly Token[], start: number, first: TrieNode<T>, fold: (k: number) => string, enclitics: boolean, hits: PhraseHits<T>): void {
    if (!this.reach(this.root, first, fold(start), start, enclitics, hits)) return;
    this.walkOn(tokens, nextWord(tokens, start, true), first, fold, enclitics, hits);
  }

  /** The walk from token `t` on, at `node`. */
  private walkOn(tokens: readonly Token[], t: number, node: TrieNode<T>, fold: (k: number) => string, enclitics: boolean, hits: PhraseHits<T>): void {
    while (t >= 0) {
      const folded = fold(t);
      const parts = hasHyphen(folded) ? innerParts(folded) : null;
      const count = parts ? parts.length : 1;
      for (let p = 0; p < count; p++) {
        const part = parts ? parts[p]! : folded;
        const child = node.next(part);
        if (!this.reach(node, child, part, p === count - 1 ? t : -1, enclitics, hits)) return;
        node = child!;
      }
      t = nextWord(tokens, t, true);
    }
  }

  /**
   * Adds the hit of `child`, the node `part` leads to from `parent`, when `part` ends token `t`
   * (-1: a part before a hyphen): its forms, or with `enclitics` those of its stem before "-nya".
   * Whether the walk goes on from `child`.
   */
  private reach(parent: TrieNode<T>, child: TrieNode<T> | undefined, part: string, t: number, enclitics: boolean, hits: PhraseHits<T>): boolean {
    if (t >= 0 && child !== undefined && child.endsPhrase()) hits.add(child, t + 1, 0);
    else if (t >= 0 && enclitics && part.length >= MIN_STEM + ENCLITIC.length && part.endsWith(ENCLITIC)) {
      const stem = parent.next(part.slice(0, -ENCLITIC.length));
      if (stem !== undefined && stem.endsPhrase()) hits.add(stem, t + 1, ENCLITIC.length);
    }
    return child?.goesOn() ?? false;
  }
}

/** Whether a folded word holds a hyphen: read char by char, which for a word costs less than a call out to indexOf. */
function hasHyphen(folded: string): boolean {
  for (let k = 0; k < folded.length; k++) if (folded.charCodeAt(k) === 0x2d) return true;
  return false;
}

/** Spaces and hyphens: what a form and a text may differ by and still spell one name. */
function isSeparator(c: number): boolean {
  return c <= 0x20 || c === 0x2d || c === 0xa0 || c === 0x2010 || c === 0x2011;
}

/** Whether the hit's tokens, separators and clitic aside, spell `form` letter for letter (no allocation). */
function spells(tokens: readonly Token[], start: number, hit: PhraseHit<unknown>, form: string): boolean {
  // Most hits are one word written as the form: the same string spells it, and is compared natively.
  if (hit.end === start + 1 && hit.enclitic === 0 && tokens[start]!.text === form) return true;
  let f = 0;
  for (let k = start; k < hit.end; k++) {
    const text = tokens[k]!.text;
    const stop = k === hit.end - 1 ? text.length - hit.enclitic : text.length;
    for (let i = 0; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (isSeparator(c)) continue;
      while (f < form.length && isSeparator(form.charCodeAt(f))) f++;
      if (form.charCodeAt(f) !== c) return false;
      f++;
    }
  }
  while (f < form.length && isSeparator(form.charCodeAt(f))) f++;
  return f === form.length;
}

/**
 * Whether the phrase allows the text at token `start` in a case other than its own: never a phrase
 * whose case is fixed, a capitalized one only with a capital where it starts.
 */
function allowsOtherCase(tokens: readonly Token[], start: number, phrase: Phrase<unknown>): boolean {
  if (phrase.flags & CASE_SENSITIVE) return false;
  if (phrase.flags & CAPITALIZED) {
    const first = tokens[start]!.text[0]!;
    return first === first.toUpperCase();
  }
  return true;
}

/**
 * Whether the text at a hit is in a case the phrase allows (caseMatch is not -1): only a phrase
 * whose case is fixed, or one with a capital the text lacks, is spelled out letter by letter.
 */
export function caseAllows(tokens: readonly Token[], start: number, hit: PhraseHit<unknown>, phrase: Phrase<unknown>): boolean {
  return allowsOtherCase(tokens, start, phrase) || spells(tokens, start, hit, phrase.form);
}

/**
 * How the text at a hit spells a phrase: 1 letter for letter, 0 in another case the phrase
 * allows, -1 in a case it does not (an acronym in lowercase, a name without its capital).
 */
export function caseMatch(tokens: readonly Token[], start: number, hit: PhraseHit<unknown>, phrase: Phrase<unknown>): -1 | 0 | 1 {
  if (spells(tokens, start, hit, phrase.form)) return 1;
  return allowsOtherCase(tokens, start, phrase) ? 0 : -1;
}
