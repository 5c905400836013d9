// Dates written with a month name: "4 November 2024", "4 Nov. 2024", "tanggal 9 November",
// "Juni 2024", "Juni 2024 lalu", "12 Agustus lalu", "Juni mendatang", "Desember tahun lalu", "bulan
// Juni", a bare "Desember" where a month is expected, and the day alone: "tanggal 9".
import { ListBit } from '../calendar.js';
import type { CalendarForm, Direction, Mention } from '../forms.js';
import { BLANK_FORM } from '../forms.js';
import { openingWith, type Scan } from '../scan.js';
import { afterEra, cueBefore, directionOf, relativeWordAt, tenseBefore } from './common.js';

const MIN_YEAR = 1000;
const MAX_YEAR = 2999;

interface MonthHit {
  month: number;
  abbreviation: boolean;
  end: number;
}

function monthAt(scan: Scan, i: number): MonthHit | null {
  const hit = scan.word(i, ListBit.Months);
  if (!hit || hit.entry.value === undefined) return null;
  let end = hit.end;
  const abbreviation = hit.entry.kind === 'abbreviation';
  // "Sep." when the tokenizer left the period apart.
  if (abbreviation && scan.textAt(end) === '.' && scan.touches(end - 1) && !scan.textAt(end - 1).endsWith('.')) end++;
  return { month: hit.entry.value, abbreviation, end };
}

/** The year written after a month: stated ("2024", "tahun 2024", "2024 M") or counted ("tahun lalu"). */
interface YearSlot {
  year?: number;
  yearOffset?: number;
  /** Token index after the slot (the month's end when there is none). */
  end: number;
}

const YEAR_OFFSET = { past: -1, this: 0, future: 1 } as const;

/** What follows a month at token `k`; null when it is a year of another era ("Muharam 1445 H"). */
function yearAfter(scan: Scan, k: number): YearSlot | null {
  if (!scan.joined(k - 1)) return { end: k };
  let at = k;
  const head = scan.word(k, ListBit.DateHeads);
  if (head?.entry.kind === 'year' && scan.joined(head.end - 1)) {
    const word = relativeWordAt(scan, head.end);
    if (word && (word.kind === 'past' || word.kind === 'this' || word.kind === 'future')) return { yearOffset: YEAR_OFFSET[word.kind], end: word.end };
    at = head.end;
  }
  const year = scan.digits(at) === 4 ? scan.integer(at) : -1;
  if (year < MIN_YEAR || year > MAX_YEAR) return { end: k };
  const end = afterEra(scan, at + 1);
  return end < 0 ? null : { year, end };
}

function dayAt(scan: Scan, i: number): number {
  const day = scan.digits(i) <= 2 ? scan.integer(i) : -1;
  return day >= 1 && day <= 31 ? day : -1;
}

/** The direction word after a date ("lalu", "mendatang", "ini") and where the expression ends. */
function withDirection(scan: Scan, end: number): { direction: Direction | undefined; end: number } {
  const word = relativeWordAt(scan, end);
  const direction = directionOf(word);
  return direction ? { direction, end: word!.end } : { direction: undefined, end };
}

/** A bare month name stands for a month only where a month is expected, never inside a name. */
function bareMonthExpected(scan: Scan, first: number, month: MonthHit, headed: boolean, directed: boolean): boolean {
  if (month.abbreviation) return false;
  if (headed || directed) return true;
  if (!scan.isUpper(month.end - 1)) return false;
  if (cueBefore(scan, first)) return true;
  const prevIsName = scan.joined(first - 1) && scan.kind(first - 1) === 'word' && scan.isUpper(first - 1);
  const nextIsName = scan.joined(month.end - 1) && scan.kind(month.end) === 'word' && scan.isUpper(month.end);
  return !prevIsName && !nextIsName;
}

/** What the first token must be (see openingWith). A date head ("tanggal", "bulan"), a month, or a day before one. */
export const MONTH_NAME_OPENS = openingWith(['date-heads', 'months'], ['number-then-word']);

export function monthName(scan: Scan, i: number): Mention | null {
  let k = i;
  const head = scan.word(k, ListBit.DateHeads);
  const headKind = head?.entry.kind;
  if (head && (headKind === 'day' || headKind === 'month') && scan.joined(head.end - 1)) k = head.end;
  else if (head) return null;

  const day = headKind === 'month' ? -1 : dayAt(scan, k);
  if (day > 0 && !(scan.joined(k) && monthAt(scan, k + 1))) {
    // "tanggal 9": a day of the month in context; a bare number is never a date.
    if (headKind !== 'day') return null;
    const after = withDirection(scan, k + 1);
    const direction = after.direction ?? tenseBefore(scan, i);
    return { first: i, end: after.end, form: { ...BLANK_FORM, type: 'calendar', day, direction } };
  }
  if (headKind === 'day' && day < 0) return null;
  const monthStart = day > 0 ? k + 1 : k;
  const month = monthAt(scan, monthStart);
  if (!month) return null;
  const slot = yearAfter(scan, month.end);
  if (!slot) return null;
  const yearKnown = slot.year !== undefined || slot.yearOffset !== undefined;
  // "Juni 2024 lalu": the word belongs to the expression; only a date without a year takes its direction.
  const after = withDirection(scan, slot.end);
  if (day < 0 && !yearKnown && !bareMonthExpected(scan, k, month, head !== null, after.direction !== undefined)) return null;
  const direction = yearKnown ? undefined : (after.direction ?? tenseBefore(scan, i));
  const form: CalendarForm = { ...BLANK_FORM, type: 'calendar', year: slot.year, month: month.month, day: day > 0 ? day : undefined, yearOffset: slot.yearOffset, direction };
  return { first: i, end: after.end, form };
}
