// One actor per referent: candidates that name the same person, organization or place join one
// cluster. Strong candidates (dictionary, titles, heads, cues) found clusters in text order; weak
// ones (a lone capitalized word) only join a cluster whose name they are part of, unless context
// keeps them. Joins: the same dictionary entry, the same words, a person's first or last name, an
// acronym defined in parentheses or spelled by initials, a name without its head ("Demak" for
// "Kabupaten Demak"), and near-misspellings by Jaro–Winkler.
import type { ActorEntry, ActorType, Mention } from '../../types.js';
import type { ActorMatch } from '../../lexicon/lexicon.js';
import { Strength, type Candidate } from './candidate.js';
import { Hash, hashOfFolded } from '../../lexicon/normalize.js';
import { jaroWinkler } from './jaroWinkler.js';
import { Shape, type TokenView } from './tokenView.js';
import type { ActorVocabulary } from './vocabulary.js';

/** Similarity from which two person names are one spelled two ways. */
const SAME_NAME = 0.94;
/** Shortest word a misspelling test applies to. */
const MIN_FUZZY_LENGTH = 5;

/** Where a cluster is mentioned, by token indices [first, last). */
export interface ClusterMention {
  first: number;
  last: number;
  role: Mention['role'];
}

export interface Cluster {
  type: ActorType;
  entry?: ActorEntry;
  /**
   * Folded texts of every mention, and alternative forms ("bpbd riau"): the first in `form`, the
   * others (most clusters have none) in `otherForms`.
   */
  form: string | null;
  otherForms: Set<string> | null;
  /** Folded words of the fullest name, heads and acronyms left out (NO_WORDS until a mention has any). */
  words: readonly string[];
  /** The words joined by spaces (once a misspelling test needs them), and their initials: what a candidate's are compared with. */
  spelling: string | null;
  initials: string;
  /** Folded acronyms the cluster's mentions define; null until one does (most define none). */
  acronyms: Set<string> | null;
  /** Where it is mentioned: NO_MENTIONS, shared and never added to, until `mention` puts the first in a list of its own. */
  mentions: ClusterMention[];
  /** The first token of its earliest mention: clusters become actors in this order. */
  first: number;
  titles: string[];
  /** Strongest evidence among its mentions. */
  strength: Strength;
  /** Its place in the order clusters were founded: the later wins a tie. */
  order: number;
}

/**
 * A new cluster's words and mentions before its first (join gives both at once): one empty list
 * each for every cluster, where two fresh ones a cluster would be garbage as soon as it is founded.
 * Never added to: `mention` replaces an empty list, and words are only ever replaced.
 */
const NO_WORDS: readonly string[] = [];
const NO_MENTIONS: ClusterMention[] = [];

/** How many clusters sharing one key a candidate is compared with, the most recent first. */
const MAX_PER_KEY = 64;
/** How many names of its first letter and length a candidate is compared with for a misspelling. */
const MAX_SPELLINGS = 16;
/** The affinity of a cluster one of whose forms or acronyms is the candidate's text: nothing fits better. */
const TOP_SCORE = 5;

/**
 * The clusters filed under one key: those it is a form or acronym of, a word of, the initials of.
 * Each kind's first cluster is held in a field of its own and the later ones in a list (see
 * fileAfter): most keys name one cluster, and a list each would be most of what filing allocates.
 */
interface Filed {
  /** The folded text filed under. */
  key: string;
  form: Cluster | null;
  moreForms: Cluster[] | null;
  word: Cluster | null;
  moreWords: Cluster[] | null;
  initials: Cluster | null;
  moreInitials: Cluster[] | null;
}

export class Coreference {
  readonly clusters: Cluster[] = [];
  private readonly byEntry: EntryClusters;
  /**
   * Clusters by what a candidate can share with them: a folded form or acronym (its text), a word
   * of its name, the initials of its words (one table for these three: a one-word name is all of
   * them under one key), and for misspellings the first letter and word count.
   * A candidate is compared only with the clusters under its own keys, so a document with many
   * actors costs no more per name than one with few.
   */
  private readonly byKey: FiledTable;
  /** Keys outside ASCII, which have no word hash, by their text (made for the first). */
  private byText: Map<string, Filed> | null = null;
  private readonly bySpelling: ClusterLists;
  /** Non-person clusters by the first two letters of their name, for the names they are abbreviated to. */
  private readonly byOpening: ClusterLists;
  /** The best cluster found so far by `find`, and its score. */
  private best: Cluster | null = null;
  private bestScore = 0;
  /** The words of the candidate `find` is placing, joined by spaces once it needs them. */
  private spelling: string | null = null;
  /** The words `wordsOf` gathers, before it copies them to an array of their own size (a cluster may keep it). */
  private readonly gathered: string[] = [];
  /** The word hashes of the last words `wordsOf` gave, which `find` and `join` file them under. */
  private readonly wordHashes: number[] = [];
  /** A filter of the acronym skips' word hashes (skipFilterOf), made when the first initials are. */
  private skipFilter: Int32Array | null = null;

