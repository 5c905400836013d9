// Direct quotes the text does not attribute where they stand: "“A,” kata Budi. “B.”", a paragraph
// of quote under the sentence that introduced the speaker, a quote followed by "Hal itu
// disampaikan Budi". Such a quote continues the nearest quote before it in its paragraph, else
// the attributed quote right after it, else a quote just before it; a sentence after it that
// points back ("Demikian kata Budi") attributes it directly.
import type { Candidate } from './candidate.js';
import type { QuoteLexicon } from './cues.js';
import { attributionOfCue } from './direct.js';
import { phraseAfter, speakerOfPhrase } from './speakers.js';
import type { DocView } from './view.js';

/** How many sentences back a quote may continue an earlier one across paragraphs. */
const MAX_SENTENCES_BACK = 2;

/** Sets `inherits` or an attribution on the unattributed direct quotes; candidates are in text order. */
export function linkNeighbours(view: DocView, ql: QuoteLexicon, candidates: Candidate[]): void {
  const { sentenceOf, lineOf } = view;
  for (let q = 0; q < candidates.length; q++) {
    const c = candidates[q]!;
    if (c.kind !== 'direct' || c.attribution) continue;
    const pointing = pointingBack(view, ql, c.last);
    if (pointing) {
      c.attribution = pointing;
      continue;
    }
    const previous = q > 0 ? candidates[q - 1]! : null;
    const next = q + 1 < candidates.length ? candidates[q + 1]! : null;
    const sentence = sentenceOf[c.first]!;
    if (previous && lineOf[previous.last] === lineOf[c.first]) c.inherits = q - 1;
    else if (next && next.kind === 'direct' && next.attribution && sentenceOf[next.first]! <= sentenceOf[c.last]! + 1) c.inherits = q + 1;
    else if (previous && sentence - sentenceOf[previous.last]! <= MAX_SENTENCES_BACK && lineOf[c.first]! - lineOf[previous.last]! <= 1) c.inherits = q - 1;
  }
}

/** "Hal itu disampaikan Budi …" / "Demikian kata Budi." in the sentence after the quote. */
function pointingBack(view: DocView, ql: QuoteLexicon, last: number): Candidate['attribution'] {
  const { tokens } = view;
  let i = last + 1;
  while (i < tokens.length && view.sentenceOf[i] === view.sentenceOf[last] && !view.isWord(i)) i++;
  if (i >= tokens.length || !view.isWord(i)) return null;
  const s = view.sentenceOf[i]!;
  if (s < 0 || view.sentenceFirst(s) !== i) return null;
  const marker = ql.markerAt(view, i);
  if (!marker || marker.kind !== 'anaphor') return null;
  const cue = ql.cueAt(view, marker.end);
  if (!cue || (cue.voice !== 'passive' && cue.voice !== 'bare')) return null;
  const phrase = phraseAfter(view, ql, marker.end + 1);
  if (!phrase) return null;
  return attributionOfCue(view, cue, speakerOfPhrase(view, ql, phrase[0], phrase[1]));
}
