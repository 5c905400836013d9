// A stretch of tokens that may name an actor, before mentions of one referent are joined.
import type { ActorEntry, ActorType } from '../../types.js';

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
  /** Titles written with this mention ("Presiden Rusia", "Dr."). */
  titles: string[];
  /** Token range of an acronym this mention defines: "Komisi Pemberantasan Korupsi (KPK)". */
  acronym?: [number, number];
  /** Token range [first, last) of the part that is the bare name ("Demak" in "Kabupaten Demak"). */
  core: [number, number];
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
  return { first, last, type, strength, entry: extra.entry, titles: [], acronym: undefined, core: [first, last], titleOnly: extra.titleOnly ?? false, reason };
}
