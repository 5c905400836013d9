// The reported-speech vocabulary, compiled once per lexicon: speech verbs by folded form with the
// voice their shape gives them, attribution markers, speaker pronouns and the words that tell a
// reported clause from a noun object.
import type { Lexicon, WordList } from '../../lexicon/lexicon.js';
import type { WordEntry } from '../../types.js';
import { foldForMatch } from '../../lexicon/normalize.js';
import { splitClitics } from '../../morphology/clitics.js';
import type { DocView } from './view.js';

/**
 * How a speech verb attaches to its speaker and content:
 * - `bare`: the root after a quote or comma, speaker after it ("…,” kata Budi");
 * - `clitic`: the root with -nya, the speaker is the clitic ("…,” ujarnya");
 * - `active`: meN-/ber-, speaker before, content after ("Budi mengatakan bahwa …");
 * - `passive`: di-, speaker after, content after a comma ("Dikatakan Budi, …").
 */
export type Voice = 'bare' | 'clitic' | 'active' | 'passive';

/** What a verb needs after it before its object counts as reported content. */
export type Complement = 'any' | 'clause' | 'marked';

export interface SpeechVerb {
  entry: WordEntry;
  lemma: string;
  kind: string;
  voice: Voice;
}

/** A speech verb found at a token, with the -nya clitic's offsets when it has one. */
export interface CueHit extends SpeechVerb {
  token: number;
  clitic: { start: number; end: number } | null;
}

export type MarkerKind = 'according' | 'source' | 'channel' | 'anaphor';

interface MarkerPhrase {
  /** Folded words, as the tokenizer splits them. */
  words: string[];
  kind: MarkerKind;
}

export interface MarkerHit {
  kind: MarkerKind;
  /** Token index after the marker. */
  end: number;
  /** The marker's folded first word without its clitic ("menurutnya" → "menurut"). */
  lemma: string;
  /** The -nya of "Menurutnya", which names the speaker. */
  clitic: { start: number; end: number } | null;
}

export interface QuoteLexicon {
  cueAt(view: DocView, i: number): CueHit | null;
  markerAt(view: DocView, i: number): MarkerHit | null;
  /** False when the folded word can start no speech verb nor marker (most words): a quick test. */
  maySpeak(folded: string): boolean;
  /** 'person' or 'group' for a speaker pronoun. */
  pronoun(folded: string): string | undefined;
  /** Whether a folded noun heads a description of an organization ("perusahaan itu"). */
  isBody(folded: string): boolean;
  /** Whether a folded word shows a clause (auxiliary, modal, negation, copula, complementizer). */
  isClauseMarker(folded: string): boolean;
  /** Whether a folded word looks like a verb and is not one of the known look-alikes. */
  isVerbLike(folded: string): boolean;
  /** The kind of a word that ends a speaker phrase (preposition, affiliation, time, relative …). */
  boundary(folded: string): string | undefined;
  /** Whether a folded word opens a prepositional phrase ("di", "kepada", "dari" …). */
  isPreposition(folded: string): boolean;
  /** Whether a title word (from the `titles` list) starts at token i. */
  titleAt(view: DocView, i: number): number;
  complement(kind: string): Complement;
}

/**
 * Verbs whose object is the content whatever its shape: "mengatakan tanggul jebol", "mengaku
 * puas", "menilai langkah itu sejalan …", "merekomendasikan beli".
 */
const ANY_COMPLEMENT = new Set(['say', 'admit', 'assess', 'recommend']);
/** Verbs that report speech only with "bahwa", "agar" or a comma; otherwise they are actions. */
const MARKED_COMPLEMENT = new Set(['appeal', 'complain', 'question', 'tell', 'criticize']);
const VERB_SHAPE = /^(?:me|di)\p{Ll}{3,}$|^(?:ber|ter)\p{Ll}{3,}$/u;
const ACTIVE_PREFIX = /^(?:me|ber)/;
const PASSIVE_PREFIX = /^di/;

/** A word's -nya: its offset in the word (-1 without one) and the folded stem before it. */
interface NyaWord {
  clitic: number;
  stem: string;
}

const NOT_NYA: NyaWord = { clitic: -1, stem: '' };
/** Distinct -nya words remembered per lexicon before the memo starts over. */
const MAX_NYA_WORDS = 4096;

