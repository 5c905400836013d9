// Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, UTC): no time
// zones, no Date objects kept, ISO 8601 weeks (Monday first, week 1 holds the first Thursday).

const MS_PER_DAY = 86_400_000;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

export function civil(n: number): CivilDate {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return civil(dayNumber(year, month + 1, 1) - 1).day;
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

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatMonthIndex(index: number): string {
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

export function formatDay(n: number): string {
  const { year, month, day } = civil(n);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function formatWeek(n: number): string {
  const { year, week } = isoWeek(n);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function formatClock(hour: number, minute: number): string {
  return `T${pad(hour)}:${pad(minute)}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of an ISO calendar date ("2024-11-09"), or null. */
export function parseIsoDay(value: string | null): number | null {
  const m = value ? ISO_DAY.exec(value) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? dayNumber(year, month, day) : null;
}
