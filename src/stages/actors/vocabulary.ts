// The word lists the actors stage reads, taken from a lexicon once and shared by every document
// that lexicon runs on (the stage keeps one per lexicon, so per-call dictionaries work). Lookups
// read the folded tokens of the document's view, so that no token is folded twice.
import type { ActorStart, Lexicon, ListStart, WordList, WordMatch } from '../../lexicon/lexicon.js';
import type { WordEntry } from '../../types.js';
import { foldForMatch, hashOfFolded, innerParts, NOT_ASCII_HASH } from '../../lexicon/normalize.js';
import { tokenize } from '../tokenize.js';
import type { TokenView } from './tokenView.js';
import { keepUnits, unitsHold, WordMap } from '../../lexicon/wordMap.js';

/**
 * What a folded word is to the word lists, one bit a list: computed once per token (TokenView.is),
 * so that asking whether a token opens a title or is a function word is a bit test.
 */
export const enum Word {
  /** The first word of some form of the list (Opens…). */
  OpensTitle = 1 << 0,
  OpensOrganizationHead = 1 << 1,
  OpensOrganizationTail = 1 << 2,
  OpensPlaceHead = 1 << 3,
  OpensNonActorHead = 1 << 4,
  OpensGroupHead = 1 << 5,
  OpensGroupOpener = 1 << 6,
  OpensPersonCue = 1 << 7,
  OpensPlaceMarker = 1 << 8,
  /** The first word of a known actor's name or alias, as the lexicon splits it. */
  OpensKnown = 1 << 9,
  /** The word is a whole form of the list. */
  NotName = 1 << 10,
  NameWord = 1 << 11,
  NonActorTail = 1 << 12,
  GroupCloser = 1 << 13,
  FunctionWord = 1 << 14,
  Pronoun = 1 << 15,
  Particle = 1 << 16,
  PersonCue = 1 << 17,
  GroupHead = 1 << 18,
  SourceCue = 1 << 19,
  /** A speech verb with "-nya" for its speaker ("ujarnya", "katanya"). */
  SpeechNya = 1 << 20,
  /** "sang", "tersebut": around a title that stands for its holder ("sang menteri"). */
  TitleAnaphor = 1 << 21,
  /** Set once a token's bits are read (TokenView keeps most lower-case words unread). */
  Read = 1 << 30,
  /**
   * The bits that the stage asks of every word in turn (a title, a group, a pronoun may start
   * anywhere): a lower-case word is looked up only if the scan filter says it may have one of them.
   * Members of the enum, like the sets below, so that esbuild writes them into the code as numbers
   * (a module constant is a variable of the bundle, which V8 reads again at every use).
   */
  Scanned = OpensTitle | OpensGroupOpener | OpensGroupHead | Pronoun | SpeechNya | TitleAnaphor,
  /** The bits that a hyphenated word's first part lends it ("Jong-un" opens what "Jong" opens). */
  Opens = (1 << 10) - 1,
}

/**
 * A word filter of 2^bits bits: a word's bit is its word hash (hashOfFolded, which a token's
 * wordHashes entry equals) modulo that. A clear bit says the word is not among the filter's; a
 * set one, that it may be, which only the lookup can tell.
 */
function filterOf(words: Iterable<string>, bits: number): Uint8Array {
  const filter = new Uint8Array(1 << (bits - 3));
  for (const word of words) fileHash(filter, hashOfFolded(word));
  return filter;
}

/** Sets the filter's bit for a word of this word hash. */
function fileHash(filter: Uint8Array, hash: number): void {
  const key = hash & ((filter.length << 3) - 1);
  filter[key >>> 3] = filter[key >>> 3]! | (1 << (key & 7));
}

/** Whether a word of this word hash may be among the filter's (always for a word outside ASCII, NOT_ASCII_HASH). */
export function mayHold(filter: Uint8Array, hash: number): boolean {
  if (hash === NOT_ASCII_HASH) return true;
  const key = hash & ((filter.length << 3) - 1);
  return ((filter[key >>> 3]! >>> (key & 7)) & 1) === 1;
}

/** The bits of the filter of every word the lists know: some thousands of words, one bit in 14 set. */
const WORD_FILTER_BITS = 16;
/**
 * The bits of the filter of the words with a Word.Scanned bit, asked of most lower-case tokens: some
 * hundreds of words, one bit in 25 set, in 2 KB that stay in the cache from one document to the
 * next (at 8 KB, each document missed it again at most tokens).
 */
const SCAN_FILTER_BITS = 14;
/** The bits of the filter of the symbols, asked of every mark and number: a handful of words, in 32 bytes. */
const SYMBOL_FILTER_BITS = 8;

