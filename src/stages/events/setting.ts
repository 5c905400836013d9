// When and where, and whether it happened at all. A verb takes the date nearest it in its clause,
// else in its sentence, else the setting of the last dated sentence before it (the date that
// governs the narrative: "Persebaya menundukkan PSM … 26 Oktober 2024. … PSM menyamakan …").
// Dates that are the base of a comparison ("dibandingkan Oktober 2024") or inside a direct quote
// date nothing outside it, and a span of two dates is dated by its start. The place is a name
// after "di" ("di kota Kazan", "di wilayah Kursk").
import type { AgentReader } from './agents.js';
import { SHAPE, type DateRef, type EventView } from './view.js';
import { WORD_CLASS } from './vocabulary.js';

/** The date and place a stretch of text sets. */
export interface Setting {
  date: string | null;
  place: string | null;
}

const enum REACH {
  /** Auxiliaries a negator may stand before the verb ("belum pernah", "tidak akan bisa"). */
  negation = 3,
}

/**
 * Token ranges in text order, in arrays of numbers: several searches run per verb, and a binary
 * search over contiguous numbers stays in the cache where one over objects spread on the heap
 * misses it. (Small arrays of integers cost less to make than typed arrays, at an article's size.)
 */
class Ranges {
  readonly firsts: number[];
  readonly ends: number[];
  /** The last answer of firstFrom. */
  private last = 0;

  constructor(items: readonly { first: number; end: number }[]) {
    // Pushed in one loop: two maps cost two builtin calls and a closure each, mostly for a list
    // of none or a few.
    const firsts: number[] = [];
    const ends: number[] = [];
    for (let k = 0; k < items.length; k++) {
      firsts.push(items[k]!.first);
      ends.push(items[k]!.end);
    }
    this.firsts = firsts;
    this.ends = ends;
  }

