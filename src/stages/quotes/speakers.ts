// Who said it. Finding the words that name a speaker (after a cue: "kata Kepala BPBD Sigi,
// Muhammad Rizal"; before it: the subject of "Budi mengatakan"), and resolving them to an actor
// through the actors' mentions: a named mention directly, a pronoun or "-nya" through the actors'
// pronoun links or else the most recent subject or speaker, a bare title through the actors'
// titles.
import type { Span } from '../../types.js';
import { spanAt } from '../../spans.js';
import type { QuoteLexicon } from './cues.js';
import type { ActorMention, DocView } from './view.js';

export type SpeakerRef =
  /** An actor's mention names the speaker. */
  | { kind: 'mention'; actor: number; span: Span }
  /** A pronoun, "-nya" or a definite description ("pelatih asal Brasil itu"). */
  | { kind: 'pronoun'; span: Span; number: 'person' | 'group' }
  /** Words that name the speaker without an actor behind them (yet): a title, a common noun. */
  | { kind: 'phrase'; span: Span }
  /** The text never says who. */
  | { kind: 'none' };

/** Longest speaker phrase read after a cue, in tokens. */
const MAX_PHRASE = 14;
/** Tokens looked back from a cue for its subject. */
const MAX_SUBJECT = 30;
const DEMONSTRATIVE = 'demonstrative';
/** Words between a pronoun and its verb that keep the pronoun the subject ("ia juga menambahkan"). */
const MAX_ADVERBS = 3;

export const NONE: SpeakerRef = { kind: 'none' };

/** A pronoun mention glued inside a word that is not a speech verb is a possessive ("laporannya"). */
function isPossessive(view: DocView, m: ActorMention): boolean {
  if (m.role !== 'pronoun') return false;
  const t = view.tokens[m.token];
  return !!t && t.start < m.start;
}

/**
 * The mentions that start inside tokens [first, last], in order. A mention may run past `last`:
 * "kata Budi di Gedung DPRD" names Budi even if a mention took in more words.
 */
export function mentionsIn(view: DocView, first: number, last: number): ActorMention[] {
  if (last < first) return [];
  const start = view.tokens[first]!.start;
  const end = view.tokens[last]!.end;
  const out: ActorMention[] = [];
  const mentions = view.mentions();
  for (let k = view.mentionFrom(start); k < mentions.length && mentions[k]!.start < end; k++) {
    const m = mentions[k]!;
    if (!isPossessive(view, m)) out.push(m);
  }
  return out;
}

/**
 * The speaker among the mentions in a phrase: a named person first, else an organization or
 * group, else a place. The last one named (the name after its title: "Kepala BPBD Sigi, Muhammad
 * Rizal", "Ketua PERSI Wilayah Jawa Barat dr. Yanti"), unless it is coordinated with the ones
 * before it ("Putin dan Kim", "Korea Selatan dan negara-negara Barat"): then the first.
 */
function pickMention(view: DocView, ql: QuoteLexicon, found: readonly ActorMention[]): ActorMention | null {
  // The pools are walked in `found` by index, without a list of each (the named, persons, bodies).
  let persons = 0;
  let bodies = 0;
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!;
    if (m.role === 'pronoun') continue;
    if (m.type === 'person') persons++;
    if (m.type !== 'location') bodies++;
  }
  const pool = persons > 0 ? Pool.Persons : bodies > 0 ? Pool.Bodies : Pool.Named;
  let k = previousIn(found, pool, found.length);
  if (k < 0) return null;
  for (let before = previousIn(found, pool, k); before >= 0 && coordinated(view, ql, found[before]!, found[k]!); before = previousIn(found, pool, k)) k = before;
  // A place coordinated with the group that follows it ("Korea Selatan dan negara-negara Barat").
  if (persons === 0) {
    for (let before = previousIn(found, Pool.Named, k); before >= 0 && coordinated(view, ql, found[before]!, found[k]!); before = previousIn(found, Pool.Named, k)) k = before;
  }
  return found[k]!;
}

/** The mentions pickMention picks among: the named ones, the persons among them, or those that are no place. */
const enum Pool {
  Named,
  Persons,
  Bodies,
}

/** The index of the last mention of `pool` in found[0, end), or -1. */
function previousIn(found: readonly ActorMention[], pool: Pool, end: number): number {
  for (let k = end - 1; k >= 0; k--) {
    const m = found[k]!;
    if (m.role === 'pronoun') continue;
    if (pool === Pool.Named || (pool === Pool.Persons ? m.type === 'person' : m.type !== 'location')) return k;
  }
  return -1;
}

/** A mention is a link: a pronoun the actors stage put among an actor's mentions refers to it. */
function refOfMention(m: ActorMention): SpeakerRef {
  return { kind: 'mention', actor: m.actor, span: { start: m.start, end: m.end, text: m.mention.text } };
}

function pronounRef(view: DocView, start: number, end: number, kind: string): SpeakerRef {
  const linked = view.mentionCovering(start, end);
  if (linked) return refOfMention(linked);
  return { kind: 'pronoun', span: spanAt(view.text, start, end), number: kind === 'group' ? 'group' : 'person' };
}

