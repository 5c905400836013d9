// Values from forms: what the text states, completed from the anchor (the document date) where it
// says less. With no anchor, what cannot be known stays unknown in the value, never guessed:
// "(9/11)" is XXXX-11-09, "Senin" XXXX-WXX-1, "kemarin" P-1D (its offset from the missing anchor).
import type { TimeKind, TimePrecision } from '../../types.js';
import type { CalendarForm, ClockForm, Direction, OffsetForm, PointForm, WeekdayForm } from './forms.js';
import {
  civil,
  dayNumber,
  formatClock,
  formatDay,
  formatMonth,
  formatMonthIndex,
  formatWeek,
  formatYear,
  isValidDate,
  mondayOf,
  monthIndex,
  twoDigits,
  weekdayOf,
} from './days.js';

export interface Resolution {
  value: string;
  kind: TimeKind;
  precision: TimePrecision;
  relative: boolean;
  conflict: boolean;
  /** The day number when the value is one known day (the context of a clock time). */
  day: number | null;
  /** The first day of the value's period when it is resolved ("2024-06": 1 June): what "tahun sebelumnya" counts from. */
  point: number | null;
}

/** The day a clock time or a standalone part of day sits on, and whether it came from the anchor. */
export interface DayContext {
  day: number;
  relative: boolean;
}

function dayResolution(day: number, relative: boolean, conflict = false): Resolution {
  return { value: formatDay(day), kind: 'date', precision: 'day', relative, conflict, day, point: day };
}

function fixed(value: string, precision: TimePrecision, relative: boolean, point: number | null = null): Resolution {
  return { value, kind: 'date', precision, relative, conflict: false, day: null, point };
}

const monthPoint = (index: number) => dayNumber(Math.floor(index / 12), (index % 12) + 1, 1);

/** Whether candidate `c` lies where the direction says, relative to `anchor` (same unit). */
function allowed(c: number, anchor: number, direction: Direction | undefined, sameYear: boolean): boolean {
  switch (direction) {
    case 'past':
      return c < anchor;
    case 'future':
      return c > anchor;
    case 'onOrAfter':
      return c >= anchor;
    case 'onOrBefore':
      return c <= anchor;
    case 'this':
      return sameYear;
    default:
      return true;
  }
}

/**
 * How much nearer a past candidate counts, as a share of the spacing between candidates: news
 * reports more than it forecasts, so "April" written in November is the April before (seven
 * months back against five ahead), while "Desember" is the coming one.
 */
const PAST_LEAN = 1 / 6;
const MONTHS_APART = 12;
const DAYS_APART_YEARLY = 365;
const DAYS_APART_MONTHLY = 30;

/** The candidate nearest the anchor among those the direction allows; ties go to the past unless ahead. */
function nearest(candidates: readonly { at: number; sameYear: boolean }[], anchor: number, direction: Direction | undefined, spacing: number): number | null {
  const pool = candidates.filter((c) => allowed(c.at, anchor, direction, c.sameYear));
  const from = pool.length ? pool : candidates;
  const ahead = direction === 'future' || direction === 'onOrAfter';
  const lean = direction === undefined ? spacing * PAST_LEAN : 0;
  const distance = (at: number) => Math.abs(at - anchor) - (at < anchor ? lean : 0);
  let best: number | null = null;
  for (const { at } of from) {
    if (best === null) best = at;
    else {
      const d = distance(at) - distance(best);
      if (d < 0 || (d === 0 && (ahead ? at > best : at < best))) best = at;
    }
  }
  return best;
}

