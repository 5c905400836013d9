// A quote as found, before its speaker is resolved to an actor.
import type { Span } from '../../types.js';
import type { SpeakerRef } from './speakers.js';

/** Where and how the text attributes a quote. */
export interface Attribution {
  /** The speech verb or marker as written ("tutur", "ujarnya", "Menurut", "dikutip dari"). */
  cue: Span;
  lemma: string;
  kind: string;
  /** Token index of the cue. */
  token: number;
  speaker: SpeakerRef;
}

export interface Candidate {
  kind: 'direct' | 'indirect';
  /** Content tokens, inclusive. */
  first: number;
  last: number;
  attribution: Attribution | null;
  /**
   * Without an attribution of its own, a direct quote takes the speaker of the quote it continues
   * (set by the neighbour pass: index into the candidates) or none.
   */
  inherits: number;
}