/**
 * A one-sided filter on the words that may be a speech verb or a marker's first word, by length and
 * first and last characters: most words fail it on three integer reads, before any hashing.
 */
const VERB_BIT = 1;
const MARKER_BIT = 2;
const GATE_SIZE = 1 << 15;

function gateKey(folded: string): number {
  const length = folded.length;
  if (length === 0) return 0;
  return ((length < 31 ? length : 31) << 10) | ((folded.charCodeAt(0) & 31) << 5) | (folded.charCodeAt(length - 1) & 31);
}

function voiceOf(entry: WordEntry): Voice {
  const form = foldForMatch(entry.form);
  const lemma = foldForMatch(entry.lemma ?? entry.form);
  if (form !== lemma && PASSIVE_PREFIX.test(form) && !PASSIVE_PREFIX.test(lemma)) return 'passive';
  if (form !== lemma && ACTIVE_PREFIX.test(form) && !ACTIVE_PREFIX.test(lemma)) return 'active';
  const parts = splitClitics(form);
  if (parts.length > 1 && parts[parts.length - 1]!.text === 'nya') return 'clitic';
  return 'bare';
}

function hit(verb: SpeechVerb, voice: Voice, token: number, clitic: CueHit['clitic']): CueHit {
  return { entry: verb.entry, lemma: verb.lemma, kind: verb.kind, voice, token, clitic };
}

function foldedSet(list: WordList): Set<string> {
  return new Set(list.entries.map((e) => foldForMatch(e.form)));
}

function foldedKinds(list: WordList): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of list.entries) out.set(foldForMatch(e.form), e.kind ?? '');
  return out;
}