/**
 * A WordBits slot's layout, a constant enum, written into the code as numbers (see Word): `Words`
 * 32-bit words a slot, its tag, its bits, then its word's length and code units, 16 bits each.
 */
const enum Slot {
  Words = 8,
  Bits = 1,
  Text = 2,
  /** The code units a slot holds after the length code (keepUnits); a longer word is compared as a string. */
  HeldUnits = (Words - Text) * 2 - 1,
}

/**
 * The Word bits of each folded word, looked up by its word hash (wordHashes, hashOfFolded) where a
 * token has one: a filter bit first, which most words no list has stop at, then a table whose
 * slots hold each word's bits and letters, so that finding a word reads one cache line and hashes
 * nothing (bits kept apart, in an array by word, cost a second line a lookup). A word outside
 * ASCII, which has no word hash, is looked up in a WordMap of those words.
 */
export class WordBits {
  private readonly filter = new Uint8Array(1 << (WORD_FILTER_BITS - 3));
  private readonly slots: Int32Array;
  private readonly units: Uint16Array;
  /** The words longer than Slot.HeldUnits, by slot (a Map: a few hundred of some thousands). */
  private readonly longWords = new Map<number, string>();
  private readonly mask: number;
  /** The words outside ASCII, with their bits. */
  private readonly notAscii = new WordMap<number>();

  constructor(flags: ReadonlyMap<string, number>) {
    let size = 8;
    while (size < flags.size * 2) size *= 2;
    const mask = size - 1;
    const slots = new Int32Array(size * Slot.Words);
    this.mask = mask;
    this.slots = slots;
    this.units = new Uint16Array(slots.buffer);
    // forEach, not for-of: no [word, bits] pair made for each word, in code that runs once, cold.
    flags.forEach((bits, word) => {
      const hash = hashOfFolded(word);
      fileHash(this.filter, hash);
      if (hash === NOT_ASCII_HASH) {
        this.notAscii.set(word, bits);
        return;
      }
      let slot = hash & mask;
      while (slots[slot * Slot.Words] !== 0) slot = (slot + 1) & mask;
      slots[slot * Slot.Words] = hash | 1;
      slots[slot * Slot.Words + Slot.Bits] = bits;
      if (!keepUnits(this.units, (slot * Slot.Words + Slot.Text) * 2, Slot.HeldUnits, word)) this.longWords.set(slot, word);
    });
  }

  /** How many slots there are: a slot is a number below it. */
  get size(): number {
    return this.mask + 1;
  }

  /** The slot of a folded word of this word hash; -1 for a word no list has and for a word outside ASCII (see bitsOf). */
  slotOf(folded: string, hash: number): number {
    if (hash === NOT_ASCII_HASH || !mayHold(this.filter, hash)) return -1;
    const slots = this.slots;
    const tag = hash | 1;
    for (let slot = hash & this.mask; slots[slot * Slot.Words] !== 0; slot = (slot + 1) & this.mask) {
      if (slots[slot * Slot.Words] === tag && (unitsHold(this.units, (slot * Slot.Words + Slot.Text) * 2, Slot.HeldUnits, folded) ?? this.longWords.get(slot) === folded)) return slot;
    }
    return -1;
  }

  /** The bits of a folded word of this word hash, found at `slot` (slotOf); 0 for a word no list has. */
  bitsOf(slot: number, folded: string, hash: number): number {
    if (slot >= 0) return this.slots[slot * Slot.Words + Slot.Bits]!;
    return hash === NOT_ASCII_HASH ? (this.notAscii.get(folded) ?? 0) : 0;
  }

  /** The bits of a folded word of this word hash; 0 for a word no list has. */
  of(folded: string, hash: number): number {
    return this.bitsOf(this.slotOf(folded, hash), folded, hash);
  }

  /** The bits of a folded word that is no token's (a part of one, see TokenView), hashed here; 0 for a word no list has. */
  ofWord(folded: string): number {
    return this.of(folded, hashOfFolded(folded));
  }
}

/** How a speech stem is written with the "-nya" that names its speaker (and a particle after it). */
const SPEECH_NYA = ['nya', '-nya', 'nyalah', 'nyapun', 'nyakah'];

/** A form that is one word as the tokenizer reads it: letters (and marks and digits) only. */
const PLAIN_WORD = /^[\p{L}\p{M}\p{N}]+$/u;

/**
 * A word list looked up by folded word and matched at a token of a view. A match first tests the
 * token's bit for the list (whether some form starts with its word): most tokens stop there.
 */