  /** Index of the first range starting at or after token `at`. */
  firstFrom(at: number): number {
    const firsts = this.firsts;
    // The verbs are read in text order: most answers are the last one or a step from it.
    let i = this.last;
    if ((i === 0 || firsts[i - 1]! < at) && (i === firsts.length || firsts[i]! >= at)) return i;
    if (i < firsts.length && firsts[i]! < at && (i + 1 === firsts.length || firsts[i + 1]! >= at)) return (this.last = i + 1);
    // Otherwise steps of doubling length from the last answer bound the search (a clause's
    // end, then the next verb, move it back and forth): it costs the log of the distance moved,
    // not of the document's length, and reads the entries near the last answer.
    let lo: number;
    let hi: number;
    if (i < firsts.length && firsts[i]! < at) {
      // The answer is after i: every entry before lo starts before `at`; hi is the length or starts at or after it.
      lo = i + 1;
      hi = lo;
      for (let step = 1; hi < firsts.length && firsts[hi]! < at; step *= 2) {
        lo = hi + 1;
        hi = lo + step;
      }
      hi = Math.min(hi, firsts.length);
    } else {
      // The answer is before i (firsts[i - 1] >= at): hi starts at or after `at`; the entry before lo does not.
      hi = i - 1;
      lo = hi;
      for (let step = 1; lo > 0 && firsts[lo - 1]! >= at; step *= 2) {
        hi = lo - 1;
        lo = hi - step;
      }
      lo = Math.max(lo, 0);
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (firsts[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return (this.last = lo);
  }

  /** Index of the range starting in [from, end) nearest token `at`: the last one before it or the first after; on a tie, the later (-1: none). */
  nearestIn(from: number, end: number, at: number): number {
    const i = this.firstFrom(at);
    const after = i < this.firsts.length && this.firsts[i]! < end ? i : -1;
    const before = i > 0 && this.firsts[i - 1]! >= from ? i - 1 : -1;
    if (before < 0) return after;
    if (after < 0) return before;
    return this.firsts[after]! - at <= at - this.ends[before]! + 1 ? after : before;
  }

  /** Index of the last range starting in [from, end) (-1: none). */
  lastIn(from: number, end: number): number {
    const i = this.firstFrom(end) - 1;
    return i >= 0 && this.firsts[i]! >= from ? i : -1;
  }
}

/** The values of the dates kept in a Ranges. */
class DateRanges extends Ranges {
  readonly values: string[];

  constructor(dates: readonly DateRef[]) {
    super(dates);
    const values: string[] = [];
    for (let k = 0; k < dates.length; k++) values.push(dates[k]!.value);
    this.values = values;
  }
}

/**
 * The document's usable dates and its places, indexed once so that every verb finds the nearest
 * in its clause or sentence in logarithmic time.
 */
export class SettingIndex {
  /** Usable dates, those that modify a noun ("data inflasi Desember") apart, as a last resort. */
  private readonly dates: DateRanges;
  private readonly nounDates: DateRanges;
  private readonly places: Ranges;
  /** The actor each place names. */
  private readonly placeIds: string[];

  constructor(view: EventView, agents: AgentReader) {
    const dates: DateRef[] = [];
    const nounDates: DateRef[] = [];
    for (const d of view.dates) {
      if (d.comparative || d.quoted || d.rangeEnd) continue;
      (d.modifier ? nounDates : dates).push(d);
    }
    this.dates = new DateRanges(dates);
    this.nounDates = new DateRanges(nounDates);
    const places = agents.places(0, view.tokens.length);
    this.places = new Ranges(places);
    const placeIds: string[] = [];
    for (let k = 0; k < places.length; k++) placeIds.push(places[k]!.actors[0]!);
    this.placeIds = placeIds;
  }

  /** Whether [from, end) holds a usable date. */
  dated(from: number, end: number): boolean {
    return this.dates.lastIn(from, end) >= 0 || this.nounDates.lastIn(from, end) >= 0;
  }

  /** The value of the date in [from, end) nearest token `at`. */
  date(from: number, end: number, at: number): string | null {
    const d = this.dates.nearestIn(from, end, at);
    if (d >= 0) return this.dates.values[d]!;
    const n = this.nounDates.nearestIn(from, end, at);
    return n >= 0 ? this.nounDates.values[n]! : null;
  }

  /** The first date after token `at`. */
  dateAfter(at: number): string | null {
    const a = this.dates.firstFrom(at + 1);
    const b = this.nounDates.firstFrom(at + 1);
    const hasA = a < this.dates.firsts.length;
    const hasB = b < this.nounDates.firsts.length;
    if (hasA && (!hasB || this.dates.firsts[a]! < this.nounDates.firsts[b]!)) return this.dates.values[a]!;
    return hasB ? this.nounDates.values[b]! : null;
  }

  /** The place in [from, end) nearest token `at`. */
  place(from: number, end: number, at: number): string | null {
    const p = this.places.nearestIn(from, end, at);
    return p >= 0 ? this.placeIds[p]! : null;
  }

  /** The setting [from, end) leaves for the sentences after it: its last date and the place nearest that. */
  last(from: number, end: number): Setting | null {
    const a = this.dates.lastIn(from, end);
    const b = this.nounDates.lastIn(from, end);
    if (a < 0 && b < 0) return null;
    // The later of the two; on a tie, the noun's.
    const ranges = a < 0 || (b >= 0 && this.dates.firsts[a]! <= this.nounDates.firsts[b]!) ? this.nounDates : this.dates;
    const k = ranges === this.dates ? a : b;
    return { date: ranges.values[k]!, place: this.place(from, end, ranges.firsts[k]!) };
  }
}

/** Whether a negator ("belum", "tidak", "tak", "bukan") stands before the verb at `verb`. */
export function negated(view: EventView, verb: number, from: number): boolean {
  for (let k = verb - 1, skipped = 0; k >= from && skipped <= REACH.negation; k--) {
    if ((view.shape[k]! & SHAPE.word) === 0) return false;
    const word = view.wordClass(k);
    if (word & WORD_CLASS.negator) return true;
    if (!(word & WORD_CLASS.auxiliary)) return false;
    skipped++;
  }
  return false;
}
