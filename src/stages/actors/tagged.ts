// The statistical tagger as one more source of unknown names, after the rules and dictionaries:
// it types the capitalized words no rule could place, settles where such a name starts and ends,
// and adds the names no rule saw. Candidates from dictionaries, titles and heads are never changed.
import { byFirst, candidate, Strength, type Candidate } from './candidate.js';
import type { ActorMatch } from '../../lexicon/lexicon.js';
import type { NameMark, NerContext, NerSpan, NerTagger } from './tagger.js';
import { Bytes, type TokenView } from './tokenView.js';
import { Word } from './vocabulary.js';
import { sortUnlessOrdered } from '../../order.js';

/** A tagger span this sure adds a name no rule found, or retypes a weak one. */
const SURE = 0.5;
/** A tagger span this sure counts as evidence on its own, like a cue. */
const CONFIDENT = 0.8;

/**
 * Words of context the tagger reads on each side of the words it is asked about: its features
 * look two words away. Tagging only these windows, not whole sentences, keeps its cost to the
 * few words no rule could settle.
 */
const MARGIN = 2;
/**
 * The longest window given to the tagger at once: a run-on "sentence" full of capitals is read in
 * pieces, so that the names handed with each piece stay few (the tagger reads them per piece).
 */
const MAX_WINDOW = 256;
/** The names of a window without any. */
const NO_NAMES: readonly NameMark[] = [];

/**
 * The dictionary names as the tagger was trained to see them (lexicon.matchActors): the longest
 * at each start, left to right, in text order. knownAt is the stage's kept list (KnownMatches in
 * actors.ts), which may run past the document with no match there: its first `length` are read.
 */
function nameMarks(knownAt: readonly (ActorMatch | undefined)[], length: number): NameMark[] {
  const marks: NameMark[] = [];
  let i = 0;
  while (i < length) {
    const m = knownAt[i];
    if (!m) {
      i++;
      continue;
    }
    marks.push({ tokenStart: i, tokenEnd: m.tokenEnd, type: m.entry.type, exactCase: m.exactCase });
    i = m.tokenEnd;
  }
  return marks;
}

/** The tagger's spans over windows around the wanted tokens, each window inside one sentence, with the names in it. */
function tagWindows(view: TokenView, tagger: NerTagger, wanted: Uint8Array, marks: readonly NameMark[]): NerSpan[] {
  const spans: NerSpan[] = [];
  const n = view.length;
  // One context for every window: the tagger reads it during the call only.
  const context: NerContext = { names: NO_NAMES, opensSentence: true, hashes: view.hashes };
  let m = 0;
  let k = 0;
  while (k < n) {
    if (!wanted[k]) {
      k++;
      continue;
    }
    const sentence = view.sentence[k];
    let first = k;
    while (first > 0 && k - first < MARGIN && view.sentence[first - 1] === sentence) first--;
    let lastWanted = k;
    let end = k + 1;
    // Windows that would touch are one: the tagger reads the words between them anyway.
    while (end < n && view.sentence[end] === sentence && end - lastWanted <= 2 * MARGIN + 1 && end - first < MAX_WINDOW) {
      if (wanted[end]) lastWanted = end;
      end++;
    }
    end = Math.min(end, lastWanted + MARGIN + 1);
    while (m < marks.length && marks[m]!.tokenEnd <= first) m++;
    let after = m;
    while (after < marks.length && marks[after]!.tokenStart < end) after++;
    // Most windows hold no dictionary name (5 in 6): no copy for them.
    context.names = after > m ? marks.slice(m, after) : NO_NAMES;
    context.opensSentence = first === 0 || view.sentence[first - 1] !== sentence;
    for (const span of tagger.tag(view.tokens, first, end, context)) spans.push(span);
    k = end;
  }
  return spans;
}

/**
 * Reads the tagger's spans into the candidates: it types and bounds the weak ones, drops
 * capitalized words it reads no name in, and adds names over capitalized words no rule read
 * (except words that are never names, `notNames`).
 */