  /** `tables` are the stage's, emptied here of what the document before filed. */
  constructor(
    private readonly view: TokenView,
    private readonly vocabulary: ActorVocabulary,
    private readonly knownAt: (ActorMatch | undefined)[],
    tables: CoreferenceTables,
  ) {
    tables.clear();
    this.byKey = tables.keys;
    this.bySpelling = tables.spellings;
    this.byOpening = tables.openings;
    this.byEntry = tables.entries;
  }

  /**
   * Whether token k is "(" or ")". A name part (most tokens asked about) is never punctuation: its
   * shape answers, and the token object, which a long document's heap keeps far away, is not read.
   */
  private isBracket(k: number): boolean {
    if (this.view.isNamePart(k)) return false;
    const text = this.view.tokens[k]!.text;
    return text === '(' || text === ')';
  }

  /**
   * Token k's folded word's hash (hashOfFolded's): its word hash, unless it has a character outside
   * ASCII ("González"), whose folded word may be ASCII all the same.
   */
  private hashOf(k: number): number {
    const hash = this.view.hashes[k]!;
    return hash !== Hash.NotAscii ? hash : hashOfFolded(this.view.folded[k]!);
  }

  private folded(first: number, last: number): string {
    const { folded } = this.view;
    // Most mentions are one word: its folded text, unless it holds a spaced joiner to close up.
    if (last - first === 1 && !this.isBracket(first) && folded[first]!.indexOf(' ') < 0) return folded[first]!;
    let joined = '';
    let any = false;
    let joiner = false;
    for (let k = first; k < last; k++) {
      if (this.isBracket(k)) continue;
      const word = folded[k]!;
      joined = any ? joined + ' ' + word : word;
      any = true;
      // Asked of the words, flat strings already: asked of the joined text, it would copy it into one.
      if (!joiner && holdsJoiner(word)) joiner = true;
    }
    return joiner ? joined.replace(SPACED_JOINER, '$1') : joined;
  }

  /**
   * The name's own words: without a company's form ("PT", "Tbk") or "(ACR)", a known name inside
   * standing for its entry ("Sumut" and "Sumatera Utara" alike), "Provinsi" before a known region dropped.
   */
  private wordsOf(c: Candidate): string[] {
    const first = c.coreFirst;
    const last = c.coreLast;
    const words = this.gathered;
    const hashes = this.wordHashes;
    let count = 0;
    for (let k = first; k < last; k++) {
      if (!this.view.isNamePart(k)) {
        const t = this.view.tokens[k]!;
        if (t.text === '(' && this.view.tokens[k + 2]?.text === ')') {
          k += 2;
          continue;
        }
        if (t.kind === 'punct') continue;
      }
      const known = this.knownAt[k];
      if (known && known.tokenEnd <= last && known.entry.type !== 'person' && (k > first || c.entry === undefined) && known.tokenEnd - k < last - first) {
        const word = `#${known.entry.id}`;
        hashes[count] = hashOfFolded(word);
        words[count++] = word;
        k = known.tokenEnd - 1;
        continue;
      }
      if (k + 1 < last && this.knownAt[k + 1]?.entry.type === 'location' && this.vocabulary.placeHeads.at(this.view, k)?.end === k + 1) continue;
      hashes[count] = this.hashOf(k);
      words[count++] = this.view.folded[k]!;
    }
    while (count > 1 && this.vocabulary.organizationTails.has(words[count - 1]!)) count--;
    // Most names are one or two words: a literal copies them without a call out to slice.
    if (count === 1) return [words[0]!];
    if (count === 2) return [words[0]!, words[1]!];
    return words.slice(0, count);
  }

