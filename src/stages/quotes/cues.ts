// The reported-speech vocabulary, compiled once per lexicon: speech verbs by folded form with the
// voice their shape gives them, attribution markers, speaker pronouns and the words that tell a
// reported clause from a noun object.
import type { Lexicon, WordList } from '../../lexicon/lexicon.js';
import type { WordEntry } from '../../types.js';
import { foldForMatch } from '../../lexicon/normalize.js';
import { splitClitics } from '../../morphology/clitics.js';
import { addHash, emptyHashFilter, hashesOf, hasHash, hashOfForm, mayBeOneOf, Shape, stemHash, wordHash, type DocView, type HashFilter } from './view.js';

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
  /** Each word's hash (wordHash), or -1 for a word outside ASCII. */
  hashes: number[];
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
  /** False when a word of this shape (view.shapes) can start no speech verb nor marker: most words. */
  maySpeak(shape: number): boolean;
  /** 'person' or 'group' for a speaker pronoun. */
  pronoun(folded: string): string | undefined;
  /** Whether a folded noun heads a description of an organization ("perusahaan itu"). */
  isBody(folded: string): boolean;
  /** Whether the word at i shows a clause (auxiliary, modal, negation, copula, complementizer). */
  isClauseMarker(view: DocView, i: number): boolean;
  /** Whether the word at i looks like a verb and is not one of the known look-alikes. */
  isVerbLike(view: DocView, i: number): boolean;
  /** The kind of the word at i when it ends a speaker phrase (preposition, affiliation, time, relative …). */
  boundary(view: DocView, i: number): string | undefined;
  /** Whether a folded word opens a prepositional phrase ("di", "kepada", "dari" …). */
  isPreposition(folded: string): boolean;
  /** Whether a title word (from the `titles` list) starts at token i. */
  titleAt(view: DocView, i: number): number;
  complement(kind: string): Complement;
  /** Whether a folded word opens a reported clause as "bahwa" does (`clause-linkers` of kind that). */
  isThat(folded: string): boolean;
  /** Whether the word at i opens a complement clause without "bahwa" ("meminta agar …"; kind purpose). */
  isPurpose(view: DocView, i: number): boolean;
  /** Whether the word at i joins a second speech verb to the first one's speaker (`speech-joiners`). */
  isJoiner(view: DocView, i: number): boolean;
  /** Whether a speech verb after this folded word is a purpose, wish or duty (`not-spoken-after`). */
  notSpokenAfter(folded: string): boolean;
  /** Whether a folded word makes the object point back at what was said (`anaphoric-heads`). */
  isAnaphoricHead(folded: string): boolean;
  /** Whether a folded word joins two speakers into one subject (`speaker-coordinators`). */
  isCoordinator(folded: string): boolean;
  /** Whether a folded word after a closing quotation mark goes on with the sentence (`clause-joiners`). */
  joinsClause(folded: string): boolean;
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

