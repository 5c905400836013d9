// Ranges. A dash, or a word after a start that says less than a date, makes one expression of kind
// range: "10–12 Desember 2024", "10 hingga 12 Desember", "28 Oktober–2 November 2024", "Januari–Maret
// 2025", "2020-2024", "tahun 2024/2025"; so do two weekdays or two clock times joined either way:
// "Senin-Rabu", "Senin hingga Jumat", "pukul 14.30-16.00 WIB", "pukul 22.00 hingga 05.00 WIB". Two
// dates that each stand alone joined by a word ("19 Desember 2024 hingga 5 Januari 2025", "Januari
// hingga April 2025") stay two dates, as news annotation (TimeML) has it; the one without a year
// takes the other's.
import { ListBit } from '../calendar.js';
import type { CalendarForm, Mention, PointForm } from '../forms.js';
import { BLANK_FORM } from '../forms.js';
import type { Scan } from '../scan.js';

type Connector = 'dash' | 'word' | 'slash';

const CLOCK = /^(\d{1,2})[.:](\d{2})(?:[.:]\d{2})?$/;
const MAX_YEAR_SPAN = 200;
/** A range connector is one to three tokens ("-", "hingga", "s / d"). */
const MAX_CONNECTOR_WIDTH = 3;

/** The connector that fills tokens [from, to) exactly, on one line. */
function connectorBetween(scan: Scan, from: number, to: number): Connector | null {
  if (from >= to) return null;
  // The lookup first: it turns down most tokens without reading the spaces around them.
  const hit = scan.word(from, ListBit.RangeConnectors);
  const kind = hit?.entry.kind;
  if (!hit || hit.end !== to || !scan.joined(from - 1) || !scan.joined(to - 1)) return null;
  return kind === 'dash' || kind === 'word' || kind === 'slash' ? kind : null;
}

function precisionRank(f: CalendarForm): number {
  return f.day !== undefined ? 3 : f.month !== undefined ? 2 : 1;
}

/** Whether two calendar dates can be the two ends of one range: both days, both months or both years. */
function compatible(a: CalendarForm, b: CalendarForm): boolean {
  return precisionRank(a) === precisionRank(b);
}

/** The two ends with the parts one borrows from the other: "10–12 Desember 2024", "Desember 2024–Januari". */
function completed(a: CalendarForm, b: CalendarForm): [CalendarForm, CalendarForm] {
  const from: CalendarForm = { ...a };
  const to: CalendarForm = { ...b };
  // "tanggal 24 sampai 3 Oktober": a start day after the end day lies in the month before.
  if (from.day !== undefined && from.month === undefined && to.month !== undefined) {
    from.month = to.day !== undefined && from.day > to.day ? ((to.month + 10) % 12) + 1 : to.month;
  }
  if (from.year === undefined && to.year !== undefined) from.year = before(from, to) ? to.year : to.year - 1;
  else if (to.year === undefined && from.year !== undefined) to.year = before(from, { ...to, year: from.year }) ? from.year : from.year + 1;
  return [from, to];
}

/** Whether `a` (taken in b's year) comes no later than `b`. */
function before(a: CalendarForm, b: CalendarForm): boolean {
  const key = (f: CalendarForm) => (f.month ?? 0) * 32 + (f.day ?? 0);
  return key(a) <= key(b);
}

function range(first: number, end: number, from: PointForm, to: PointForm): Mention {
  return { first, end, form: { ...BLANK_FORM, type: 'range', from, to } };
}