  /** The initials of the words (of word hashes `hashes`), the acronym skips left out. */
  private initialsOf(words: string[], hashes: readonly number[]): string {
    if (this.skipFilter === null) this.skipFilter = skipFilterOf(this.vocabulary.acronymSkips);
    const filter = this.skipFilter;
    let out = '';
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const hash = hashes[i]!;
      // The filter clears most words without hashing their strings for the set (a word the set is first asked about).
      if ((filter[(hash >>> 5) & 1]! & filterBit(hash)) !== 0 && this.vocabulary.acronymSkips.has(w)) continue;
      out += w.charAt(0);
    }
    return out;
  }

  private acronymOf(c: Candidate): string | null {
    if (!c.acronym) return null;
    return this.view.tokens[c.acronym[0]]!.text;
  }

  /**
   * What is filed under a key whose word hash is `hash` (hashOfFolded's: a token's own word hash
   * when the key is its folded word). An ASCII key is looked up by that hash (FiledTable), where a
   * Map would hash the string char by char the first time it is asked about (most keys are fresh
   * token strings) and grow from empty in every document.
   */
  private under(key: string, hash: number): Filed | undefined {
    return hash === Hash.NotAscii ? this.byText?.get(key) : this.byKey.get(key, hash);
  }

  /** What is filed under a key (see under), made on the first filing. */
  private filed(key: string, hash: number): Filed {
    if (hash !== Hash.NotAscii) return this.byKey.filed(key, hash);
    const byText = (this.byText ??= new Map());
    let filed = byText.get(key);
    if (!filed) byText.set(key, (filed = newFiled(key)));
    return filed;
  }

  private fileForm(form: string, hash: number, cluster: Cluster): void {
    const underForm = this.filed(form, hash);
    if (underForm.form === null) underForm.form = cluster;
    else underForm.moreForms = fileAfter(underForm.form, underForm.moreForms, cluster);
  }

  /** Adds the candidate to the cluster it names, or to a new one; weak candidates only join. */
  add(c: Candidate, mayFound: boolean): Cluster | null {
    const text = this.folded(c.first, c.last);
    const hash = c.last - c.first === 1 && text === this.view.folded[c.first] ? this.hashOf(c.first) : hashOfFolded(text);
    const words = this.wordsOf(c);
    const found = this.find(c, text, hash, words);
    if (found) {
      this.join(found, c, text, hash, words);
      return found;
    }
    if (!mayFound) return null;
    // Every cluster has every field from the start, the entry too: the code that reads clusters sees one shape.
    const cluster: Cluster = {
      type: c.type,
      entry: c.entry,
      form: null,
      otherForms: null,
      words: NO_WORDS,
      spelling: null,
      initials: '',
      acronyms: null,
      mentions: NO_MENTIONS,
      first: Infinity,
      titles: [],
      strength: c.strength,
      order: this.clusters.length,
    };
    if (c.entry) this.byEntry.set(c.entry.id, cluster);
    this.clusters.push(cluster);
    this.join(cluster, c, text, hash, words);
    return cluster;
  }

  /** A title standing for the holder of a dated role. */
  addHolder(c: Candidate, entry: ActorEntry): void {
    let cluster = this.byEntry.get(entry.id);
    if (!cluster) {
      cluster = { type: entry.type, entry, form: null, otherForms: null, words: NO_WORDS, spelling: null, initials: '', acronyms: null, mentions: NO_MENTIONS, first: Infinity, titles: [], strength: Strength.Known, order: this.clusters.length };
      this.byEntry.set(entry.id, cluster);
      this.clusters.push(cluster);
    }
    mention(cluster, c.first, c.last, 'title');
    if (c.titles) for (const t of c.titles) addTitle(cluster, t);
  }

  /** Adds a form (of word hash `hash`) to the cluster and files the cluster under it. */
  private addForm(cluster: Cluster, form: string, hash: number): void {
    if (hasForm(cluster, form)) return;
    if (cluster.form === null) cluster.form = form;
    else (cluster.otherForms ??= new Set()).add(form);
    this.fileForm(form, hash, cluster);
  }

  private join(cluster: Cluster, c: Candidate, text: string, hash: number, words: string[]): void {
    this.addForm(cluster, text, hash);
    if (words.length > cluster.words.length) {
      cluster.words = words;
      cluster.spelling = null;
      const hashes = this.wordHashes;
      cluster.initials = this.initialsOf(words, hashes);
      for (let i = 0; i < words.length; i++) {
        const underWord = this.filed(words[i]!, hashes[i]!);
        if (underWord.word === null) underWord.word = cluster;
        else underWord.moreWords = fileAfter(underWord.word, underWord.moreWords, cluster);
      }
      const underInitials = this.filed(cluster.initials, hashOfFolded(cluster.initials));
      if (underInitials.initials === null) underInitials.initials = cluster;
      else underInitials.moreInitials = fileAfter(underInitials.initials, underInitials.moreInitials, cluster);
      this.bySpelling.file(spellingKey(words), cluster);
      if (cluster.type !== 'person' && words.length > 1) this.byOpening.file(openingKey(words), cluster);
    }
    if (c.strength > cluster.strength) cluster.strength = c.strength;
    if (!cluster.entry && c.entry && cluster.type === c.entry.type) {
      cluster.entry = c.entry;
      this.byEntry.set(c.entry.id, cluster);
    }
    const acronym = this.acronymOf(c);
    if (acronym) {
      const lower = acronym.toLowerCase();
      const lowerHash = hashOfFolded(lower);
      (cluster.acronyms ??= new Set()).add(lower);
      this.fileForm(lower, lowerHash, cluster);
      const [a] = c.acronym!;
      if (a >= c.last) {
        mention(cluster, a, a + 1, 'alias');
        this.addForm(cluster, lower, lowerHash);
      } else {
        // "Badan Penanggulangan Bencana Daerah (BPBD) Riau" is also "BPBD Riau", "… (KBRI) di Tokyo" "KBRI Tokyo".
        const rest = this.view.folded[a + 2] === 'di' ? a + 3 : a + 2;
        const form = this.folded(a, a + 1) + (rest < c.last ? ' ' + this.folded(rest, c.last) : '');
        this.addForm(cluster, form, hashOfFolded(form));
      }
    }
    if (c.coreFirst > c.first || c.coreLast < c.last) {
      const core = this.folded(c.coreFirst, c.coreLast);
      this.addForm(cluster, core, hashOfFolded(core));
    }
    if (c.titles) for (const t of c.titles) addTitle(cluster, t);
    mention(cluster, c.first, c.last, 'name');
  }

  /** The cluster the candidate names, preferring the most recently mentioned. */
  private find(c: Candidate, text: string, hash: number, words: string[]): Cluster | null {
    if (c.entry) {
      const byEntry = this.byEntry.get(c.entry.id);
      if (byEntry) return byEntry;
    }
    this.best = null;
    this.bestScore = 0;
    this.spelling = null;
    const underText = this.under(text, hash);
    if (underText) {
      this.consider(underText.form, underText.moreForms, c, text, words, MAX_PER_KEY);
      // Only a cluster filed under the candidate's text scores the top score (its form or acronym):
      // when all of them were compared and one scored it, the later of those is the answer, whatever else follows.
      if (this.bestScore === TOP_SCORE && (underText.moreForms?.length ?? 0) < MAX_PER_KEY) return this.best;
      this.consider(underText.initials, underText.moreInitials, c, text, words, MAX_PER_KEY);
    }
    const hashes = this.wordHashes;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const underWord = w === text ? underText : this.under(w, hashes[i]!);
      if (underWord) this.consider(underWord.word, underWord.moreWords, c, text, words, MAX_PER_KEY);
    }
    if (words.length) this.consider(null, this.bySpelling.get(spellingKey(words)), c, text, words, MAX_SPELLINGS);
    if (c.type !== 'person' && words.length && words[0]!.length >= MIN_ABBREVIATION) this.consider(null, this.byOpening.get(openingKey(words)), c, text, words, MAX_PER_KEY);
    return this.best;
  }

  /**
   * Scores the `most` most recent clusters of one key against the candidate: those filed after the
   * first (`more`, the latest last), then the first.
   */
  private consider(first: Cluster | null, more: Cluster[] | null | undefined, c: Candidate, text: string, words: string[], most: number): void {
    let left = most;
    if (more) for (let k = more.length - 1; k >= 0 && left > 0; k--, left--) this.weigh(more[k]!, c, text, words);
    if (first !== null && left > 0) this.weigh(first, c, text, words);
  }

  /** Keeps the cluster as the best so far if it fits the candidate better (or as well, and was founded later). */
  private weigh(cluster: Cluster, c: Candidate, text: string, words: string[]): void {
    if (cluster === this.best) return;
    const score = this.affinity(cluster, c, text, words);
    if (score > this.bestScore || (score === this.bestScore && score > 0 && cluster.order > this.best!.order)) {
      this.best = cluster;
      this.bestScore = score;
    }
  }

  /** How well a candidate fits a cluster: 0 none, higher better. */
  private affinity(cluster: Cluster, c: Candidate, text: string, words: string[]): number {
    if (c.entry && cluster.entry && cluster.entry.id !== c.entry.id) return 0;
    const compatible = c.type === cluster.type || c.strength <= Strength.Cue || (c.type !== 'person' && cluster.type !== 'person');
    if (!compatible) return 0;
    if (hasForm(cluster, text)) return TOP_SCORE;
    const single = c.last - c.first === 1;
    if (single && cluster.acronyms?.has(text)) return TOP_SCORE;
    if (cluster.type === 'person' && (c.type === 'person' || c.strength <= Strength.Cue)) {
      if (words.length < cluster.words.length && isPartOfName(words, cluster.words)) return 4;
      // The full name after its short form ("Raka/Dimas" before "Dimas Prasetyo" was read).
      if (cluster.words.length < words.length && c.type === 'person' && isPartOfName(cluster.words, words)) return 3;
      if (this.spelledAlike(words, cluster)) return 3;
    }
    if (cluster.type !== 'person' && c.type !== 'person' || c.strength <= Strength.Shape) {
      if (cluster.type !== 'person') {
        // A name without its head: "Demak" for "Kabupaten Demak", "Persebaya" for "Persebaya Surabaya".
        if (words.length && words.length < cluster.words.length && words.every((w, i) => w === cluster.words[i])) return 3;
        if (sameWords(words, cluster.words)) return 4;
        // "PP PBSI" and "PBSI": an acronym with its board's prefix.
        const short = words.length < cluster.words.length ? words : cluster.words;
        const long = words.length < cluster.words.length ? cluster.words : words;
        if (short.length === 1 && long.length === 2 && long[1] === short[0] && this.view.shape[c.last - 1] === Shape.Acronym) return 3;
        if (single && this.view.shape[c.first] === Shape.Acronym && text.length >= 2 && cluster.initials === text) return 3;
        // "Dishub Jatim" and "Dinas Perhubungan Provinsi Jawa Timur": a word made of the words' first syllables.
        if (short.length < long.length && abbreviates(short, long, this.vocabulary.abbreviationPrefixes)) return 3;
      }
    }
    return 0;
  }

  private spelledAlike(a: string[], cluster: Cluster): boolean {
    const b = cluster.words;
    if (a.length !== b.length || a.length === 0 || a[0]![0] !== b[0]![0]) return false;
    const x = (this.spelling ??= a.join(' '));
    const y = (cluster.spelling ??= b.join(' '));
    if (x.length < MIN_FUZZY_LENGTH || y.length < MIN_FUZZY_LENGTH || Math.abs(x.length - y.length) > 2) return false;
    return jaroWinkler(x, y) >= SAME_NAME && x[0] === y[0];
  }
}