export function compileQuoteLexicon(lexicon: Lexicon): QuoteLexicon {
  const verbs = new Map<string, SpeechVerb>();
  for (const entry of lexicon.words('speech-verbs').entries) {
    const verb: SpeechVerb = { entry, lemma: entry.lemma ?? entry.form, kind: entry.kind ?? 'say', voice: voiceOf(entry) };
    verbs.set(foldForMatch(entry.form), verb);
  }
  // Markers are looked up at every word, against the view's folded tokens: by first word, then
  // word by word, longest first, with no string built per token.
  const markers = new Map<string, MarkerPhrase[]>();
  for (const entry of lexicon.words('speech-markers').entries) {
    const words = foldForMatch(entry.form).trim().split(/\s+/);
    const phrase: MarkerPhrase = { words, kind: (entry.kind ?? 'source') as MarkerKind };
    const list = markers.get(words[0]!);
    if (list) list.push(phrase);
    else markers.set(words[0]!, [phrase]);
  }
  for (const list of markers.values()) list.sort((a, b) => b.words.length - a.words.length);
  const gate = new Uint8Array(GATE_SIZE);
  for (const form of verbs.keys()) gate[gateKey(form)]! |= VERB_BIT;
  for (const first of markers.keys()) gate[gateKey(first)]! |= MARKER_BIT;
  const titles = lexicon.words('titles');
  const titleStarts = new Set(titles.entries.map((e) => foldForMatch(e.form.trim().split(/\s+/)[0]!)));
  const pronouns = foldedKinds(lexicon.words('speaker-pronouns'));
  const bodies = foldedSet(lexicon.words('speaker-bodies'));
  const clauseMarkers = foldedSet(lexicon.words('clause-markers'));
  const nonverbs = foldedSet(lexicon.words('clause-nonverbs'));
  const boundaries = foldedKinds(lexicon.words('speaker-boundaries'));

  // What splitClitics says of a word ending in -nya, by the word as written: such words recur
  // ("katanya", "ujarnya", "menurutnya"), and the split allocates. Bounded: cleared when full.
  const nyaWords = new Map<string, NyaWord>();
  const nyaOf = (word: string): NyaWord => {
    let known = nyaWords.get(word);
    if (known) return known;
    const parts = splitClitics(word);
    const last = parts[parts.length - 1]!;
    known = parts.length > 1 && last.text.toLowerCase() === 'nya' ? { clitic: last.start, stem: foldForMatch(parts[0]!.text) } : NOT_NYA;
    if (nyaWords.size >= MAX_NYA_WORDS) nyaWords.clear();
    nyaWords.set(word, known);
    return known;
  };

  /** "Menurutnya": a one-word marker with the -nya that names its speaker. */
  const markerWithClitic = (view: DocView, i: number): MarkerHit | null => {
    const token = view.tokens[i]!;
    const nya = nyaOf(token.text);
    if (nya.clitic < 0) return null;
    const phrase = markers.get(nya.stem)?.find((p) => p.words.length === 1);
    if (!phrase) return null;
    return { kind: phrase.kind, end: i + 1, lemma: nya.stem, clitic: { start: token.start + nya.clitic, end: token.end } };
  };

  return {
    cueAt(view, i) {
      if (!view.isWord(i)) return null;
      const folded = view.fold(i);
      const verb = (gate[gateKey(folded)]! & VERB_BIT) !== 0 ? verbs.get(folded) : undefined;
      if (verb) {
        if (verb.voice !== 'clitic') return hit(verb, verb.voice, i, null);
        const token = view.tokens[i]!;
        const nya = nyaOf(token.text);
        return hit(verb, 'clitic', i, nya.clitic >= 0 ? { start: token.start + nya.clitic, end: token.end } : null);
      }
      if (!folded.endsWith('nya')) return null;
      const token = view.tokens[i]!;
      const nya = nyaOf(token.text);
      if (nya.clitic < 0) return null;
      // "tandasnya", "menyebutnya": the stem is a listed verb, the clitic names the speaker or the object.
      const stem = verbs.get(nya.stem);
      if (!stem) return null;
      return stem.voice === 'bare' ? hit(stem, 'clitic', i, { start: token.start + nya.clitic, end: token.end }) : hit(stem, stem.voice, i, null);
    },
    markerAt(view, i) {
      if (!view.isWord(i)) return null;
      const folded = view.fold(i);
      const phrases = (gate[gateKey(folded)]! & MARKER_BIT) !== 0 ? markers.get(folded) : undefined;
      if (!phrases) return folded.endsWith('nya') ? markerWithClitic(view, i) : null;
      for (const phrase of phrases) {
        const end = i + phrase.words.length;
        if (end > view.tokens.length || view.lineOf[end - 1] !== view.lineOf[i]) continue;
        let k = 1;
        while (k < phrase.words.length && view.fold(i + k) === phrase.words[k]) k++;
        if (k === phrase.words.length) return { kind: phrase.kind, end, lemma: folded, clitic: null };
      }
      return null;
    },
    maySpeak: (folded) => gate[gateKey(folded)] !== 0 || folded.endsWith('nya'),
    pronoun: (folded) => pronouns.get(folded),
    isBody: (folded) => bodies.has(folded),
    isClauseMarker: (folded) => clauseMarkers.has(folded),
    isVerbLike(folded) {
      const head = folded.includes('-') ? folded.slice(0, folded.indexOf('-')) : folded;
      return VERB_SHAPE.test(head) && !nonverbs.has(head) && !nonverbs.has(folded);
    },
    boundary: (folded) => boundaries.get(folded),
    isPreposition(folded) {
      const kind = boundaries.get(folded);
      return kind === 'preposition' || kind === 'affiliation';
    },
    titleAt(view, i) {
      if (!view.isWord(i) || !titleStarts.has(view.fold(i))) return -1;
      const match = titles.matchAt(view.tokens, i);
      return match ? match.end : -1;
    },
    complement: (kind) => (ANY_COMPLEMENT.has(kind) ? 'any' : MARKED_COMPLEMENT.has(kind) ? 'marked' : 'clause'),
  };
}

/** The speech verbs and markers of a document, found in one pass, in text order. */
export interface SpeechIndex {
  cues: CueHit[];
  markers: (MarkerHit & { token: number })[];
}

export function indexSpeech(view: DocView, ql: QuoteLexicon): SpeechIndex {
  const cues: CueHit[] = [];
  const markers: SpeechIndex['markers'] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    if (!view.isWord(i) || !ql.maySpeak(view.fold(i))) continue;
    const marker = ql.markerAt(view, i);
    if (marker) markers.push({ kind: marker.kind, end: marker.end, lemma: marker.lemma, clitic: marker.clitic, token: i });
    const cue = ql.cueAt(view, i);
    if (cue) cues.push(cue);
  }
  return { cues, markers };
}
