// The calendar words of the lexicon, compiled once per lexicon into one index by first word, so a
// token costs one map lookup whatever the number of lists and forms (chrono's locale constants,
// but as data: dictionaries/calendar.json and any dictionary that adds to its lists).
import type { Lexicon } from '../../lexicon/lexicon.js';
import { foldForMatch, hashOfFolded, NOT_ASCII_HASH } from '../../lexicon/normalize.js';
import type { WordEntry } from '../../types.js';

/** The word lists the dates stage reads (see dictionaries/calendar.json for what each holds). */
export const CALENDAR_LISTS = [
  'months',
  'weekdays',
  'day-parts',
  'time-zones',
  'relative-days',
  'context-days',
  'relative-words',
  'number-words',
  'time-units',
  'single-units',
  'period-parts',
  'date-heads',
  'date-cues',
  'range-connectors',
  'clock-cues',
  'set-cues',
  'duration-cues',
  'age-cues',
  'number-cues',
  'future-cues',
  'since-cues',
  'year-eras',
] as const;

export type CalendarList = (typeof CALENDAR_LISTS)[number];

/** The lists whose words can open an expression; the others only stand around one ("pada", "akan"). */
const OPENING_LISTS: ReadonlySet<CalendarList> = new Set<CalendarList>([
  'months',
  'weekdays',
  'day-parts',
  'relative-days',
  'context-days',
  'relative-words',
  'number-words',
  'time-units',
  'single-units',
  'date-heads',
  'clock-cues',
  'set-cues',
]);

export interface CalendarPhrase {
  list: CalendarList;
  /** The list's bit. */
  bit: ListBit;
  entry: WordEntry;
  /** Folded token texts. */
  parts: readonly string[];
  /** The forms as written, compared when the entry is case-sensitive. */
  exact: readonly string[];
  // Copies of parts.length and entry.caseSensitive: a match reads the phrase's own fields, not
  // two more objects (cache lines the later stages push out between documents).
  /** How many tokens the phrase takes. */
  length: number;
  caseSensitive: boolean;
}

/** The calendar phrases that open with one folded word. */
export interface CalendarWord {
  /** Longest first. */
  phrases: readonly CalendarPhrase[];
  /** The lists of those phrases, one ListBit each. */
  lists: number;
  /** Whether an expression can open with the word: with one of its openingPhrases. */
  opens: boolean;
  /** Those of its phrases an expression can open with, longest first. */
  openingPhrases: readonly CalendarPhrase[];
}

/**
 * Each list's bit in CalendarWord.lists (the lists are fewer than 32), as a const enum: a parser
 * names the list it asks Scan.word about by its bit, written into the code as a number, not by a
 * name whose bit would be looked up at every word asked about.
 */
export const enum ListBit {
  Months = 1 << 0,
  Weekdays = 1 << 1,
  DayParts = 1 << 2,
  TimeZones = 1 << 3,
  RelativeDays = 1 << 4,
  ContextDays = 1 << 5,
  RelativeWords = 1 << 6,
  NumberWords = 1 << 7,
  TimeUnits = 1 << 8,
  SingleUnits = 1 << 9,
  PeriodParts = 1 << 10,
  DateHeads = 1 << 11,
  DateCues = 1 << 12,
  RangeConnectors = 1 << 13,
  ClockCues = 1 << 14,
  SetCues = 1 << 15,
  DurationCues = 1 << 16,
  AgeCues = 1 << 17,
  NumberCues = 1 << 18,
  FutureCues = 1 << 19,
  SinceCues = 1 << 20,
  YearEras = 1 << 21,
}