export function applyTagger(
  view: TokenView,
  tagger: NerTagger,
  candidates: Candidate[],
  knownAt: readonly (ActorMatch | undefined)[],
  titleAt: (i: number) => { end: number } | null,
): Candidate[] {
  const covered = view.bytes(Bytes.Covered);
  const wanted = view.bytes(Bytes.Wanted);
  // Loops, not TypedArray fill: a candidate is a word or a few, and the call costs more than the stores.
  for (const c of candidates) {
    if (c.type === 'group') continue;
    const unsettled = c.strength <= Strength.Cue && !c.entry;
    for (let k = c.first; k < c.last; k++) {
      covered[k] = 1;
      if (unsettled) wanted[k] = 1;
    }
  }
  // One pass over the capitalized words: titles ("AKP" in "AKP Reza Maulana", "Dr.") are no names
  // either, and a title covers only words from its own on.
  const { nameParts, namePartCount } = view;
  for (let p = 0; p < namePartCount; p++) {
    const k = nameParts[p]!;
    const title = titleAt(k);
    if (title) covered.fill(1, k, title.end);
    if (!covered[k] && !view.boilerplate[k] && !view.is(k, Word.NotName)) wanted[k] = 1;
  }
  const spans = tagWindows(view, tagger, wanted, nameMarks(knownAt, view.length));
  const out: Candidate[] = [];
  let s = 0;
  // The scanner's candidates are read for the last time here: they are put in order where they are.
  for (const c of sortUnlessOrdered(candidates, byFirst)) {
    if (c.type === 'group' || c.strength > Strength.Cue || c.entry) {
      out.push(c);
      continue;
    }
    while (s < spans.length && spans[s]!.tokenEnd <= c.first) s++;
    // The spans that overlap the candidate: spans[s, stop).
    let stop = s;
    while (stop < spans.length && spans[stop]!.tokenStart < c.last) stop++;
    let same: NerSpan | null = null;
    for (let k = s; k < stop && !same; k++) if (spans[k]!.tokenStart === c.first && spans[k]!.tokenEnd === c.last) same = spans[k]!;
    if (same) {
      if (c.strength === Strength.Shape || same.score >= SURE) c.type = same.type;
      if (same.score >= SURE) c.strength = Math.max(c.strength, Strength.Cue);
      out.push(c);
    } else if (stop > s && c.strength === Strength.Shape) {
      // The tagger draws the name's edges: "BRP Cabra" may be one ship, "Kriteria KRIS" one acronym.
      for (let k = s; k < stop; k++) {
        const t = spans[k]!;
        if (t.score >= SURE && t.tokenStart >= c.first && t.tokenEnd <= c.last && view.isNamePart(t.tokenStart) && view.isNamePart(t.tokenEnd - 1)) out.push(candidate(t.tokenStart, t.tokenEnd, t.type, Strength.Shape, 'tagger inside a capitalized stretch'));
      }
    } else if (stop === s && c.strength === Strength.Shape) {
      // Capitalized, but the tagger reads no name here: a headline word, a term.
      continue;
    } else out.push(c);
  }
  for (const t of spans) {
    if (t.score < SURE) continue;
    // Only names: capitalized at both ends, nothing a rule already read, not only words that are never names ("Maret").
    let free = view.isNamePart(t.tokenStart) && view.isNamePart(t.tokenEnd - 1);
    let named = false;
    for (let k = t.tokenStart; k < t.tokenEnd && free; k++) {
      if (covered[k]) free = false;
      if (!view.is(k, Word.NotName)) named = true;
    }
    free &&= named;
    if (free) out.push(candidate(t.tokenStart, t.tokenEnd, t.type, t.score >= CONFIDENT ? Strength.Cue : Strength.Shape, 'tagger'));
  }
  return sortUnlessOrdered(out, byFirst);
}