/** A filter of the words' hashes: no word whose bit (filterBit, in the number of its hash's sixth bit) is clear is one of them. */
function skipFilterOf(words: ReadonlySet<string>): Int32Array {
  const filter = new Int32Array(2);
  for (const w of words) {
    const hash = hashOfFolded(w);
    const half = (hash >>> 5) & 1;
    filter[half] = filter[half]! | filterBit(hash);
  }
  return filter;
}

function newFiled(key: string): Filed {
  return { key, form: null, moreForms: null, word: null, moreWords: null, initials: null, moreInitials: null };
}

/** Room for a document's keys at first: a few hundred keys fill half of it. */
const FIRST_SLOTS = 1024;

/**
 * The Filed entries of ASCII keys by their word hash: an open-addressed table a stage keeps from
 * document to document, emptied of one document's entries (their slots) before the next. A
 * document's Map would start empty and grow through every size to hold its keys.
 */
class FiledTable {
  /** Each slot's entry number + 1, 0 for an empty slot. */
  private slots = new Int32Array(FIRST_SLOTS);
  /** The word hash of each slot's key: most slots a probe passes are told apart here, without reading their entry. */
  private hashes = new Int32Array(FIRST_SLOTS);
  /**
   * The entries filed since the last clear (`count`), in the order they were filed; the places
   * after them, emptied, for the next document's.
   */
  private readonly entries: (Filed | null)[] = [];
  private count = 0;
  /** Where each entry sits, for clear. */
  private places = new Int32Array(FIRST_SLOTS / 2);