function resolveCalendar(f: CalendarForm, anchor: number | null): Resolution {
  // "Desember tahun lalu": the year counted from the anchor's, then as if written.
  if (f.year === undefined && f.yearOffset !== undefined && anchor !== null) {
    const stated = resolveCalendar({ ...f, year: civil(anchor).year + f.yearOffset, yearOffset: undefined }, null);
    return { ...stated, relative: true };
  }
  if (f.year !== undefined) {
    if (f.day !== undefined && f.month !== undefined) {
      const n = dayNumber(f.year, f.month, f.day);
      return dayResolution(n, false, f.weekday !== undefined && weekdayOf(n) !== f.weekday);
    }
    if (f.month !== undefined) return fixed(formatMonth(f.year, f.month), 'month', false, dayNumber(f.year, f.month, 1));
    return fixed(formatYear(f.year), 'year', false, dayNumber(f.year, 1, 1));
  }
  if (anchor === null) {
    if (f.day !== undefined) return fixed(`XXXX-${f.month !== undefined ? twoDigits(f.month) : 'XX'}-${twoDigits(f.day)}`, 'day', true);
    return fixed(`XXXX-${twoDigits(f.month ?? 0)}`, 'month', true);
  }
  const a = civil(anchor);
  if (f.day !== undefined) {
    const months = f.month !== undefined ? [-1, 0, 1].map((dy) => monthIndex(a.year + dy, f.month!)) : [-1, 0, 1].map((dm) => monthIndex(a.year, a.month) + dm);
    let candidates = months
      .map((mi) => ({ year: Math.floor(mi / 12), month: (mi % 12) + 1 }))
      .filter(({ year, month }) => isValidDate(year, month, f.day!))
      .map(({ year, month }) => ({ at: dayNumber(year, month, f.day!), sameYear: year === a.year }));
    // A written weekday picks the year it falls in ("Sabtu, 21 Desember").
    const onWeekday = f.weekday === undefined ? [] : candidates.filter((c) => weekdayOf(c.at) === f.weekday);
    if (onWeekday.length) candidates = onWeekday;
    const n = nearest(candidates, anchor, f.direction, f.month !== undefined ? DAYS_APART_YEARLY : DAYS_APART_MONTHLY);
    if (n === null) return fixed(`XXXX-${f.month !== undefined ? twoDigits(f.month) : 'XX'}-${twoDigits(f.day)}`, 'day', true);
    return dayResolution(n, true, f.weekday !== undefined && weekdayOf(n) !== f.weekday);
  }
  const anchorMonth = monthIndex(a.year, a.month);
  const candidates = [-1, 0, 1].map((dy) => ({ at: monthIndex(a.year + dy, f.month!), sameYear: dy === 0 }));
  const mi = nearest(candidates, anchorMonth, f.direction, MONTHS_APART)!;
  return fixed(formatMonthIndex(mi), 'month', true, monthPoint(mi));
}

function resolveWeekday(f: WeekdayForm, anchor: number | null): Resolution {
  if (anchor === null) return fixed(`XXXX-WXX-${f.weekday}`, 'day', true);
  if (f.weekOffset !== undefined) return dayResolution(mondayOf(anchor) + 7 * f.weekOffset + f.weekday - 1, true);
  const back = (weekdayOf(anchor) - f.weekday + 7) % 7;
  const ahead = (f.weekday - weekdayOf(anchor) + 7) % 7;
  switch (f.direction) {
    case 'past':
      return dayResolution(anchor - (back || 7), true);
    case 'future':
      return dayResolution(anchor + (ahead || 7), true);
    case 'this':
      return dayResolution(mondayOf(anchor) + f.weekday - 1, true);
    case 'onOrAfter':
      return dayResolution(anchor + ahead, true);
    default:
      // A bare weekday in news is the most recent one, today included.
      return dayResolution(anchor - back, true);
  }
}

const OFFSET_DESIGNATOR = { day: 'D', week: 'W', month: 'M', year: 'Y' } as const;