export class WordLookup {
  private readonly byForm = new Map<string, WordEntry[]>();
  /**
   * The entries of each plain one-word form, by folded word, when no longer form starts with that
   * word and none is case-sensitive: a match there is that word alone. null: the list's own
   * matcher must walk the tokens (a longer form, a hyphen, an abbreviation, a case to check).
   */
  private readonly oneWord: WordMap<WordEntry[] | null>;
  /**
   * oneWord by the slot of its word in the vocabulary's WordBits (null: none), so that a token's slot
   * finds it without a lookup: filled as tokens ask, as startsBySlot.
   */
  private bySlot: (WordEntry[] | null | undefined)[] = [];
  /**
   * The list's startOf the words of tokens matched, by slot as bySlot (null: none), so that a walk
   * from a token of that word starts there: filled as tokens ask, for the list's phrase index is
   * built only when a document first needs it.
   */
  private startsBySlot: (ListStart | null | undefined)[] = [];

  /**
   * `firstWord(form)`: the folded first token of a form, as the tokenizer splits it; `markStart`:
   * called with the first word of each form and its part before a hyphen (the words that have the
   * list's bit), in the order of the entries.
   */
  constructor(
    private readonly list: WordList,
    private readonly bit: Word,
    firstWord: (form: string) => string,
    markStart: (word: string) => void,
  ) {
    const oneWord = new Map<string, WordEntry[] | null>();
    for (const e of list.entries) {
      const folded = foldForMatch(e.form);
      // A case-sensitive form is only ever asked for by its folded text, as the list would be.
      const key = e.caseSensitive ? e.form : folded;
      const written = this.byForm.get(key);
      if (written) written.push(e);
      else this.byForm.set(key, [e]);
      const form = e.form.trim();
      const plain = PLAIN_WORD.test(form);
      // A plain form is its own first word, as firstWord would find after the same test (folded once if nothing was trimmed).
      const first = plain ? (form === e.form ? folded : foldForMatch(form)) : firstWord(form);
      const part = innerParts(first)[0]!;
      markStart(first);
      markStart(part);
      if (!e.caseSensitive && plain) {
        const held = oneWord.get(first);
        if (held) held.push(e);
        else if (held === undefined) oneWord.set(first, [e]);
      } else {
        oneWord.set(first, null);
        oneWord.set(part, null);
      }
    }
    this.oneWord = new WordMap(oneWord);
  }

  /** Makes room for bySlot and startsBySlot, one place a slot of `wordBits` (filled as tokens ask). */
  indexSlots(wordBits: WordBits): void {
    this.bySlot = new Array<WordEntry[] | null | undefined>(wordBits.size).fill(undefined);
    this.startsBySlot = new Array<ListStart | null | undefined>(wordBits.size).fill(undefined);
  }

  /** The oneWord entries of the word at `slot`, `folded` (see bySlot); null for none, or for a word the list's matcher walks. */
  private oneWordAt(slot: number, folded: string): WordEntry[] | null {
    let entries = this.bySlot[slot];
    if (entries === undefined) this.bySlot[slot] = entries = this.oneWord.get(folded) ?? null;
    return entries;
  }

  /** The list's startOf the word at `slot`, `folded` (see startsBySlot); undefined for none. */
  private startAt(slot: number, folded: string): ListStart | undefined {
    let start = this.startsBySlot[slot];
    // startOf reads whole words: a word with a hyphen is walked part by part.
    if (start === undefined) this.startsBySlot[slot] = start = folded.includes('-') ? null : (this.list.startOf(folded) ?? null);
    return start ?? undefined;
  }

  get entries(): readonly WordEntry[] {
    return this.list.entries;
  }

  /** Whether the folded form is in the list. */
  has(folded: string): boolean {
    return this.byForm.has(folded);
  }

  /** The entries written as the folded form. */
  get(folded: string): readonly WordEntry[] | undefined {
    return this.byForm.get(folded);
  }

  /** The longest entry that starts at token i of the view. */
  at(view: TokenView, i: number): WordMatch | null {
    if (!view.is(i, this.bit)) return null;
    // A word with a slot is filed by it; one without is no word of the lists (its bit came from a
    // part before a hyphen) or is outside ASCII, and is looked up.
    const slot = view.slotOf(i);
    const entries = slot >= 0 ? this.oneWordAt(slot, view.folded[i]!) : this.oneWord.get(view.folded[i]!);
    if (entries && view.tokens[i]!.kind === 'word') return { entries, end: i + 1 };
    return this.list.matchAt(view.tokens, i, view.folded, slot >= 0 ? this.startAt(slot, view.folded[i]!) : undefined);
  }
}