  /**
   * Empties the table; the entries are let go (not kept alive until a later document files as
   * many). A table grown for a long document starts small again: a short one's probes then stay
   * within a few cache lines.
   */
  clear(): void {
    if (this.slots.length > FIRST_SLOTS) {
      this.slots = new Int32Array(FIRST_SLOTS);
      this.hashes = new Int32Array(FIRST_SLOTS);
      this.places = new Int32Array(FIRST_SLOTS / 2);
      this.entries.length = 0;
    } else {
      for (let e = 0; e < this.count; e++) {
        this.slots[this.places[e]!] = 0;
        this.entries[e] = null;
      }
    }
    this.count = 0;
  }

  get(key: string, hash: number): Filed | undefined {
    const { slots, hashes } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot]!;
      if (held === 0) return undefined;
      if (hashes[slot] === hash) {
        const filed = this.entries[held - 1]!;
        if (filed.key === key) return filed;
      }
    }
  }

  /** The entry of a key, made on the first filing. */
  filed(key: string, hash: number): Filed {
    const { slots, hashes } = this;
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (let held = slots[slot]!; held !== 0; slot = (slot + 1) & mask, held = slots[slot]!) {
      if (hashes[slot] === hash) {
        const filed = this.entries[held - 1]!;
        if (filed.key === key) return filed;
      }
    }
    const filed = newFiled(key);
    const e = this.count++;
    if (e < this.entries.length) this.entries[e] = filed;
    else this.entries.push(filed);
    slots[slot] = e + 1;
    hashes[slot] = hash;
    this.places[e] = slot;
    // At most half full, so that a probe ends soon.
    if (e + 1 === this.places.length) this.grow();
    return filed;
  }

  /** Twice the slots, the entries placed again. */
  private grow(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const hashes = new Int32Array(slots.length);
    const places = new Int32Array(slots.length / 2);
    const mask = slots.length - 1;
    for (let e = 0; e < this.count; e++) {
      const hash = this.hashes[this.places[e]!]!;
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = e + 1;
      hashes[slot] = hash;
      places[e] = slot;
    }
    this.slots = slots;
    this.hashes = hashes;
    this.places = places;
  }
}