/** ListBit by list name, read while compiling (the phrases' bits, the parsers' openingWith). */
const LIST_BITS: Readonly<Record<CalendarList, ListBit>> = {
  months: ListBit.Months,
  weekdays: ListBit.Weekdays,
  'day-parts': ListBit.DayParts,
  'time-zones': ListBit.TimeZones,
  'relative-days': ListBit.RelativeDays,
  'context-days': ListBit.ContextDays,
  'relative-words': ListBit.RelativeWords,
  'number-words': ListBit.NumberWords,
  'time-units': ListBit.TimeUnits,
  'single-units': ListBit.SingleUnits,
  'period-parts': ListBit.PeriodParts,
  'date-heads': ListBit.DateHeads,
  'date-cues': ListBit.DateCues,
  'range-connectors': ListBit.RangeConnectors,
  'clock-cues': ListBit.ClockCues,
  'set-cues': ListBit.SetCues,
  'duration-cues': ListBit.DurationCues,
  'age-cues': ListBit.AgeCues,
  'number-cues': ListBit.NumberCues,
  'future-cues': ListBit.FutureCues,
  'since-cues': ListBit.SinceCues,
  'year-eras': ListBit.YearEras,
};

export function listBit(list: CalendarList): ListBit {
  return LIST_BITS[list];
}

/**
 * What a folded word may be, as bits of Calendar.roles. A const enum: its members are written into
 * the code as numbers, where module constants are read from the module scope at each use.
 */
export const enum Role {
  MayStart = 1,
  MayOpen = 2,
  MayEnd = 4,
  /** The first word of a month or a unit, which a number before it may be the day or the count of. */
  MayFollowNumber = 8,
  /** The first word of a number word, which may go on a count ("dua puluh"). */
  MayCount = 16,
  /** The bits of a word whose roles are not known from its hash: every one. */
  Any = MayStart | MayOpen | MayEnd | MayFollowNumber | MayCount,
}

/** The lists whose words a number counts or dates ("tiga hari", "9 November"). */
const AFTER_NUMBER_LISTS: ReadonlySet<CalendarList> = new Set<CalendarList>(['months', 'time-units']);

/** A place of WordsByHash that holds no word: the hash of no ASCII word (NOT_ASCII_HASH). */
export const EMPTY_PLACE = NOT_ASCII_HASH;

/**
 * The folded ASCII words of an index by word hash (hashOfFolded, wordHashes), with what each
 * indexes: open addressing, a word in the first free place from its hash's on. A probe reads the
 * full hashes in one typed array, which a token's hash rules out or points to the one word to
 * compare letter by letter; not a slot's array, its objects and their fields, each a cache line
 * of its own that the other stages push out between documents.
 */
export class WordsByHash<T> {
  /** The word hash at each place, EMPTY_PLACE where there is none. */
  readonly hashes: Int32Array;
  readonly words: string[];
  readonly values: T[];
  /** Places - 1 (a power of two, at least twice the words: a probe always reaches a free place). */
  readonly mask: number;

  constructor(index: ReadonlyMap<string, T>) {
    let places = Slots.MinPlaces;
    while (places < index.size * 2) places *= 2;
    this.mask = places - 1;
    this.hashes = new Int32Array(places).fill(EMPTY_PLACE);
    this.words = new Array<string>(places).fill('');
    this.values = new Array<T>(places);
    for (const [word, value] of index) {
      const hash = hashOfFolded(word);
      if (hash === NOT_ASCII_HASH) continue;
      let place = hash & this.mask;
      while (this.hashes[place] !== EMPTY_PLACE) place = (place + 1) & this.mask;
      this.hashes[place] = hash;
      this.words[place] = word;
      this.values[place] = value;
    }
  }
}

export interface Calendar {
  /** The phrases whose first folded token is `first`. */
  startingWith(first: string): CalendarWord | undefined;
  /** Phrases whose last folded token is `last`, longest first. */
  endingWith(last: string): readonly CalendarPhrase[] | undefined;
  /** startingWith for the ASCII words, by word hash: the words to compare letter by letter. */
  readonly firstWords: WordsByHash<CalendarWord>;
  /** endingWith for the ASCII words, by word hash. */
  readonly lastWords: WordsByHash<readonly CalendarPhrase[]>;
  /**
   * What a word of ASCII characters with this word hash may be: the first word of a phrase
   * (Role.MayStart), the first word of an expression (Role.MayOpen), the last word of a phrase (Role.MayEnd),
   * the first word of a month or unit (Role.MayFollowNumber), the first word of a number word (Role.MayCount).
   * A bit that is not set rules the role out, so most tokens are never folded nor looked up; a bit
   * that is set only says that the word may have it.
   */
  roles(hash: number): number;
}

