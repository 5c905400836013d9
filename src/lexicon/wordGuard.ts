// A cheap test before a set or map lookup: a fresh token string costs a hash; most words are
// turned away sooner by their first two letters and their length.

/** Longest word whose length the guard tracks bit by bit; longer ones pass on to the lookup. */
export const GUARDED_LENGTH_BITS = 31;

/** The first two code units of a word as one number below 2^14, or -1 when either is not ASCII. */
function initialPair(word: string): number {
  const a = word.charCodeAt(0);
  const b = word.length > 1 ? word.charCodeAt(1) : 0;
  return a < 0x80 && b < 0x80 ? (a << 7) | b : -1;
}

/** False when `word` is surely none of `words`: no word of theirs opens with its two letters or has its length. */
export function wordGuard(words: Iterable<string>): (word: string) => boolean {
  const pairs = new Uint8Array(1 << 14);
  let otherPairs = false;
  let lengths = 0;
  let longest = 0;
  for (const word of words) {
    const pair = initialPair(word);
    if (pair >= 0) pairs[pair] = 1;
    else otherPairs = true;
    if (word.length <= GUARDED_LENGTH_BITS) lengths |= 1 << word.length;
    longest = Math.max(longest, word.length);
  }
  return (word) => {
    const length = word.length;
    if (length > longest || (length <= GUARDED_LENGTH_BITS && (lengths & (1 << length)) === 0)) return false;
    const pair = initialPair(word);
    return pair >= 0 ? pairs[pair] === 1 : otherPairs;
  };
}
