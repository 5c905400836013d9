// Groups that speak or act: "warga setempat mengeluhkan …", "Pakar forensik Ukraina menyebut …",
// "negara-negara Barat lainnya", "11.000 orang terpaksa mengungsi". A group phrase is an optional
// quantifier, a head noun from the groups dictionary and a few modifiers; it is kept only when a
// verb follows it (it acts) or a speech marker names it, so that "rumah warga" stays a noun.
import { candidate, Strength, type Candidate } from './candidate.js';
import { Shape, verbShaped, type TokenView } from './tokenView.js';
import { Word, type ActorVocabulary } from './vocabulary.js';

const MAX_MODIFIERS = 4;
export function findGroups(view: TokenView, vocabulary: ActorVocabulary, claimed: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const { scanned, scannedCount } = view;
  let i = 0;
  // Only a number, or a word that opens a quantifier or a head, starts a group (groupAt): the list of
  // the numbers and the words with scanned bits holds them all.
  for (let p = 0; p < scannedCount; p++) {
    if (scanned[p]! < i) continue;
    i = scanned[p]!;
    const number = view.shape[i] === Shape.Number;
    if ((!number && !view.is(i, Word.OpensGroupOpener | Word.OpensGroupHead)) || claimed[i] || (!number && view.tokens[i]!.kind !== 'word')) {
      i++;
      continue;
    }
    const end = groupAt(view, vocabulary, claimed, i);
    if (end > i) {
      out.push(candidate(i, end, 'group', Strength.Cue, 'group that acts'));
      i = end;
    } else i++;
  }
  return out;
}

/** The end of a group phrase that starts at i and acts, or -1. */
function groupAt(view: TokenView, vocabulary: ActorVocabulary, claimed: Uint8Array, i: number): number {
  let j = i;
  let counted = false;
  const opener = vocabulary.groupOpeners.at(view, j);
  if (opener && opener.end < view.length && view.adjacent(opener.end - 1)) {
    j = opener.end;
    counted = true;
  } else if (view.shape[j] === Shape.Number) {
    j++;
    counted = true;
  }
  if (j >= view.length || claimed[j]) return -1;
  const head = vocabulary.groupHeads.at(view, j);
  if (!head) return -1;
  if (head.entries.every((e) => e.kind === 'counted') && !counted) return -1;
  // A group names people by what they are; a capitalized head mid-sentence is part of a name.
  if (view.shape[j] === Shape.Capitalized && !view.opensSentence[j] && !(counted && j > i)) return -1;
  let k = head.end;
  for (let m = 0; m < MAX_MODIFIERS && k < view.length && view.adjacent(k - 1); m++) {
    if (view.is(k, Word.GroupCloser)) {
      k++;
      break;
    }
    if (claimed[k]) {
      // "pakar forensik Ukraina", "peneliti Ironclad": a named place or body ends the phrase.
      while (k < view.length && claimed[k] === 2) k++;
      if (k < view.length && view.is(k, Word.GroupCloser)) k++;
      break;
    }
    if (view.shape[k] === Shape.Capitalized && !view.is(k, Word.NotName)) {
      k++;
      continue;
    }
    if (view.shape[k] !== Shape.Lower || !isModifier(view, vocabulary, k)) break;
    k++;
  }
  if (!acts(view, vocabulary, i, k)) return -1;
  return k;
}

/** Words that may stand between a subject and its verb ("telah", "terpaksa"). */
const AUXILIARY = 'auxiliary';
/** Words before a noun that make it the object of something, not an actor ("di", "kepada"). */
const GOVERNOR = 'governor';
/** Words after which a new clause, and so a subject, may start ("dan", "mengatakan"). */
const CLAUSE_LINK = 'clause-link';
/** Speech markers before a group: "menurut pakar", "kata warga", "oleh polisi". */
const NAMER = 'namer';

function isModifier(view: TokenView, vocabulary: ActorVocabulary, k: number): boolean {
  if (view.is(k, Word.FunctionWord | Word.PersonCue | Word.Pronoun)) return false;
  const f = view.folded[k]!;
  const context = vocabulary.groupContext.get(f);
  if (context === AUXILIARY || context === GOVERNOR) return false;
  // "sebenarnya", "biasanya": adverbs with a clitic, not a group's modifiers.
  if (f.endsWith('nya') && f !== 'lainnya') return false;
  if (view.is(k, Word.GroupHead)) return true;
  return !verbShaped(f);
}

/** Whether the phrase opens a clause: at a sentence's start (after one adverb), after a comma or a conjunction. */
function opensClause(view: TokenView, vocabulary: ActorVocabulary, first: number): boolean {
  if (view.opensSentence[first]) return true;
  const prev = first > 0 ? view.folded[first - 1]! : '';
  if (prev === ',' || vocabulary.groupContext.get(prev) === CLAUSE_LINK) return true;
  // "Sedikitnya 11.000 orang …": one adverb may open the sentence before the group.
  return first > 0 && view.opensSentence[first - 1] === 1 && (prev.endsWith('nya') || view.is(first - 1, Word.FunctionWord));
}

function acts(view: TokenView, vocabulary: ActorVocabulary, first: number, end: number): boolean {
  if (view.quoted[first]) return false;
  const prev = first > 0 ? view.folded[first - 1]! : '';
  const before = vocabulary.groupContext.get(prev);
  if (before === NAMER) return true;
  if (before === GOVERNOR || !opensClause(view, vocabulary, first)) return false;
  if (end >= view.length || !view.adjacent(end - 1)) return false;
  const next = view.folded[end]!;
  if (view.shape[end] !== Shape.Lower) return false;
  return verbShaped(next) || vocabulary.groupContext.get(next) === AUXILIARY || view.is(end, Word.PersonCue);
}
