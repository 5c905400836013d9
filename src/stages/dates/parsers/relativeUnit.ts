// Periods counted from the document date: "pekan lalu", "minggu ini", "bulan depan", "tahun ini",
// "akhir pekan ini", "dua hari lalu", "setahun lalu", "tiga pekan lagi", "5 tahun mendatang", and
// after a period part the current one: "akhir tahun", "awal bulan". Counted from the date written
// before: "tiga hari kemudian", "tahun sebelumnya", "pekan berikutnya". With a duration cue and a count
// ("dalam 5 tahun mendatang") it is a duration, left to that parser.
import { ListBit } from '../calendar.js';
import type { Mention, OffsetForm } from '../forms.js';
import { BLANK_FORM } from '../forms.js';
import { openingWith, type Scan } from '../scan.js';
import { countedUnitAt, isOrdinal, relativeWordAt, unitAt, type UnitHit } from './common.js';

function offsetUnit(unit: UnitHit['unit']): OffsetForm['unit'] | null {
  if (unit === 'weekend') return 'week';
  return unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year' ? unit : null;
}

/** What the first token must be (see openingWith). A count (number words, or a number before a unit) or a unit. */
export const RELATIVE_UNIT_OPENS = openingWith(['single-units', 'number-words', 'time-units'], ['number-then-word']);

export function relativeUnit(scan: Scan, i: number): Mention | null {
  const counted = countedUnitAt(scan, i);
  const unit = counted ? counted.unit : unitAt(scan, i);
  if (!unit || (counted && counted.count === null)) return null;
  const base = offsetUnit(unit.unit);
  if (!base || isOrdinal(scan, unit.end)) return null;
  const count = counted ? counted.count! : null;
  const weekend = unit.unit === 'weekend' ? true : undefined;
  const word = relativeWordAt(scan, unit.end);

  if (!word) {
    // "pertengahan tahun 60-an" names a decade, not this year.
    if (count !== null || (scan.joined(unit.end - 1) && scan.startsWithDigit(unit.end))) return null;
    // "akhir tahun", "awal bulan": the current period; "pada akhir pekan": this weekend.
    const current = unit.unit === 'weekend' ? scan.wordBefore(i, ListBit.DateCues) !== null : scan.wordBefore(i, ListBit.PeriodParts) !== null && base !== 'day';
    return current ? { first: i, end: unit.end, form: { ...BLANK_FORM, type: 'offset', unit: base, amount: 0, weekend } } : null;
  }
  let sign: number;
  if (word.kind === 'this' && count === null) sign = 0;
  else if (word.kind === 'past' || word.kind === 'prior') sign = -1;
  else if (word.kind === 'future' || word.kind === 'later') sign = 1;
  else if (word.kind === 'ahead' && count !== null) sign = 1;
  else return null;
  // "tiga hari kemudian", "tahun sebelumnya": from the date written before, not the document date.
  const fromContext = word.kind === 'later' || word.kind === 'prior' ? true : undefined;
  if (count !== null && sign > 0 && scan.wordBefore(i, ListBit.DurationCues) !== null) return null;
  // "hari lalu" says nothing without a count ("hari berikutnya" does); "hari ini" is the relative-day parser's.
  if (base === 'day' && count === null && sign !== 0 && !fromContext) return null;
  const amount = sign * (count ?? 1) * unit.size;
  return { first: i, end: word.end, form: { ...BLANK_FORM, type: 'offset', unit: base, amount, weekend, fromContext } };
}