export interface ActorVocabulary {
  readonly lexicon: Lexicon;
  /** Offices, ranks, honorifics, degrees, postnominals, roles, modifiers (dictionaries/titles.json). */
  readonly titles: WordLookup;
  readonly organizationHeads: WordLookup;
  readonly organizationTails: WordLookup;
  readonly placeHeads: WordLookup;
  readonly nonActorHeads: WordLookup;
  readonly groupHeads: WordLookup;
  readonly groupOpeners: WordLookup;
  readonly personCues: WordLookup;
  readonly placeMarkers: WordLookup;
  /** Folded capitalized words that are never names on their own ("senin", "namun"). */
  readonly notNames: ReadonlySet<string>;
  /** Folded particles inside names, with the type they allow ("bin" → person, "dan" → organization). */
  readonly particles: ReadonlyMap<string, string>;
  /** Folded words that tie a title to its affiliation (`affiliation-links`: "dari", "asal"). */
  readonly affiliationLinks: ReadonlySet<string>;
  /** Folded English words inside an organization's name (`english-name-joiners`: "of", "for"). */
  readonly englishNameJoiners: ReadonlySet<string>;
  /** Folded words an acronym leaves out of a name's initials (`acronym-skips`: "dan", "of"). */
  readonly acronymSkips: ReadonlySet<string>;
  /** Folded prefixes a syllable abbreviation drops from a word (`abbreviation-prefixes`: "per" in "Dishub"). */
  readonly abbreviationPrefixes: readonly string[];
  /** Folded words around a group phrase by their kind in `group-context` (auxiliary, governor, clause-link, namer). */
  readonly groupContext: ReadonlyMap<string, string>;
  /** Folded words before a cited medium ("dilansir"). */
  readonly sourceCues: ReadonlySet<string>;
  /** Folded pronouns by kind (singular, plural, dual). */
  readonly pronouns: ReadonlyMap<string, string>;
  /** Folded words that make a title stand for its holder, kind 'before' ("sang menteri") or 'after' ("menteri tersebut"). */
  readonly titleAnaphors: ReadonlyMap<string, string>;
  /** Folded stems that take -nya for the speaker ("ujar" in "ujarnya"). */
  readonly speechStems: ReadonlySet<string>;
  /** The Word bits of each folded word the lists know, for the token-by-token lookups. */
  readonly wordBits: WordBits;
  /** The words of wordBits without a letter ("&"). */
  readonly symbols: ReadonlySet<string>;
  /** The symbols, filtered by word hash: most marks and numbers are told from them without a lookup. */
  readonly symbolFilter: Uint8Array;
  /** The words of wordBits with a Word.Scanned bit, filtered by word hash. */
  readonly scanFilter: Uint8Array;
  /** The lexicon's actorStart of each word that opens a known actor, by its slot in wordBits (a token's slot finds it without a lookup). */
  readonly actorStarts: readonly (ActorStart | undefined)[];

}

const LETTER = /\p{L}/u;

function foldedSet(list: WordList): Set<string> {
  return new Set(list.entries.map((e) => foldForMatch(e.form)));
}

function foldedMap(list: WordList, fallback: string): Map<string, string> {
  return new Map(list.entries.map((e) => [foldForMatch(e.form), e.kind ?? fallback]));
}

/** The folded first token of a form, split by the tokenizer the text goes through ("plt" for "Plt. Kepala"). */
function firstWordOf(abbreviations: WordList): (form: string) => string {
  const options = { has: (form: string) => abbreviations.has(form) };
  return (form) => {
    const trimmed = form.trim();
    const space = trimmed.search(/\s/);
    const word = space < 0 ? trimmed : trimmed.slice(0, space);
    if (PLAIN_WORD.test(word)) return foldForMatch(word);
    const first = tokenize(trimmed, options)[0];
    return first ? foldForMatch(first.text) : '';
  };
}

/** The lexicon's actorStart of each word that opens a known actor, by its slot in `wordBits`. */
function actorStartsOf(lexicon: Lexicon, wordBits: WordBits): (ActorStart | undefined)[] {
  const starts = new Array<ActorStart | undefined>(wordBits.size).fill(undefined);
  lexicon.forEachActorStart((word, start) => {
    const slot = wordBits.slotOf(word, hashOfFolded(word));
    if (slot >= 0) starts[slot] = start;
  });
  return starts;
}

