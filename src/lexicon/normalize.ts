// Folding for matching only: results always take their spans from the original text.
import type { Doc, Token } from '../types.js';

const COMBINING = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const APOSTROPHES = /[’‘`´]/g;
const HYPHENS = /[‐‑]/g;

/** Lowercase, without diacritics, with one apostrophe and one hyphen: "Jum’at" and "jum'at" fold alike. */
export function foldForMatch(s: string): string {
  let out = s.toLowerCase();
  if (out.indexOf('`') >= 0) out = out.replace(APOSTROPHES, "'");
  // Most tokens are ASCII: only the others pay for decomposition.
  if (!NON_ASCII.test(out)) return out;
  if (out.normalize('NFD') !== out) out = out.normalize('NFD').replace(COMBINING, '');
  return out.replace(APOSTROPHES, "'").replace(HYPHENS, '-');
}

/**
 * The parts of a folded token between its inner hyphens ("jong-un" → "jong", "un"), so that
 * "Jong-un", "Jong-Un" (which the tokenizer splits) and "Jong Un" compare alike. A token with an
 * empty part ("-an", "x--y") stays whole.
 */
export function innerParts(folded: string): string[] {
  if (folded.indexOf('-') < 0) return [folded];
  const parts = folded.split('-');
  return parts.includes('') ? [folded] : parts;
}

/**
 * foldForMatch, without its regular expressions and Unicode normalization for the ASCII words and
 * the typographic marks (“ ” ’ –) that most tokens are.
 */
export function foldToken(text: string): string {
  if (text.length === 1) {
    const c = text.charCodeAt(0);
    if (c < 0x80) return c === 0x60 ? "'" : text.toLowerCase();
    if (c >= 0x2010 && c <= 0x205f) return c === 0x2018 || c === 0x2019 ? "'" : c === 0x2010 || c === 0x2011 ? '-' : text;
    if (c >= 0xa0 && c <= 0xbf) return c === 0xb4 ? "'" : text;
    return foldForMatch(text);
  }
  // A text with any typographic mark is stored two bytes a character, and so are its tokens:
  // toLowerCase is slow on those, so a word already in lower case is returned as it is.
  let upper = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80 || c === 0x60) return foldLatin(text);
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  return upper ? text.toLowerCase() : text;
}

/** The first and last code units of the Latin letters folded by table ("é" → "e", "İ" → "i"). */
const LATIN_FIRST = 0xc0;
const LATIN_LAST = 0x24f;
/** Each Latin letter folded as foldForMatch folds it, computed once: the normalization is slow. */
const LATIN_FOLDS: readonly string[] = Array.from({ length: LATIN_LAST - LATIN_FIRST + 1 }, (_, k) => foldForMatch(String.fromCharCode(LATIN_FIRST + k)));

/** foldForMatch of a word with accented Latin letters ("González"), letter by letter; other words go to foldForMatch. */
function foldLatin(text: string): string {
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80 && c !== 0x60) out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : text.charAt(k);
    else if (c >= LATIN_FIRST && c <= LATIN_LAST && c !== 0xd7 && c !== 0xf7) out += LATIN_FOLDS[c - LATIN_FIRST]!;
    else return foldForMatch(text);
  }
  return out;
}

/** The folded texts of a token array, kept with the array they were computed from. */
interface FoldedTokens {
  tokens: readonly Token[];
  length: number;
  folded: readonly string[];
}

/**
 * foldToken of each of the document's tokens, computed once per document for all the stages that
 * match words. Kept in doc.layers.folded beside the token array it was read from: a custom stage
 * that replaces or extends doc.tokens gets a fresh one.
 */
export function foldedTokens(doc: Doc): readonly string[] {
  const kept = doc.layers.folded as FoldedTokens | undefined;
  if (kept && kept.tokens === doc.tokens && kept.length === doc.tokens.length) return kept.folded;
  const folded = doc.tokens.map((t) => foldToken(t.text));
  doc.layers.folded = { tokens: doc.tokens, length: doc.tokens.length, folded } satisfies FoldedTokens;
  return folded;
}