const WHITESPACE = /\s+/;
/** 2^12 slots of roles: 4 kB, small enough to stay in a cache between documents (Slots.Mask: a hash's slot). */
const enum Slots {
  Count = 1 << 12,
  Mask = Count - 1,
  /** The fewest places of a WordsByHash. */
  MinPlaces = 1 << 6,
}

function markRole(roles: Uint8Array, words: Iterable<string>, role: number): void {
  for (const word of words) {
    const hash = hashOfFolded(word);
    if (hash !== NOT_ASCII_HASH) roles[hash & Slots.Mask]! |= role;
  }
}

/** Whether an expression can open with `phrase`: of the relative words only "tadi" ("tadi malam"); "lalu", "ini" close. */
function opensWith(phrase: CalendarPhrase): boolean {
  return OPENING_LISTS.has(phrase.list) && (phrase.list !== 'relative-words' || phrase.entry.kind === 'earlier');
}

function add(index: Map<string, CalendarPhrase[]>, key: string, phrase: CalendarPhrase): void {
  const bucket = index.get(key);
  if (bucket) bucket.push(phrase);
  else index.set(key, [phrase]);
}

export function compileCalendar(lexicon: Lexicon): Calendar {
  const byFirst = new Map<string, CalendarPhrase[]>();
  const byLast = new Map<string, CalendarPhrase[]>();
  const openers = new Set<string>();
  for (const list of CALENDAR_LISTS) {
    for (const entry of lexicon.words(list).entries) {
      const exact = entry.form.trim().split(WHITESPACE).filter(Boolean);
      if (exact.length === 0) continue;
      const parts = exact.map(foldForMatch);
      const phrase: CalendarPhrase = { list, bit: listBit(list), entry, parts, exact, length: parts.length, caseSensitive: entry.caseSensitive === true };
      add(byFirst, parts[0]!, phrase);
      add(byLast, parts[parts.length - 1]!, phrase);
      if (opensWith(phrase)) openers.add(parts[0]!);
    }
  }
  for (const index of [byFirst, byLast]) for (const bucket of index.values()) bucket.sort((a, b) => b.length - a.length);
  const words = new Map<string, CalendarWord>();
  for (const [first, phrases] of byFirst) {
    const lists = phrases.reduce((bits, phrase) => bits | phrase.bit, 0);
    words.set(first, { phrases, lists, opens: openers.has(first), openingPhrases: phrases.filter(opensWith) });
  }
  const roles = new Uint8Array(Slots.Count);
  markRole(roles, byFirst.keys(), Role.MayStart);
  markRole(roles, openers, Role.MayOpen);
  markRole(roles, byLast.keys(), Role.MayEnd);
  for (const [first, phrases] of byFirst) {
    if (phrases.some((p) => AFTER_NUMBER_LISTS.has(p.list))) markRole(roles, [first], Role.MayFollowNumber);
    if (phrases.some((p) => p.list === 'number-words')) markRole(roles, [first], Role.MayCount);
  }
  return new CalendarTables(words, byLast, new WordsByHash(words), new WordsByHash(byLast), roles);
}

/**
 * A Calendar as a class whose methods read its fields: the Scan asks for the roles of most tokens,
 * and an object of closures reads each captured table from its context at every call.
 */
class CalendarTables implements Calendar {
  constructor(
    private readonly words: ReadonlyMap<string, CalendarWord>,
    private readonly byLast: ReadonlyMap<string, readonly CalendarPhrase[]>,
    readonly firstWords: WordsByHash<CalendarWord>,
    readonly lastWords: WordsByHash<readonly CalendarPhrase[]>,
    private readonly roleSlots: Uint8Array,
  ) {}

  startingWith(first: string): CalendarWord | undefined {
    return this.words.get(first);
  }

  endingWith(last: string): readonly CalendarPhrase[] | undefined {
    return this.byLast.get(last);
  }

  roles(hash: number): number {
    return this.roleSlots[hash & Slots.Mask]!;
  }
}