/** A hyphen or dash between the words of a name, spaced or not: "Jong-un", "Jong - un". */
const SPACED_JOINER = / ?([-–]) ?/g;

/** Whether a folded word holds a hyphen or an en dash (SPACED_JOINER's), read char by char. */
function holdsJoiner(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c === 0x2d || c === 0x2013) return true;
  }
  return false;
}

/** Shortest and longest word read as an abbreviation of several words ("Jatim", "Dishub"), and how many. */
const MIN_ABBREVIATION = 4;
const MAX_ABBREVIATION = 12;
const MAX_ABBREVIATED = 4;

/** The first two letters of a name's first word (one if it has one), as a number. */
function openingKey(words: readonly string[]): number {
  const w = words[0]!;
  return w.charCodeAt(0) * 0x10001 + (w.length > 1 ? w.charCodeAt(1) + 1 : 0);
}

/**
 * Whether the shorter name is the longer one with some runs of its words written as one
 * abbreviation of their first syllables, the other words alike: "dishub #jatim" for "dinas
 * perhubungan #jatim", "kemenkeu" for "kementerian keuangan".
 */
function abbreviates(short: readonly string[], long: readonly string[], prefixes: readonly string[]): boolean {
  const from = (i: number, j: number): boolean => {
    if (i === short.length) return j === long.length;
    if (j === long.length) return false;
    const w = short[i]!;
    if (w === long[j] && from(i + 1, j + 1)) return true;
    if (w.length < MIN_ABBREVIATION || w.length > MAX_ABBREVIATION || w.startsWith('#')) return false;
    // The word abbreviates long[j … end): two words at least.
    for (let end = j + 2; end <= long.length && end - j <= MAX_ABBREVIATED; end++) if (syllables(w, 0, long, j, end, prefixes) && from(i + 1, end)) return true;
    return false;
  };
  return from(0, 0);
}

/**
 * Whether word[at…] splits into one non-empty piece per long[j…end), each piece letters of its word
 * in order from its start, or after one of `prefixes` ("Perhubungan" gives "hub", "Pendidikan" "dik").
 */
