// Folding for matching only: results always take their spans from the original text.

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
