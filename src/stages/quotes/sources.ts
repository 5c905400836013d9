// Cited media: "dikutip dari Reuters", "seperti dilansir AFP", "Mengutip Antara": the actor named
// right after a source marker is the channel of the quotes in its sentence, never their speaker.
import { lowerBound } from '../../spans.js';
import type { SpeechIndex } from './cues.js';
import type { DocView } from './view.js';
import { mentionsIn } from './speakers.js';

/** Tokens after a marker in which the cited medium must be named ("dikutip dari laman resmi PBSI"). */
const MAX_TO_SOURCE = 6;

export interface SourceHit {
  sentence: number;
  /** Index of the actor in doc.actors. */
  actor: number;
}

/** Every cited medium of the document, in text order (one pass over the tokens). */
export function findSources(view: DocView, speech: SpeechIndex): SourceHit[] {
  const { tokens } = view;
  const out: SourceHit[] = [];
  for (const marker of speech.markers) {
    if (marker.kind !== 'source') continue;
    const i = marker.token;
    let last = marker.end - 1;
    while (last + 1 < tokens.length && last + 1 - marker.end < MAX_TO_SOURCE && view.sentenceOf[last + 1] === view.sentenceOf[i] && tokens[last + 1]!.text !== ',') last++;
    const found = mentionsIn(view, marker.end, last).find((m) => m.role !== 'pronoun' && m.type !== 'location');
    if (found) out.push({ sentence: view.sentenceOf[i]!, actor: found.actor });
  }
  return out;
}

/** The medium cited in sentence `sentence`, if any (binary search over the hits). */
export function sourceIn(hits: readonly SourceHit[], sentence: number): number {
  const lo = lowerBound(hits, sentence, (hit) => hit.sentence);
  return lo < hits.length && hits[lo]!.sentence === sentence ? hits[lo]!.actor : -1;
}