function syllables(word: string, at: number, long: readonly string[], j: number, end: number, prefixes: readonly string[]): boolean {
  if (j === end) return at === word.length;
  const w = long[j]!;
  if (w.charCodeAt(0) === 0x23 /* # */ || at >= word.length) return false;
  const opening = word.charCodeAt(at);
  // A piece starts at the word's first letter (s = -1), or after a prefix it drops.
  for (let s = -1; s < prefixes.length; s++) {
    let start = 0;
    if (s >= 0) {
      const prefix = prefixes[s]!;
      if (w.length <= prefix.length + 2 || !w.startsWith(prefix)) continue;
      start = prefix.length;
    }
    // The piece takes letters of w in order, the first at `start`, and the rest of the word goes on.
    if (w.charCodeAt(start) !== opening) continue;
    let k = start;
    for (let p = at; p < word.length && k < w.length; p++) {
      const c = word.charCodeAt(p);
      while (k < w.length && w.charCodeAt(k) !== c) k++;
      if (k === w.length) break;
      k++;
      if (syllables(word, p + 1, long, j + 1, end, prefixes)) return true;
    }
  }
  return false;
}

function hasForm(cluster: Cluster, form: string): boolean {
  return cluster.form === form || (cluster.otherForms !== null && cluster.otherForms.has(form));
}

/**
 * Most clusters keep one mention and no title (most actors are named once): the first of either
 * starts a list of its own size, where a push on the empty list would make room for seventeen.
 */
function mention(cluster: Cluster, first: number, last: number, role: Mention['role']): void {
  const m: ClusterMention = { first, last, role };
  if (cluster.mentions.length === 0) cluster.mentions = [m];
  else cluster.mentions.push(m);
  if (first < cluster.first) cluster.first = first;
}

function addTitle(cluster: Cluster, title: string): void {
  if (cluster.titles.length === 0) cluster.titles = [title];
  else if (!cluster.titles.includes(title)) cluster.titles.push(title);
}


/**
 * The clusters filed under a key after its first (`first`), with the cluster filed last (once in a
 * row): null while there is none but the first, a list made for the second.
 */
function fileAfter(first: Cluster, more: Cluster[] | null, cluster: Cluster): Cluster[] | null {
  if (more === null) return first === cluster ? null : [cluster];
  if (more[more.length - 1] !== cluster) more.push(cluster);
  return more;
}

/** Names that may be one spelled two ways share their first letter and their number of words. */
function spellingKey(words: readonly string[]): number {
  return (words[0]?.charCodeAt(0) ?? 0) * 256 + Math.min(words.length, 255);
}

function isPartOfName(part: readonly string[], name: readonly string[]): boolean {
  if (part.length === 0) return false;
  if (part.length === 1) return part[0]!.length >= 2 && name.includes(part[0]!);
  const n = part.length;
  const prefix = part.every((w, i) => w === name[i]);
  const suffix = part.every((w, i) => w === name[name.length - n + i]);
  return prefix || suffix;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((w, i) => w === b[i]);
}

/** A bit of a 64-bit filter (two numbers) for a word hash. */
function filterBit(hash: number): number {
  return 1 << (hash & 31);
}


/** Room for a document's spelling or opening keys at first: a few dozen fill half of it. */
const FIRST_LIST_SLOTS = 128;

/**
 * Clusters by a number (spellingKey, openingKey): an open-addressed table a stage keeps from
 * document to document and empties of one document's lists before the next, like FiledTable.
 */
class ClusterLists {
  /** Each slot's key (a Float64Array: an opening key may pass 2^32) and its list's number + 1, 0 for an empty slot. */
  private keys = new Float64Array(FIRST_LIST_SLOTS);
  private slots = new Int32Array(FIRST_LIST_SLOTS);
  private readonly lists: (Cluster[] | null)[] = [];
  private count = 0;
  /** Where each list sits, for clear. */
  private places = new Int32Array(FIRST_LIST_SLOTS / 2);

  /** Empties the table, as FiledTable.clear does. */
  clear(): void {
    if (this.slots.length > FIRST_LIST_SLOTS) {
      this.keys = new Float64Array(FIRST_LIST_SLOTS);
      this.slots = new Int32Array(FIRST_LIST_SLOTS);
      this.places = new Int32Array(FIRST_LIST_SLOTS / 2);
      this.lists.length = 0;
    } else {
      for (let e = 0; e < this.count; e++) {
        this.slots[this.places[e]!] = 0;
        this.lists[e] = null;
      }
    }
    this.count = 0;
  }