/**
 * The tokens that name a speaker after a cue ("ujar Budi dalam …", "kata Kepala BPBD Sigi,
 * Muhammad Rizal."), as [first, last]; null when no speaker follows.
 */
export function phraseAfter(view: DocView, ql: QuoteLexicon, start: number): [number, number] | null {
  const { tokens, lineOf, sentenceOf } = view;
  if (start >= tokens.length) return null;
  let i = start;
  if (view.fold(i) === 'oleh') i++;
  const first = i;
  const line = lineOf[start]!;
  let last = -1;
  let titled = false;
  while (i < tokens.length && i - first < MAX_PHRASE && lineOf[i] === line) {
    const t = tokens[i]!;
    if (t.kind === 'word') {
      const boundary = ql.boundary(view, i);
      // "Hari" and "Pagi" may be names; "hari", "pagi" and the weekdays are not. A description
      // keeps its affiliation ("pelatih asal Brasil itu"); a name ends before it ("Budi dari LSM").
      if (boundary === 'affiliation' && i > first && !view.isCapitalized(first)) {
        last = i;
        i++;
        continue;
      }
      if (boundary && boundary !== DEMONSTRATIVE && !(boundary === 'time' && view.isCapitalized(i))) break;
      if (i > first && (ql.cueAt(view, i) || ql.markerAt(view, i))) break;
      if (i === first && ql.titleAt(view, i) > i) titled = true;
      if (i === first && !view.isCapitalized(i)) titled = true;
      last = i;
      i++;
      continue;
    }
    if (t.kind === 'punct' && t.text === ',' && last >= 0 && titled && sentenceOf[i] === sentenceOf[first]) {
      // "kata Kepala BPBD Sigi, Muhammad Rizal": a title, then the name it belongs to.
      const next = i + 1;
      if (next < tokens.length && view.isWord(next) && view.isCapitalized(next) && !ql.boundary(view, next) && !ql.cueAt(view, next) && !ql.markerAt(view, next)) {
        i = next;
        continue;
      }
      break;
    }
    // "Kim Jong-un" written with a split hyphen.
    if (t.kind === 'punct' && t.text === '-' && view.gluedToNext(i) && i > first && tokens[i - 1]!.end === t.start) {
      last = i;
      i++;
      continue;
    }
    break;
  }
  return last >= first ? [first, last] : null;
}

/** What the words in [first, last] say about the speaker. */
export function speakerOfPhrase(view: DocView, ql: QuoteLexicon, first: number, last: number): SpeakerRef {
  const { text, tokens } = view;
  // "pelatih asal Brasil itu": the place after the affiliation is not who speaks.
  const found = mentionsIn(view, first, last).filter((m) => !(m.token > first && ql.isPreposition(view.fold(m.token - 1))));
  const picked = pickMention(view, ql, found);
  if (picked) return unrecognizedName(view, ql, first, last, picked) ?? refOfMention(picked);
  const pronoun = ql.pronoun(view.fold(first));
  const span = spanAt(text, tokens[first]!.start, tokens[last]!.end);
  if (pronoun) return pronounRef(view, tokens[first]!.start, tokens[first]!.end, pronoun);
  // "pelatih asal Brasil itu": a description pointing back at someone named before.
  if (last > first && ql.boundary(view, last) === DEMONSTRATIVE && !view.isCapitalized(first)) {
    return { kind: 'pronoun', span, number: ql.isBody(view.fold(first)) ? 'group' : 'person' };
  }
  return { kind: 'phrase', span };
}

/** The speaker named by the -nya of a cue ("ujarnya"). */
export function speakerOfClitic(view: DocView, clitic: { start: number; end: number }): SpeakerRef {
  return pronounRef(view, clitic.start, clitic.end, 'person');
}

/**
 * The subject of an active cue at token `cue`: the words before it in its clause, from `from`.
 * A named person wins (the first of a coordination, the name of an apposition: "Kepala X,
 * Budi,"), then any other actor, then a pronoun, then a description; mentions after a
 * preposition ("di Pekanbaru") or inside a cited source ("Dikutip dari AFP,") are not subjects.
 */
