// Folding for matching only: results always take their spans from the original text.

const COMBINING = /\p{M}+/gu;
const APOSTROPHES = /[’‘`´]/g;

/** Lowercase, without diacritics, with one apostrophe: "Jum’at" and "jum'at" fold alike. */
export function foldForMatch(s: string): string {
  let out = s.toLowerCase();
  if (out.normalize('NFD') !== out) out = out.normalize('NFD').replace(COMBINING, '');
  return out.replace(APOSTROPHES, "'");
}