/** Whether a token of this shape (view.shapes) may be the word of this hash. */
function mayEqual(shape: number, hash: number): boolean {
  return shape < 0 || hash < 0 || wordHash(shape) === hash;
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

/**
 * Whether the word at i starts with "me", "di", "be" or "te", as verb-like words do (VERB_SHAPE).
 * An ASCII word's first two characters fold on their own: they are read from the text.
 */
function startsLikeVerb(view: DocView, i: number): boolean {
  let first: number;
  let second: number;
  if (view.shapes[i]! >= 0) {
    const { start, end } = view.tokens[i]!;
    if (end - start < 2) return false;
    first = view.text.charCodeAt(start) | 0x20;
    second = view.text.charCodeAt(start + 1) | 0x20;
  } else {
    const folded = view.fold(i);
    first = folded.charCodeAt(0);
    second = folded.charCodeAt(1);
  }
  return (first === 0x6d && second === 0x65) || (first === 0x64 && second === 0x69) || ((first === 0x62 || first === 0x74) && second === 0x65);
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
    const phrase: MarkerPhrase = { words, hashes: words.map(hashOfForm), kind: (entry.kind ?? 'source') as MarkerKind };
    const list = markers.get(words[0]!);
    if (list) list.push(phrase);
    else markers.set(words[0]!, [phrase]);
  }
  for (const list of markers.values()) list.sort((a, b) => b.words.length - a.words.length);
  // A word whose hash no verb or marker has is none of them: most words stop at these filters,
  // and the others mostly read their folded strings only to confirm. Bitsets (4 kB each, HashFilter):
  // reads that stay in the cache. The hashes of the speech verbs, of the one-word markers
  // ("menurut", which "Menurutnya" carries); what maySpeak reads at every word: verbs and markers'
  // first words, and stems of verbs and one-word markers (the verbs' hashes, markers added below).
  const verbHashes = hashesOf(verbs.keys());
  const oneWordMarkerHashes = emptyHashFilter();
  const speaking = verbHashes.slice();
  const speakingStems = verbHashes.slice();
  /** The phrases of the markers whose first word has a hash, each first word's longest first. */
  const markersByHash = new Map<number, MarkerPhrase[]>();
  for (const [first, list] of markers) {
    const hash = hashOfForm(first);
    if (hash < 0) continue;
    addHash(speaking, hash);
    if (list.some((p) => p.words.length === 1)) {
      addHash(oneWordMarkerHashes, hash);
      addHash(speakingStems, hash);
    }
    markersByHash.set(hash, [...(markersByHash.get(hash) ?? []), ...list]);
  }
  /** Whether the word at i may end in -nya after a stem of these hashes (a verb's, a one-word marker's). */
  const mayCarryNya = (view: DocView, i: number, stems: HashFilter): boolean => {
    const shape = view.shapes[i]!;
    if (shape < 0) return view.fold(i).endsWith('nya');
    return (shape & Shape.Nya) !== 0 && hasHash(stems, stemHash(shape));
  };
  /** The first of the phrases that starts at i, tried by hashes before strings. */
  const phraseAt = (view: DocView, i: number, phrases: readonly MarkerPhrase[]): MarkerHit | null => {
    const { shapes } = view;
    let folded: string | null = null;
    for (const phrase of phrases) {
      const { words, hashes } = phrase;
      const end = i + words.length;
      if (end > view.tokens.length || view.lineOf[end - 1] !== view.lineOf[i]) continue;
      let k = 1;
      while (k < words.length && mayEqual(shapes[i + k]!, hashes[k]!)) k++;
      if (k < words.length || words[0] !== (folded ??= view.fold(i))) continue;
      k = 1;
      while (k < words.length && view.fold(i + k) === words[k]) k++;
      if (k === words.length) return { kind: phrase.kind, end, lemma: folded, clitic: null };
    }
    return null;
  };
  const titles = lexicon.words('titles');
  const titleStarts = new Set(titles.entries.map((e) => foldForMatch(e.form.trim().split(/\s+/)[0]!)));
  const pronouns = foldedKinds(lexicon.words('speaker-pronouns'));
  const bodies = foldedSet(lexicon.words('speaker-bodies'));
  const clauseMarkers = foldedSet(lexicon.words('clause-markers'));
  const clauseMarkerHashes = hashesOf(clauseMarkers);
  const nonverbs = foldedSet(lexicon.words('clause-nonverbs'));
  const boundaries = foldedKinds(lexicon.words('speaker-boundaries'));
  const boundaryHashes = hashesOf(boundaries.keys());
  const linkers = foldedKinds(lexicon.words('clause-linkers'));
  const purposes = new Set([...linkers].filter(([, kind]) => kind === 'purpose').map(([form]) => form));
  const purposeHashes = hashesOf(purposes);
  const joiners = foldedSet(lexicon.words('speech-joiners'));
  const joinerHashes = hashesOf(joiners);
  const notSpokenAfter = foldedSet(lexicon.words('not-spoken-after'));
  const anaphoricHeads = foldedSet(lexicon.words('anaphoric-heads'));
  const coordinators = foldedSet(lexicon.words('speaker-coordinators'));
  const clauseJoiners = foldedSet(lexicon.words('clause-joiners'));

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
      const shape = view.shapes[i]!;
      const verb = shape < 0 || hasHash(verbHashes, wordHash(shape)) ? verbs.get(view.fold(i)) : undefined;
      if (verb) {
        if (verb.voice !== 'clitic') return hit(verb, verb.voice, i, null);
        const token = view.tokens[i]!;
        const nya = nyaOf(token.text);
        return hit(verb, 'clitic', i, nya.clitic >= 0 ? { start: token.start + nya.clitic, end: token.end } : null);
      }
      if (!mayCarryNya(view, i, verbHashes)) return null;
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
      const shape = view.shapes[i]!;
      if (shape >= 0) {
        const phrases = markersByHash.get(wordHash(shape));
        const found = phrases ? phraseAt(view, i, phrases) : null;
        if (found || !mayCarryNya(view, i, oneWordMarkerHashes)) return found;
        // "Menurutnya", unless the word is a marker's first word itself.
        return markers.has(view.fold(i)) ? null : markerWithClitic(view, i);
      }
      const folded = view.fold(i);
      const phrases = markers.get(folded);
      if (!phrases) return folded.endsWith('nya') ? markerWithClitic(view, i) : null;
      return phraseAt(view, i, phrases);
    },
    maySpeak(shape) {
      if (shape < 0) return true;
      if (hasHash(speaking, wordHash(shape))) return true;
      return (shape & Shape.Nya) !== 0 && hasHash(speakingStems, stemHash(shape));
    },
    pronoun: (folded) => pronouns.get(folded),
    isBody: (folded) => bodies.has(folded),
    isClauseMarker: (view, i) => mayBeOneOf(view, i, clauseMarkerHashes) && clauseMarkers.has(view.fold(i)),
    isVerbLike(view, i) {
      if (!startsLikeVerb(view, i)) return false;
      const folded = view.fold(i);
      const head = folded.includes('-') ? folded.slice(0, folded.indexOf('-')) : folded;
      return VERB_SHAPE.test(head) && !nonverbs.has(head) && !nonverbs.has(folded);
    },
    boundary: (view, i) => (mayBeOneOf(view, i, boundaryHashes) ? boundaries.get(view.fold(i)) : undefined),
    isPreposition(folded) {
      const kind = boundaries.get(folded);
      return kind === 'preposition' || kind === 'affiliation';
    },
    isThat: (folded) => linkers.get(folded) === 'that',
    isPurpose: (view, i) => mayBeOneOf(view, i, purposeHashes) && purposes.has(view.fold(i)),
    isJoiner: (view, i) => mayBeOneOf(view, i, joinerHashes) && joiners.has(view.fold(i)),
    notSpokenAfter: (folded) => notSpokenAfter.has(folded),
    isAnaphoricHead: (folded) => anaphoricHeads.has(folded),
    isCoordinator: (folded) => coordinators.has(folded),
    joinsClause: (folded) => clauseJoiners.has(folded),
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
  const { shapes } = view;
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i]!;
    if (shape === Shape.NotAWord || !ql.maySpeak(shape)) continue;
    const marker = ql.markerAt(view, i);
    if (marker) markers.push({ kind: marker.kind, end: marker.end, lemma: marker.lemma, clitic: marker.clitic, token: i });
    const cue = ql.cueAt(view, i);
    if (cue) cues.push(cue);
  }
  return { cues, markers };
}
