// A stretch of tokens that may name an actor, before mentions of one referent are joined.
import type { ActorEntry, ActorType } from '../../types.js';
import { FEW_TO_INSERT } from '../../order.js';

/** How much the evidence for a candidate weighs: stronger candidates found actors, weaker ones join them. */
export const enum Strength {
  /** A capitalized word with nothing around it that says what it names. */
  Shape = 1,
  /** A cue around it: a preposition, a speech verb, an age in parentheses. */
  Cue = 2,
  /** A title, rank, honorific, or an organization's or place's head word. */
  Head = 3,
  /** A dictionary entry. */
  Known = 4,
}

export interface Candidate {
  /** Token indices [first, last). */
  first: number;
  last: number;
  type: ActorType;
  strength: Strength;
  entry?: ActorEntry;
  /** Titles written with this mention ("Presiden Rusia", "Dr."); null for none, as most have (see addTitle). */
  titles: string[] | null;
  /** Token range of an acronym this mention defines: "Komisi Pemberantasan Korupsi (KPK)". */
  acronym?: [number, number];
  /** Token range [coreFirst, coreLast) of the part that is the bare name ("Demak" in "Kabupaten Demak"). */
  coreFirst: number;
  coreLast: number;
  /** The mention is a title standing for its holder ("Presiden" in a dated article). */
  titleOnly?: boolean;
  /** Why, for debugging and tests. */
  reason: string;
}

/** A candidate; every one has the same fields, set or undefined, so that the code reading them sees one shape. */
export function candidate(
  first: number,
  last: number,
  type: ActorType,
  strength: Strength,
  reason: string,
  extra: Pick<Candidate, 'entry' | 'titleOnly'> = {},
): Candidate {
  return { first, last, type, strength, entry: extra.entry, titles: null, acronym: undefined, coreFirst: first, coreLast: last, titleOnly: extra.titleOnly ?? false, reason };
}

/** Adds a title to the candidate's: the first starts a list of its own size (a push on [] makes room for seventeen). */
export function addTitle(c: Candidate, title: string): void {
  if (c.titles === null) c.titles = [title];
  else c.titles.push(title);
}

/**
 * The array sorted in place, stably, by a whole number of each item below `bound` (a token index):
 * a short one by insertion, a long one by counting the items at each number. Neither calls a
 * comparator for each pair, and a long document's thousands of mentions cost a pass, not n log n.
 */
export function sortByIndex<T>(items: T[], indexOf: (item: T) => number, bound: number): T[] {
  const n = items.length;
  if (n <= FEW_TO_INSERT) {
    for (let k = 1; k < n; k++) {
      const item = items[k]!;
      const index = indexOf(item);
      let j = k - 1;
      while (j >= 0 && indexOf(items[j]!) > index) {
        items[j + 1] = items[j]!;
        j--;
      }
      items[j + 1] = item;
    }
    return items;
  }
  // Where the items of each number start in the sorted array.
  const starts = new Int32Array(bound + 1);
  for (let k = 0; k < n; k++) starts[indexOf(items[k]!) + 1]!++;
  for (let i = 1; i <= bound; i++) starts[i]! += starts[i - 1]!;
  const copy = items.slice();
  for (let k = 0; k < n; k++) items[starts[indexOf(copy[k]!)]!++] = copy[k]!;
  return items;
}

/** Candidates in text order. */
export const byFirst = (a: Candidate, b: Candidate): number => a.first - b.first;