function resolveOffset(f: OffsetForm, anchor: number | null): Resolution {
  if (anchor === null) {
    if (f.weekend) return fixed('XXXX-WXX-WE', 'week', true);
    return fixed(`P${f.amount}${OFFSET_DESIGNATOR[f.unit]}`, f.unit, true);
  }
  const a = civil(anchor);
  // "5000 tahun yang lalu" leaves the years ISO 8601 writes in four digits: keep the offset.
  if (f.unit === 'year' && (a.year + f.amount < 1 || a.year + f.amount > 9999)) return fixed(`P${f.amount}Y`, 'year', true);
  switch (f.unit) {
    case 'day':
      return dayResolution(anchor + f.amount, true);
    case 'week':
      return fixed(formatWeek(anchor + 7 * f.amount) + (f.weekend ? '-WE' : ''), 'week', true, mondayOf(anchor + 7 * f.amount));
    case 'month':
      return fixed(formatMonthIndex(monthIndex(a.year, a.month) + f.amount), 'month', true, monthPoint(monthIndex(a.year, a.month) + f.amount));
    case 'year':
      return fixed(formatYear(a.year + f.amount), 'year', true, dayNumber(a.year + f.amount, 1, 1));
  }
}

export function resolveClock(f: ClockForm, context: DayContext | null): Resolution {
  const day = context ? formatDay(context.day) : 'XXXX-XX-XX';
  return { value: `${day}${formatClock(f.hour, f.minute)}`, kind: 'time', precision: 'minute', relative: context ? context.relative : true, conflict: false, day: null, point: null };
}

/** ISO 8601 writes years 0000–9999 in four digits; a date beyond them ("Senin depan" on 9999-12-31, "31 bulan lalu" in 0001) stays unknown. */
const MINUS = 0x2d;
const FIVE_DIGITS = 5;

function outOfYears(value: string): boolean {
  if (value.charCodeAt(0) === MINUS) return true;
  for (let k = 0; k < FIVE_DIGITS; k++) {
    const c = value.charCodeAt(k);
    if (!(c >= 0x30 && c <= 0x39)) return false;
  }
  return true;
}
const UNKNOWN: Record<Exclude<TimePrecision, 'minute'>, string> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX' };

function withinYears(r: Resolution): Resolution {
  if (!outOfYears(r.value)) return r;
  const value = r.precision === 'minute' ? `XXXX-XX-XX${r.value.slice(r.value.indexOf('T'))}` : UNKNOWN[r.precision];
  return { ...r, value, relative: true, day: null, point: null };
}

export function resolvePoint(f: PointForm, anchor: number | null, context: DayContext | null): Resolution {
  switch (f.type) {
    case 'calendar':
      return withinYears(resolveCalendar(f, anchor));
    case 'weekday':
      return withinYears(resolveWeekday(f, anchor));
    case 'offset':
      return withinYears(resolveOffset(f, anchor));
    case 'clock':
      return withinYears(resolveClock(f, context));
  }
}

/** A start without a year takes the end's ("tanggal 24 sampai 3 Oktober"), the year before if it comes later in it. */
function startInYearOf(from: CalendarForm, to: CalendarForm, end: Resolution): CalendarForm {
  if (from.year !== undefined || from.yearOffset !== undefined || end.point === null) return from;
  const year = civil(end.point).year;
  const key = (f: CalendarForm) => (f.month ?? 0) * 32 + (f.day ?? 0);
  return { ...from, year: key(from) <= key(to) ? year : year - 1 };
}

export function resolveRange(from: PointForm, to: PointForm, anchor: number | null, context: DayContext | null): Resolution {
  let b = resolvePoint(to, anchor, context);
  const start = from.type === 'calendar' && to.type === 'calendar' ? startInYearOf(from, to, b) : from;
  const a = { ...resolvePoint(start, anchor, context), ...(start !== from ? { relative: b.relative } : {}) };
  // "Senin-Rabu": the end is the first such weekday on or after the start.
  if (from.type === 'weekday' && to.type === 'weekday' && a.day !== null) b = withinYears(dayResolution(a.day + ((to.weekday - from.weekday + 7) % 7), true));
  // "pukul 22.00 hingga 05.00": an end before the start is on the next day.
  if (from.type === 'clock' && to.type === 'clock' && context && to.hour * 60 + to.minute < from.hour * 60 + from.minute) {
    b = withinYears(resolveClock(to, { day: context.day + 1, relative: context.relative }));
  }
  return { value: `${a.value}/${b.value}`, kind: 'range', precision: a.precision, relative: a.relative || b.relative, conflict: a.conflict || b.conflict, day: null, point: a.point };
}