export function speakerBefore(view: DocView, ql: QuoteLexicon, cue: number, from: number, inQuote: Uint8Array): SpeakerRef {
  const { tokens, text } = view;
  const lowest = Math.max(from, cue - MAX_SUBJECT, view.bodyFirst);
  if (cue <= lowest) return NONE;
  // Tokens that cannot hold the subject: inside a quote or a cited source ("Dikutip dari AFP,").
  let sourceUntilComma = false;
  const excluded = new Uint8Array(cue - lowest);
  let firstVerb = -1;
  // The view's flags, not the token objects: most of these tokens are read for nothing else.
  for (let i = lowest; i < cue; i++) {
    if (inQuote[i]) {
      excluded[i - lowest] = 1;
      continue;
    }
    if (view.isComma(i)) sourceUntilComma = false;
    if (!view.isWord(i)) continue;
    const marker = ql.markerAt(view, i);
    if (marker && (marker.kind === 'source' || marker.kind === 'according')) {
      sourceUntilComma = true;
      for (let k = i; k < marker.end && k < cue; k++) excluded[k - lowest] = 1;
      i = marker.end - 1;
      continue;
    }
    if (sourceUntilComma) excluded[i - lowest] = 1;
    if (firstVerb < 0 && !view.isCapitalized(i) && ql.isVerbLike(view, i) && (i === lowest || view.fold(i - 1) !== 'yang')) firstVerb = i;
  }
  // A mention right after a preposition is a place or a party, not the subject ("di Pekanbaru").
  const candidatesIn = (a: number, b: number) =>
    mentionsIn(view, a, b).filter((m) => {
      const k = m.token;
      return k >= lowest && !excluded[k - lowest] && !(k > 0 && ql.isPreposition(view.fold(k - 1)));
    });
  // "Putin menyebut Xi … dan mengatakan": the subject is before the first verb of the clause.
  let found = firstVerb > lowest ? candidatesIn(lowest, firstVerb - 1) : [];
  if (!found.length) found = candidatesIn(lowest, cue - 1);
  const pronoun = pronounBefore(view, ql, cue, lowest);
  if (pronoun) return pronoun;
  const picked = pickMention(view, ql, found);
  if (picked) return unrecognizedName(view, ql, lowest, cue - 1, picked) ?? refOfMention(picked);
  // No actor: a description ("Pelatih asal Spanyol itu menjelaskan") or a bare noun phrase.
  let start = lowest;
  for (let i = lowest; i < cue; i++) if (tokens[i]!.text === ',' && i < cue - 1) start = i + 1;
  while (start < cue && (excluded[start - lowest] || !view.isWord(start))) start++;
  let end = cue - 1;
  while (end >= start && !view.isWord(end)) end--;
  if (end < start) return NONE;
  if (ql.boundary(view, end) === DEMONSTRATIVE && !view.isCapitalized(end) && end > start) {
    return { kind: 'pronoun', span: spanAt(text, tokens[start]!.start, tokens[end]!.end), number: ql.isBody(view.fold(start)) ? 'group' : 'person' };
  }
  return { kind: 'phrase', span: spanAt(text, tokens[start]!.start, tokens[end]!.end) };
}

/**
 * A person the actors stage did not recognize, named after a title whose organization it did
 * ("kata Direktur Utama PT KAI Commuter Wiwik Widayanti"): the speaker is the name, not the
 * organization of the title. The name is the run of capitalized words after the picked mention,
 * with no mention on it, in a phrase that opens with a title or a description.
 */
function unrecognizedName(view: DocView, ql: QuoteLexicon, from: number, to: number, picked: ActorMention): SpeakerRef | null {
  if (picked.type === 'person') return null;
  const { tokens, text } = view;
  let end = to;
  while (end > picked.token && !view.isWord(end)) end--;
  let start = view.tokenAt(picked.end);
  while (start <= end && !view.isWord(start)) start++;
  if (start > end || tokens[start]!.start < picked.end) return null;
  for (let i = start; i <= end; i++) {
    if (tokens[i]!.text === ',') continue;
    if (!view.isWord(i) || !view.isCapitalized(i)) return null;
  }
  const next = view.mentionFrom(tokens[start]!.start);
  const mentions = view.mentions();
  if (next < mentions.length && mentions[next]!.start < tokens[end]!.end) return null;
  // The phrase opens after its last comma before the mention ("Sementara itu, Direktur …").
  let open = from;
  for (let i = from; i < picked.token; i++) if (tokens[i]!.text === ',') open = i + 1;
  if (!(ql.titleAt(view, open) > open || (view.isWord(open) && !view.isCapitalized(open)))) return null;
  return { kind: 'phrase', span: spanAt(text, tokens[start]!.start, tokens[end]!.end) };
}

/** A subject pronoun right before the cue ("Ia menambahkan", "Namun, ia juga meminta"). */
function pronounBefore(view: DocView, ql: QuoteLexicon, cue: number, lowest: number): SpeakerRef | null {
  for (let i = cue - 1, words = 0; i >= lowest && words <= MAX_ADVERBS; i--) {
    const t = view.tokens[i]!;
    if (t.kind !== 'word') return null;
    const kind = ql.pronoun(view.fold(i));
    if (kind !== undefined) return pronounRef(view, t.start, t.end, kind);
    if (view.isCapitalized(i) && i !== view.sentenceFirst(view.sentenceOf[i]!)) return null;
    words++;
  }
  return null;
}

function coordinated(view: DocView, ql: QuoteLexicon, a: ActorMention, b: ActorMention): boolean {
  const [from, to] = [view.tokenAt(a.end), b.token];
  for (let i = from; i < to; i++) if (ql.isCoordinator(view.fold(i))) return true;
  return false;
}
