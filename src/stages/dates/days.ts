// Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian): integer
// arithmetic only (H. Hinnant's civil-day algorithms), no Date objects, no time zones; ISO 8601
// weeks (Monday first, week 1 holds the year's first Thursday).

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const DAYS_PER_ERA = 146_097;
const UNIX_EPOCH_SHIFT = 719_468;

/** The day number of a valid calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - UNIX_EPOCH_SHIFT;
}

export function civil(n: number): CivilDate {
  const z = n + UNIX_EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1] ?? 0;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The Monday of the ISO week that holds day `n`. */
export function mondayOf(n: number): number {
  return n - weekdayOf(n) + 1;
}

export function isoWeek(n: number): { year: number; week: number } {
  const thursday = n - weekdayOf(n) + 4;
  const year = civil(thursday).year;
  return { year, week: Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1 };
}

/** Months counted from year 0 (`year * 12 + month - 1`), for month arithmetic. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

/** "00" to "99": the two-digit fields of every value are read here, not made by String and padStart each time. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

/** A whole number in two digits at least ("07", "12", "123"). */
export const twoDigits = (n: number): string => (n >= 0 && n < 100 && Number.isInteger(n) ? TWO_DIGITS[n]! : String(n).padStart(2, '0'));

const fourDigits = (n: number): string => String(n).padStart(4, '0');

/**
 * A year in four digits, with a sign before a year before 0: arithmetic from a document date near
 * the calendar's ends ("31 bulan lalu" in 0001) can leave 0000–9999, and the resolver turns such a
 * value unknown (withinYears) by its sign or its fifth digit.
 */
export function formatYear(year: number): string {
  return year < 0 ? `-${fourDigits(-year)}` : fourDigits(year);
}

export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${twoDigits(month)}`;
}

export function formatMonthIndex(index: number): string {
  return formatMonth(Math.floor(index / 12), index - Math.floor(index / 12) * 12 + 1);
}

export function formatDay(n: number): string {
  const { year, month, day } = civil(n);
  return `${formatYear(year)}-${twoDigits(month)}-${twoDigits(day)}`;
}

export function formatWeek(n: number): string {
  const { year, week } = isoWeek(n);
  return `${formatYear(year)}-W${twoDigits(week)}`;
}

export function formatClock(hour: number, minute: number): string {
  return `T${twoDigits(hour)}:${twoDigits(minute)}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of an ISO calendar date ("2024-11-09"), or null. */
export function parseIsoDay(value: string | null): number | null {
  const m = value ? ISO_DAY.exec(value) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? dayNumber(year, month, day) : null;
}
