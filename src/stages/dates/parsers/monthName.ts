// Dates written with a month name: "4 November 2024", "4 Nov. 2024", "tanggal 9 November",
// "Juni 2024", "Juni 2024 lalu", "12 Agustus lalu", "Juni mendatang", "bulan Juni", a bare "Desember"
// where a month is expected, and the day alone: "tanggal 9".
import type { Direction, Mention } from '../forms.js';
import type { Scan } from '../scan.js';
import { cueBefore, directionOf, relativeWordAt, tenseBefore } from './common.js';

const MIN_YEAR = 1000;
const MAX_YEAR = 2999;

interface MonthHit {
  month: number;
  abbreviation: boolean;
  end: number;
}

function monthAt(scan: Scan, i: number): MonthHit | null {
  const hit = scan.word(i, 'months');
  if (!hit || hit.entry.value === undefined) return null;
  let end = hit.end;
  const abbreviation = hit.entry.kind === 'abbreviation';
  // "Sep." when the tokenizer left the period apart.
  if (abbreviation && scan.textAt(end) === '.' && scan.touches(end - 1) && !scan.textAt(end - 1).endsWith('.')) end++;
  return { month: hit.entry.value, abbreviation, end };
}

/** A four-digit year on the line of token `i - 1`. */
function yearAt(scan: Scan, i: number): number {
  if (!scan.joined(i - 1) || scan.digits(i) !== 4) return -1;
  const year = scan.integer(i);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : -1;
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

export function monthName(scan: Scan, i: number): Mention | null {
  let k = i;
  const head = scan.word(k, 'date-heads');
  const headKind = head?.entry.kind;
  if (head && (headKind === 'day' || headKind === 'month') && scan.joined(head.end - 1)) k = head.end;
  else if (head) return null;

  const day = headKind === 'month' ? -1 : dayAt(scan, k);
  if (day > 0) {
    const month = scan.joined(k) ? monthAt(scan, k + 1) : null;
    if (!month) {
      // "tanggal 9": a day of the month in context; a bare number is never a date.
      if (headKind !== 'day') return null;
      const { direction, end } = withDirection(scan, k + 1);
      return { first: i, end, form: { type: 'calendar', day, direction: direction ?? tenseBefore(scan, i) } };
    }
    const year = yearAt(scan, month.end);
    const after = withDirection(scan, year > 0 ? month.end + 1 : month.end);
    const form = { type: 'calendar' as const, day, month: month.month, ...(year > 0 ? { year } : {}) };
    const direction = after.direction ?? (year > 0 ? undefined : tenseBefore(scan, i));
    return { first: i, end: after.end, form: direction ? { ...form, direction } : form };
  }
  if (headKind === 'day') return null;

  const month = monthAt(scan, k);
  if (!month) return null;
  const year = yearAt(scan, month.end);
  if (year > 0) {
    const after = withDirection(scan, month.end + 1);
    return { first: i, end: after.end, form: { type: 'calendar', year, month: month.month } };
  }
  const after = withDirection(scan, month.end);
  if (!bareMonthExpected(scan, k, month, head !== null, after.direction !== undefined)) return null;
  const direction = after.direction ?? tenseBefore(scan, i);
  return { first: i, end: after.end, form: { type: 'calendar', month: month.month, ...(direction ? { direction } : {}) } };
}
