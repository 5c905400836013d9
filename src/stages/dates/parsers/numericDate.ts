// "9/11/2024", "09-11-2024", "09.11.2024", "9/11/24", "2024-11-09" and, after a cue, "(9/11)":
// the tokenizer's date tokens, read day/month/year (ISO year-first only with four digits first).
import { ListBit } from '../calendar.js';
import type { Mention } from '../forms.js';
import { BLANK_FORM } from '../forms.js';
import { openingWith, type Scan } from '../scan.js';
import { isValidDate } from '../days.js';
import { cueBefore } from './common.js';

const DAY_MONTH_YEAR = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const YEAR_MONTH_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MONTH = /^(\d{1,2})\/(\d{1,2})$/;
const DAY = 1;
const MONTH = 3;
const YEAR = 4;
/** Two-digit years up to this one are read as 20xx, later ones as 19xx. */
const CENTURY_PIVOT = 69;
/** A leap year, so that "29/2" without a year stays a date. */
const ANY_LEAP_YEAR = 2024;

function fullYear(digits: string): number {
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n <= CENTURY_PIVOT ? 2000 + n : 1900 + n;
}

/** What the first token must be (see openingWith). A date token. */
export const NUMERIC_DATE_OPENS = openingWith([], ['date']);

export function numericDate(scan: Scan, i: number): Mention | null {
  if (scan.kind(i) !== 'date') return null;
  const text = scan.textAt(i);
  let m = YEAR_MONTH_DAY.exec(text);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidDate(year, month, day) ? { first: i, end: i + 1, form: { ...BLANK_FORM, type: 'calendar', year, month, day } } : null;
  }
  m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const [day, month, year] = [Number(m[DAY]), Number(m[MONTH]), fullYear(m[YEAR]!)];
    return isValidDate(year, month, day) ? { first: i, end: i + 1, form: { ...BLANK_FORM, type: 'calendar', year, month, day } } : null;
  }
  m = DAY_MONTH.exec(text);
  if (!m) return null;
  const [day, month] = [Number(m[1]), Number(m[2])];
  if (!isValidDate(ANY_LEAP_YEAR, month, day)) return null;
  // A bare "9/11" is a date only where a date is expected: in brackets, after a weekday or a cue.
  const expected = (scan.textAt(i - 1) === '(' && scan.touches(i - 1)) || scan.wordBefore(i, ListBit.Weekdays) !== null || cueBefore(scan, i);
  return expected ? { first: i, end: i + 1, form: { ...BLANK_FORM, type: 'calendar', month, day } } : null;
}