/** "10 –" or "Januari –" before a date: the start of its range, written without the shared parts. */
function openingEnd(scan: Scan, b: Mention, claimedUpTo: number): Mention | null {
  if (b.form.type !== 'calendar' || b.form.weekday !== undefined) return null;
  const f = b.form;
  for (let width = 1; width <= MAX_CONNECTOR_WIDTH; width++) {
    const connectorStart = b.first - width;
    if (connectorStart <= claimedUpTo) break;
    const connector = connectorBetween(scan, connectorStart, b.first);
    if (!connector) continue;
    const k = connectorStart - 1;
    if (k < claimedUpTo || !scan.joined(k)) return null;
    if (f.day !== undefined && f.month !== undefined && connector !== 'slash') {
      const day = scan.digits(k) <= 2 ? scan.integer(k) : -1;
      if (day >= 1 && day < f.day) return range(k, b.end, { ...f, day }, f);
    }
    if (f.day === undefined && f.month !== undefined && connector === 'dash') {
      const month = scan.word(k, ListBit.Months);
      if (month?.end === connectorStart && month.entry.kind === 'name' && month.entry.value !== undefined) {
        const [from, to] = completed({ ...BLANK_FORM, type: 'calendar', month: month.entry.value }, f);
        return range(k, b.end, from, to);
      }
    }
    return null;
  }
  return null;
}

/** "2020-2024", "2024/2025", "14.30-16.00 WIB" after a year or a clock: the end of its range. */
function closingEnd(scan: Scan, a: Mention, next: Mention | undefined): Mention | null {
  // The connector is the range connector written at a.end, if it is one to three tokens long.
  const k = scan.word(a.end, ListBit.RangeConnectors)?.end ?? -1;
  if (k < a.end + 1 || k > a.end + MAX_CONNECTOR_WIDTH || (next && next.first <= k)) return null;
  const connector = connectorBetween(scan, a.end, k);
  if (!connector) return null;
  if (a.form.type === 'calendar' && a.form.month === undefined && a.form.year !== undefined && connector !== 'word') {
    const year = scan.digits(k) === 4 ? scan.integer(k) : -1;
    if (year > a.form.year && year - a.form.year <= MAX_YEAR_SPAN) return range(a.first, k + 1, a.form, { ...BLANK_FORM, type: 'calendar', year });
  }
  if (a.form.type === 'clock' && connector !== 'slash' && scan.kind(k) === 'time') {
    const clock = CLOCK.exec(scan.textAt(k));
    if (!clock) return null;
    const zone = scan.joined(k) ? scan.word(k + 1, ListBit.TimeZones) : null;
    const end = zone && (!next || next.first >= zone.end) ? zone.end : k + 1;
    return range(a.first, end, a.form, { ...BLANK_FORM, type: 'clock', hour: Number(clock[1]), minute: Number(clock[2]) });
  }
  return null;
}

export function buildRanges(scan: Scan, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let m = 0; m < mentions.length; m++) {
    const a = mentions[m]!;
    const b = mentions[m + 1];
    const claimedUpTo = out.length ? out[out.length - 1]!.end : 0;
    const connector = b ? connectorBetween(scan, a.end, b.first) : null;
    if (b && connector) {
      if (a.form.type === 'calendar' && b.form.type === 'calendar' && compatible(a.form, b.form)) {
        const [from, to] = completed(a.form, b.form);
        const yearsOnly = from.month === undefined && to.month === undefined;
        // A start that says less than a date ("tanggal 24 sampai 3 Oktober") belongs to its end.
        const partial = a.form.day !== undefined && a.form.month === undefined;
        if (connector === 'dash' || (connector === 'slash' && yearsOnly) || partial) {
          out.push(range(a.first, b.end, from, to));
          m++;
          continue;
        }
        if (connector === 'word') {
          out.push({ ...a, form: from }, { ...b, form: to });
          m++;
          continue;
        }
      }
      // Two bare weekdays ("Senin-Rabu", "Senin hingga Jumat") or two clock times make one range,
      // so that the end is read after the start.
      const weekdays = a.form.type === 'weekday' && b.form.type === 'weekday' && a.form.direction === undefined && b.form.direction === undefined;
      const clocks = a.form.type === 'clock' && b.form.type === 'clock';
      if ((weekdays || clocks) && connector !== 'slash') {
        out.push(range(a.first, b.end, a.form as PointForm, b.form as PointForm));
        m++;
        continue;
      }
    }
    const opened = openingEnd(scan, a, claimedUpTo);
    if (opened) {
      out.push(opened);
      continue;
    }
    out.push(closingEnd(scan, a, b) ?? a);
  }
  return out;
}