  get(key: number): Cluster[] | undefined {
    const { keys, slots } = this;
    const mask = slots.length - 1;
    for (let slot = homeOfKey(key, mask); ; slot = (slot + 1) & mask) {
      const held = slots[slot]!;
      if (held === 0) return undefined;
      if (keys[slot] === key) return this.lists[held - 1]!;
    }
  }

  /** Files the cluster under the key (once in a row: a cluster's keys come together). */
  file(key: number, cluster: Cluster): void {
    const { keys, slots } = this;
    const mask = slots.length - 1;
    let slot = homeOfKey(key, mask);
    for (let held = slots[slot]!; held !== 0; slot = (slot + 1) & mask, held = slots[slot]!) {
      if (keys[slot] !== key) continue;
      const list = this.lists[held - 1]!;
      if (list[list.length - 1] !== cluster) list.push(cluster);
      return;
    }
    const e = this.count++;
    if (e < this.lists.length) this.lists[e] = [cluster];
    else this.lists.push([cluster]);
    slots[slot] = e + 1;
    keys[slot] = key;
    this.places[e] = slot;
    // At most half full, so that a probe ends soon.
    if (e + 1 === this.places.length) this.grow();
  }

  /** Twice the slots, the lists placed again. */
  private grow(): void {
    const keys = new Float64Array(2 * this.slots.length);
    const slots = new Int32Array(keys.length);
    const places = new Int32Array(keys.length / 2);
    const mask = slots.length - 1;
    for (let e = 0; e < this.count; e++) {
      const key = this.keys[this.places[e]!]!;
      let slot = homeOfKey(key, mask);
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = e + 1;
      keys[slot] = key;
      places[e] = slot;
    }
    this.keys = keys;
    this.slots = slots;
    this.places = places;
  }
}

/** Where a key's probe starts: its bits mixed (spelling keys differ mostly in their low bits). */
function homeOfKey(key: number, mask: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return (h ^ (h >>> 15)) & mask;
}

/** How many entries EntryClusters looks through one by one before it keeps them in a Map. */
const FEW_ENTRIES = 16;

/**
 * Clusters by their dictionary entry's id. An article names a few entries: they are looked
 * through in two lists the stage keeps, where a Map made for every document would grow from empty
 * (a runtime call at each growth); past FEW_ENTRIES (a long document) they go to a Map.
 */
class EntryClusters {
  private readonly ids: string[] = [];
  private readonly clusters: (Cluster | null)[] = [];
  private count = 0;
  private map: Map<string, Cluster> | null = null;

  /** Empties the lists, letting go of the document's clusters. */
  clear(): void {
    for (let k = 0; k < this.count; k++) this.clusters[k] = null;
    this.count = 0;
    this.map = null;
  }

  get(id: string): Cluster | undefined {
    if (this.map !== null) return this.map.get(id);
    for (let k = 0; k < this.count; k++) if (this.ids[k] === id) return this.clusters[k]!;
    return undefined;
  }

  set(id: string, cluster: Cluster): void {
    if (this.map !== null) {
      this.map.set(id, cluster);
      return;
    }
    for (let k = 0; k < this.count; k++) {
      if (this.ids[k] === id) {
        this.clusters[k] = cluster;
        return;
      }
    }
    if (this.count === FEW_ENTRIES) {
      const map = new Map<string, Cluster>();
      for (let k = 0; k < this.count; k++) map.set(this.ids[k]!, this.clusters[k]!);
      map.set(id, cluster);
      this.map = map;
      return;
    }
    const k = this.count++;
    if (k < this.ids.length) {
      this.ids[k] = id;
      this.clusters[k] = cluster;
    } else {
      this.ids.push(id);
      this.clusters.push(cluster);
    }
  }
}

/** The tables a Coreference files under, which its stage keeps from document to document. */
export class CoreferenceTables {
  readonly keys = new FiledTable();
  readonly spellings = new ClusterLists();
  readonly openings = new ClusterLists();
  readonly entries = new EntryClusters();

  clear(): void {
    this.keys.clear();
    this.spellings.clear();
    this.openings.clear();
    this.entries.clear();
  }
}