export function compileVocabulary(lexicon: Lexicon): ActorVocabulary {
  const flags = new Map<string, number>();
  const mark = (word: string, bit: Word) => flags.set(word, (flags.get(word) ?? 0) | bit);
  const firstWord = firstWordOf(lexicon.words('abbreviations'));
  const lookups: WordLookup[] = [];
  const lookup = (name: string, bit: Word) => {
    const list = new WordLookup(lexicon.words(name), bit, firstWord, (word) => mark(word, bit));
    lookups.push(list);
    return list;
  };
  const marked = <T extends ReadonlySet<string> | ReadonlyMap<string, unknown>>(words: T, bit: Word): T => {
    for (const word of words.keys()) mark(word, bit);
    return words;
  };
  const personCues = lookup('person-cues', Word.OpensPersonCue);
  const groupHeads = lookup('group-heads', Word.OpensGroupHead);
  for (const e of personCues.entries) mark(foldForMatch(e.form), Word.PersonCue);
  for (const e of groupHeads.entries) mark(foldForMatch(e.form), Word.GroupHead);
  // The first words as the lexicon's own index split them, which the index already holds.
  lexicon.forEachActorStart((word) => mark(word, Word.OpensKnown));
  const speechStems = foldedSet(lexicon.words('speech-stems'));
  for (const stem of speechStems) for (const ending of SPEECH_NYA) mark(stem + ending, Word.SpeechNya);
  const titleAnaphors = marked(foldedMap(lexicon.words('title-anaphors'), 'before'), Word.TitleAnaphor);
  // The lists and their marks in the order the words come into `flags` (their slots in wordBits).
  // Name words, group closers, non-actor tails and function words are read only as their bits.
  const titles = lookup('titles', Word.OpensTitle);
  const organizationHeads = lookup('organization-heads', Word.OpensOrganizationHead);
  const organizationTails = lookup('organization-tails', Word.OpensOrganizationTail);
  const placeHeads = lookup('place-heads', Word.OpensPlaceHead);
  const nonActorHeads = lookup('non-actor-heads', Word.OpensNonActorHead);
  const groupOpeners = lookup('group-openers', Word.OpensGroupOpener);
  const placeMarkers = lookup('place-markers', Word.OpensPlaceMarker);
  marked(foldedSet(lexicon.words('name-words')), Word.NameWord);
  const notNames = marked(foldedSet(lexicon.words('not-names')), Word.NotName);
  const particles = marked(foldedMap(lexicon.words('name-particles'), 'person'), Word.Particle);
  marked(foldedSet(lexicon.words('group-closers')), Word.GroupCloser);
  marked(foldedSet(lexicon.words('non-actor-tails')), Word.NonActorTail);
  marked(foldedSet(lexicon.words('function-words')), Word.FunctionWord);
  const sourceCues = marked(foldedSet(lexicon.words('source-cues')), Word.SourceCue);
  const pronouns = marked(foldedMap(lexicon.words('pronouns'), 'singular'), Word.Pronoun);
  // One pass over the words, without copying them into arrays: the symbols, and the filter of the words the scanner asks every token about.
  const symbols = new Set<string>();
  const scanFilter = new Uint8Array(1 << (SCAN_FILTER_BITS - 3));
  flags.forEach((bits, word) => {
    if ((bits & Word.Scanned) !== 0) fileHash(scanFilter, hashOfFolded(word));
    const first = word.charCodeAt(0);
    if (!(first >= 0x61 && first <= 0x7a) && !LETTER.test(word)) symbols.add(word);
  });
  const vocabulary: Omit<ActorVocabulary, 'actorStarts'> = {
    lexicon,
    titles,
    organizationHeads,
    organizationTails,
    placeHeads,
    nonActorHeads,
    groupHeads,
    groupOpeners,
    personCues,
    placeMarkers,
    notNames,
    particles,
    groupContext: foldedMap(lexicon.words('group-context'), ''),
    affiliationLinks: foldedSet(lexicon.words('affiliation-links')),
    englishNameJoiners: foldedSet(lexicon.words('english-name-joiners')),
    acronymSkips: foldedSet(lexicon.words('acronym-skips')),
    abbreviationPrefixes: [...foldedSet(lexicon.words('abbreviation-prefixes'))],
    sourceCues,
    pronouns,
    speechStems,
    titleAnaphors,
    wordBits: new WordBits(flags),
    symbols,
    symbolFilter: filterOf(symbols, SYMBOL_FILTER_BITS),
    scanFilter,
  };
  for (const list of lookups) list.indexSlots(vocabulary.wordBits);
  return { ...vocabulary, actorStarts: actorStartsOf(lexicon, vocabulary.wordBits) };
}
