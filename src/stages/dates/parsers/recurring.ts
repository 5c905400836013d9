// Sets: "setiap Senin" (XXXX-WXX-1), "setiap hari" (P1D), "tiap tahun" (P1Y), "setiap empat jam"
// (PT4H), "setiap akhir pekan" (XXXX-WXX-WE), "setiap Desember" (XXXX-12), "setiap malam" (P1D). A
// clock time right after a set recurs with it ("setiap hari pukul 08.00-16.00 WIB", see document.ts).
import { ListBit } from '../calendar.js';
import type { Mention } from '../forms.js';
import { twoDigits } from '../days.js';
import { BLANK_FORM, unitPrecision } from '../forms.js';
import { openingWith, type Scan } from '../scan.js';
import { countedUnitAt, unitAt } from './common.js';
import { durationValue } from './duration.js';

/** What the first token must be (see openingWith). A set cue ("setiap"). */
export const RECURRING_OPENS = openingWith(['set-cues']);

export function recurring(scan: Scan, i: number): Mention | null {
  const cue = scan.word(i, ListBit.SetCues);
  if (!cue || !scan.joined(cue.end - 1)) return null;
  const k = cue.end;
  const weekday = scan.word(k, ListBit.Weekdays);
  // "saban minggu" is every week; "setiap Minggu" every Sunday.
  if (weekday?.entry.value !== undefined && (scan.isUpper(k) || !scan.has(k, ListBit.TimeUnits))) {
    return { first: i, end: weekday.end, form: { ...BLANK_FORM, type: 'set', value: `XXXX-WXX-${weekday.entry.value}`, precision: 'day' } };
  }
  // "setiap malam", "tiap pagi": daily.
  const part = scan.word(k, ListBit.DayParts);
  if (part) return { first: i, end: part.end, form: { ...BLANK_FORM, type: 'set', value: 'P1D', precision: 'day' } };
  const month = scan.word(k, ListBit.Months);
  if (month?.entry.value !== undefined && month.entry.kind === 'name') {
    return { first: i, end: month.end, form: { ...BLANK_FORM, type: 'set', value: `XXXX-${twoDigits(month.entry.value)}`, precision: 'month' } };
  }
  const counted = countedUnitAt(scan, k);
  const unit = counted?.unit ?? unitAt(scan, k);
  if (!unit) return null;
  if (unit.unit === 'weekend') return { first: i, end: unit.end, form: { ...BLANK_FORM, type: 'set', value: 'XXXX-WXX-WE', precision: 'week' } };
  const count = counted ? counted.count : 1;
  return { first: i, end: unit.end, form: { ...BLANK_FORM, type: 'set', value: durationValue(count, unit.unit, unit.size), precision: unitPrecision(unit.unit) } };
}
