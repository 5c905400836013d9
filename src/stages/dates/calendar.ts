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
  entry: WordEntry;
  /** Folded token texts. */
  parts: readonly string[];
  /** The forms as written, compared when the entry is case-sensitive. */
  exact: readonly string[];
}

/** The calendar phrases that open with one folded word. */
export interface CalendarWord {
  /** Longest first. */
  phrases: readonly CalendarPhrase[];
  /** The lists of those phrases, one listBit each. */
  lists: number;
  /** Whether an expression can open with the word: with one of its openingPhrases. */
  opens: boolean;
  /** Those of its phrases an expression can open with, longest first. */
  openingPhrases: readonly CalendarPhrase[];
}

/** Each list's bit in CalendarWord.lists (the lists are fewer than 32). */
const LIST_BITS = Object.fromEntries(CALENDAR_LISTS.map((list, k) => [list, 1 << k])) as Readonly<Record<CalendarList, number>>;

export function listBit(list: CalendarList): number {
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

/** A folded word of ASCII characters and what it indexes, in the slot of its word hash. */
export interface HashedWord<T> {
  word: string;
  /** Its word hash in full: the words of a slot mostly differ in it. */
  hash: number;
  value: T;
}

export interface Calendar {
  /** The phrases whose first folded token is `first`. */
  startingWith(first: string): CalendarWord | undefined;
  /** Phrases whose last folded token is `last`, longest first. */
  endingWith(last: string): readonly CalendarPhrase[] | undefined;
  /** startingWith for the ASCII words, by word hash (hashOfFolded, wordHashes): the words of its slot, to compare letter by letter. */
  firstWords(hash: number): readonly HashedWord<CalendarWord>[] | undefined;
  /** endingWith for the ASCII words, by word hash. */
  lastWords(hash: number): readonly HashedWord<readonly CalendarPhrase[]>[] | undefined;
  /**
   * What a word of ASCII characters with this word hash may be: the first word of a phrase
   * (Role.MayStart), the first word of an expression (Role.MayOpen), the last word of a phrase (Role.MayEnd),
   * the first word of a month or unit (Role.MayFollowNumber).
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
}

function markRole(roles: Uint8Array, words: Iterable<string>, role: number): void {
  for (const word of words) {
    const hash = hashOfFolded(word);
    if (hash !== NOT_ASCII_HASH) roles[hash & Slots.Mask]! |= role;
  }
}

/** The ASCII words of `index` in the slots of their word hash (the others are only found by their folded text). */
function bySlot<T>(index: ReadonlyMap<string, T>): (HashedWord<T>[] | undefined)[] {
  const slots = new Array<HashedWord<T>[] | undefined>(Slots.Count).fill(undefined);
  for (const [word, value] of index) {
    const hash = hashOfFolded(word);
    if (hash === NOT_ASCII_HASH) continue;
    const slot = hash & Slots.Mask;
    (slots[slot] ??= []).push({ word, hash, value });
  }
  return slots;
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
      const phrase: CalendarPhrase = { list, entry, parts, exact };
      add(byFirst, parts[0]!, phrase);
      add(byLast, parts[parts.length - 1]!, phrase);
      if (opensWith(phrase)) openers.add(parts[0]!);
    }
  }
  for (const index of [byFirst, byLast]) for (const bucket of index.values()) bucket.sort((a, b) => b.parts.length - a.parts.length);
  const words = new Map<string, CalendarWord>();
  for (const [first, phrases] of byFirst) {
    const lists = phrases.reduce((bits, phrase) => bits | listBit(phrase.list), 0);
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
  return new CalendarTables(words, byLast, bySlot(words), bySlot(byLast), roles);
}

/**
 * A Calendar as a class whose methods read its fields: the Scan asks for the roles of most tokens,
 * and an object of closures reads each captured table from its context at every call.
 */
class CalendarTables implements Calendar {
  constructor(
    private readonly words: ReadonlyMap<string, CalendarWord>,
    private readonly byLast: ReadonlyMap<string, readonly CalendarPhrase[]>,
    private readonly firstSlots: readonly (readonly HashedWord<CalendarWord>[] | undefined)[],
    private readonly lastSlots: readonly (readonly HashedWord<readonly CalendarPhrase[]>[] | undefined)[],
    private readonly roleSlots: Uint8Array,
  ) {}

  startingWith(first: string): CalendarWord | undefined {
    return this.words.get(first);
  }

  endingWith(last: string): readonly CalendarPhrase[] | undefined {
    return this.byLast.get(last);
  }

  firstWords(hash: number): readonly HashedWord<CalendarWord>[] | undefined {
    return this.firstSlots[hash & Slots.Mask];
  }

  lastWords(hash: number): readonly HashedWord<readonly CalendarPhrase[]>[] | undefined {
    return this.lastSlots[hash & Slots.Mask];
  }

  roles(hash: number): number {
    return this.roleSlots[hash & Slots.Mask]!;
  }
}
