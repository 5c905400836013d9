// The statistical tagger as one more source of unknown names, after the rules and dictionaries:
// it types the capitalized words no rule could place, settles where such a name starts and ends,
// and adds the names no rule saw. Candidates from dictionaries, titles and heads are never changed.
import { candidate, Strength, type Candidate } from './candidate.js';
import type { NerSpan, NerTagger } from './tagger.js';
import type { TokenView } from './tokenView.js';

/** A tagger span this sure adds a name no rule found, or retypes a weak one. */
const SURE = 0.5;
/** A tagger span this sure counts as evidence on its own, like a cue. */
const CONFIDENT = 0.8;

/** The tagger's spans, sentence by sentence, only for sentences that hold a weak candidate or an unread capital. */
function tagSentences(view: TokenView, tagger: NerTagger, wanted: Set<number>, sentences: readonly { start: number; end: number }[]): NerSpan[] {
  const spans: NerSpan[] = [];
  let i = 0;
  for (let s = 0; s < sentences.length; s++) {
    while (i < view.length && view.sentence[i]! < s) i++;
    const first = i;
    while (i < view.length && view.sentence[i] === s) i++;
    if (i > first && wanted.has(s)) spans.push(...tagger.tag(view.tokens, first, i));
  }
  return spans;
}

export function applyTagger(view: TokenView, tagger: NerTagger, candidates: Candidate[], sentences: readonly { start: number; end: number }[]): Candidate[] {
  const covered = new Uint8Array(view.length);
  const wanted = new Set<number>();
  for (const c of candidates) {
    if (c.type === 'group') continue;
    for (let k = c.first; k < c.last; k++) covered[k] = 1;
    if (c.strength <= Strength.Cue && !c.entry) wanted.add(view.sentence[c.first]!);
  }
  for (let k = 0; k < view.length; k++) if (!covered[k] && view.isNamePart(k) && !view.boilerplate[k]) wanted.add(view.sentence[k]!);
  const spans = tagSentences(view, tagger, wanted, sentences);
  const out: Candidate[] = [];
  let s = 0;
  const sorted = [...candidates].sort((a, b) => a.first - b.first);
  for (const c of sorted) {
    if (c.type === 'group' || c.strength > Strength.Cue || c.entry) {
      out.push(c);
      continue;
    }
    while (s < spans.length && spans[s]!.tokenEnd <= c.first) s++;
    const overlapping: NerSpan[] = [];
    for (let k = s; k < spans.length && spans[k]!.tokenStart < c.last; k++) overlapping.push(spans[k]!);
    const same = overlapping.find((t) => t.tokenStart === c.first && t.tokenEnd === c.last);
    if (same) {
      if (c.strength === Strength.Shape || same.score >= SURE) c.type = same.type;
      if (same.score >= SURE) c.strength = Math.max(c.strength, Strength.Cue);
      out.push(c);
    } else if (overlapping.length && c.strength === Strength.Shape) {
      // The tagger draws the name's edges: "BRP Cabra" may be one ship, "Kriteria KRIS" one acronym.
      for (const t of overlapping) if (t.score >= SURE && t.tokenStart >= c.first && t.tokenEnd <= c.last && view.isNamePart(t.tokenStart) && view.isNamePart(t.tokenEnd - 1)) out.push(candidate(t.tokenStart, t.tokenEnd, t.type, Strength.Shape, 'tagger inside a capitalized stretch'));
    } else if (overlapping.length === 0 && c.strength === Strength.Shape) {
      // Capitalized, but the tagger reads no name here: a headline word, a term.
      continue;
    } else out.push(c);
  }
  for (const t of spans) {
    if (t.score < SURE) continue;
    // Only names: capitalized at both ends, nothing a rule already read.
    let free = view.isNamePart(t.tokenStart) && view.isNamePart(t.tokenEnd - 1);
    for (let k = t.tokenStart; k < t.tokenEnd && free; k++) if (covered[k]) free = false;
    if (free) out.push(candidate(t.tokenStart, t.tokenEnd, t.type, t.score >= CONFIDENT ? Strength.Cue : Strength.Shape, 'tagger'));
  }
  return out.sort((a, b) => a.first - b.first);
}
