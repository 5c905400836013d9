// When and where, and whether it happened at all. A verb takes the date nearest it in its clause,
// else in its sentence, else the setting of the last dated sentence before it (the date that
// governs the narrative: "Persebaya menundukkan PSM … 26 Oktober 2024. … PSM menyamakan …").
// Dates that are the base of a comparison ("dibandingkan Oktober 2024") or inside a direct quote
// date nothing outside it, and a span of two dates is dated by its start. The place is a name
// after "di" ("di kota Kazan", "di wilayah Kursk").
import type { AgentReader } from './agents.js';
import { SHAPE, type DateRef, type EventView, type MentionUnit } from './view.js';
import { WORD_CLASS } from './vocabulary.js';

/** The date and place a stretch of text sets. */
export interface Setting {
  date: string | null;
  place: string | null;
}

/** Auxiliaries a negator may stand before the verb ("belum pernah", "tidak akan bisa"). */
const NEGATION_REACH = 3;

/**
 * Index of the first item starting at or after token `at` (binary search; items are in order).
 * Written out rather than spans.lowerBound: it runs several times per verb, and a key function
 * called at every step costs more than the search.
 */
function firstFrom(items: readonly { first: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.first < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The item in [from, end) nearest token `at`: the last one before it or the first after; on a tie, the later. */
function nearestIn<T extends { first: number; end: number }>(items: readonly T[], from: number, end: number, at: number): T | null {
  const i = firstFrom(items, at);
  const after = i < items.length && items[i]!.first < end ? items[i] : undefined;
  const before = i > 0 && items[i - 1]!.first >= from ? items[i - 1] : undefined;
  if (!before) return after ?? null;
  if (!after) return before;
  return after.first - at <= at - before.end + 1 ? after : before;
}

/** The last item in [from, end). */
function lastIn<T extends { first: number }>(items: readonly T[], from: number, end: number): T | undefined {
  const i = firstFrom(items, end) - 1;
  return i >= 0 && items[i]!.first >= from ? items[i] : undefined;
}

/**
 * The document's usable dates and its places, indexed once so that every verb finds the nearest
 * in its clause or sentence in logarithmic time.
 */
export class SettingIndex {
  /** Usable dates, those that modify a noun ("data inflasi Desember") apart, as a last resort. */
  private readonly dates: DateRef[] = [];
  private readonly nounDates: DateRef[] = [];
  private readonly places: MentionUnit[];

  constructor(view: EventView, agents: AgentReader) {
    for (const d of view.dates) {
      if (d.comparative || d.quoted || d.rangeEnd) continue;
      (d.modifier ? this.nounDates : this.dates).push(d);
    }
    this.places = agents.places(0, view.tokens.length);
  }

  /** Whether [from, end) holds a usable date. */
  dated(from: number, end: number): boolean {
    return lastIn(this.dates, from, end) !== undefined || lastIn(this.nounDates, from, end) !== undefined;
  }

  /** The value of the date in [from, end) nearest token `at`. */
  date(from: number, end: number, at: number): string | null {
    return (nearestIn(this.dates, from, end, at) ?? nearestIn(this.nounDates, from, end, at))?.value ?? null;
  }

  /** The first date after token `at`. */
  dateAfter(at: number): string | null {
    const a = this.dates[firstFrom(this.dates, at + 1)];
    const b = this.nounDates[firstFrom(this.nounDates, at + 1)];
    const d = a && b ? (a.first < b.first ? a : b) : (a ?? b);
    return d?.value ?? null;
  }

  /** The place in [from, end) nearest token `at`. */
  place(from: number, end: number, at: number): string | null {
    return nearestIn(this.places, from, end, at)?.actors[0] ?? null;
  }

  /** The setting [from, end) leaves for the sentences after it: its last date and the place nearest that. */
  last(from: number, end: number): Setting | null {
    const a = lastIn(this.dates, from, end);
    const b = lastIn(this.nounDates, from, end);
    const d = a && b ? (a.first > b.first ? a : b) : (a ?? b);
    return d ? { date: d.value, place: this.place(from, end, d.first) } : null;
  }
}

/** Whether a negator ("belum", "tidak", "tak", "bukan") stands before the verb at `verb`. */
export function negated(view: EventView, verb: number, from: number): boolean {
  for (let k = verb - 1, skipped = 0; k >= from && skipped <= NEGATION_REACH; k--) {
    if ((view.shape[k]! & SHAPE.word) === 0) return false;
    const word = view.wordClass(k);
    if (word & WORD_CLASS.negator) return true;
    if (!(word & WORD_CLASS.auxiliary)) return false;
    skipped++;
  }
  return false;
}
