// Small readers shared by the parsers: counts ("tiga", "dua puluh lima", "5"), the word that says
// which way a date lies ("lalu", "mendatang"), and the cues that let a bare number or month be a date.
import { ListBit } from '../calendar.js';
import type { Direction, Unit } from '../forms.js';
import type { Hit, Scan } from '../scan.js';

export interface Count {
  /** null for a vague count ("beberapa"). */
  value: number | null;
  end: number;
}

/** How many tokens back a future cue ("akan dijadwalkan pada Jumat") may stand. */
const FUTURE_CUE_REACH = 8;
const MAX_COUNT = 10_000;

/** A count at token `i`: digits, or number words composed as Indonesian writes them. */
export function countAt(scan: Scan, i: number): Count | null {
  const n = scan.integer(i);
  if (n > 0) return { value: n, end: i + 1 };
  const first = scan.word(i, ListBit.NumberWords);
  if (first?.entry.kind === 'vague') return { value: null, end: first.end };
  // "dua belas", "dua puluh lima", "seratus lima puluh": hundreds and thousands close a group,
  // belas and puluh work on the digit before them.
  let total = 0;
  let group = 0;
  let end = i;
  for (let guard = 0; guard < 8 && (end === i || scan.joined(end - 1)); guard++) {
    const hit = scan.word(end, ListBit.NumberWords);
    const v = hit?.entry.value;
    if (!hit || v === undefined) break;
    const kind = hit.entry.kind;
    if (kind === 'number' && v >= 100) {
      if (group !== 0) break;
      total += v;
    } else if (kind === 'number') {
      if (group !== 0 && (group % 10 !== 0 || v >= 10)) break;
      group += v;
    } else if (kind === 'teen' && group >= 1 && group <= 9) group += v;
    else if (kind === 'multiplier' && v === 10 && group >= 1 && group <= 9) group *= v;
    else if (kind === 'multiplier' && v > 10 && group >= 1 && group <= 9) {
      total += group * v;
      group = 0;
    } else break;
    end = hit.end;
  }
  const value = total + group;
  return value > 0 && value <= MAX_COUNT ? { value, end } : null;
}

export interface RelativeWord {
  kind: 'past' | 'this' | 'future' | 'ahead' | 'recent' | 'earlier' | 'later' | 'prior';
  end: number;
}

const RELATIVE_KINDS = new Set(['past', 'this', 'future', 'ahead', 'recent', 'earlier', 'later', 'prior']);

/** The relative word ("lalu", "ini", "depan", "lagi", "terakhir") at token `i`, on the line of `i - 1`. */
export function relativeWordAt(scan: Scan, i: number): RelativeWord | null {
  if (!scan.joined(i - 1)) return null;
  const hit = scan.word(i, ListBit.RelativeWords);
  if (!hit) return null;
  const kind = hit.entry.kind;
  return kind && RELATIVE_KINDS.has(kind) ? { kind: kind as RelativeWord['kind'], end: hit.end } : null;
}

export function directionOf(word: RelativeWord | null): Direction | undefined {
  if (!word) return undefined;
  if (word.kind === 'past') return 'past';
  if (word.kind === 'future') return 'future';
  if (word.kind === 'this') return 'this';
  return undefined;
}

/** Whether a cue or head word ("pada", "sejak", "tahun", "akhir") stands right before token `i`. */
export function cueBefore(scan: Scan, i: number): boolean {
  return (
    scan.wordBefore(i, ListBit.DateCues) !== null ||
    scan.wordBefore(i, ListBit.DateHeads) !== null ||
    scan.wordBefore(i, ListBit.PeriodParts) !== null
  );
}

/** The tense the words before token `i` give a date without a year: "sejak" on or before, "akan" on or after. */
export function tenseBefore(scan: Scan, i: number): Direction | undefined {
  const part = scan.wordBefore(i, ListBit.PeriodParts);
  if (scan.wordBefore(part ? part.start : i, ListBit.SinceCues) !== null) return 'onOrBefore';
  return futureCueBefore(scan, i) ? 'onOrAfter' : undefined;
}

/** Whether a future cue ("akan", "dijadwalkan") stands in the clause before token `i`. */
function futureCueBefore(scan: Scan, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - FUTURE_CUE_REACH; k--) {
    if (!scan.joined(k)) return false;
    if (scan.kind(k) === 'punct') return false;
    if (scan.has(k, ListBit.FutureCues)) return true;
  }
  return false;
}

/** A time unit at token `i` ("hari", "pekan", "akhir pekan"), with its size. */
export interface UnitHit {
  unit: Unit | 'weekend';
  size: number;
  end: number;
}

const UNITS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute', 'second', 'weekend']);

function unitOf(hit: Hit | null): UnitHit | null {
  if (!hit || !hit.entry.kind || !UNITS.has(hit.entry.kind)) return null;
  return { unit: hit.entry.kind as Unit | 'weekend', size: hit.entry.value ?? 1, end: hit.end };
}

export function unitAt(scan: Scan, i: number): UnitHit | null {
  return unitOf(scan.word(i, ListBit.TimeUnits));
}

/** A unit that holds its own count of one: "sehari", "setahun". */
export function singleUnitAt(scan: Scan, i: number): UnitHit | null {
  return unitOf(scan.word(i, ListBit.SingleUnits));
}

/** A count followed by a unit on one line ("tiga hari", "sebulan"), or null. */
export function countedUnitAt(scan: Scan, i: number): { count: number | null; unit: UnitHit } | null {
  const single = singleUnitAt(scan, i);
  if (single) return { count: 1, unit: single };
  const count = countAt(scan, i);
  if (!count || !scan.joined(count.end - 1)) return null;
  const unit = unitAt(scan, count.end);
  return unit ? { count: count.value, unit } : null;
}

/**
 * The era written after a year at token `k`: "M"/"Masehi" joins it (its end is returned); "SM" or
 * "H" make the number no Gregorian year (-1).
 */
export function afterEra(scan: Scan, k: number): number {
  const era = scan.joined(k - 1) ? scan.word(k, ListBit.YearEras) : null;
  if (!era) return k;
  return era.entry.kind === 'ce' ? era.end : -1;
}

/** Whether token `i` is an ordinal ("ke-9", "ketiga", "pertama"): "pekan ke-9" names no week. */
export function isOrdinal(scan: Scan, i: number): boolean {
  if (i >= scan.length || !scan.joined(i - 1)) return false;
  if (scan.word(i, ListBit.NumberWords)?.entry.kind === 'ordinal') return true;
  if (!scan.foldStartsWith(i, 'ke')) return false;
  const t = scan.fold(i);
  return t === 'ke' || t.startsWith('ke-') || scan.isForm(t.slice(2), ListBit.NumberWords);
}
