// Durations: "tiga hari", "dua tahun" (also after "selama"), "seratus tahun", "sebulan terakhir",
// "24 jam", "beberapa pekan" (PXW). Not a count of years after an age cue ("berusia 41 tahun"),
// nor the number of a law ("Nomor 1 Tahun 2023").
import { ListBit } from '../calendar.js';
import type { Mention, Unit } from '../forms.js';
import { BLANK_FORM, unitPrecision } from '../forms.js';
import { openingWith, type Scan } from '../scan.js';
import { countedUnitAt, relativeWordAt } from './common.js';

const DESIGNATOR: Record<Unit, string> = { day: 'D', week: 'W', month: 'M', year: 'Y', hour: 'H', minute: 'M', second: 'S' };

/** ISO 8601 duration: P3D, P2W, P100Y, PT24H; X for a vague count. */
export function durationValue(count: number | null, unit: Unit, size: number): string {
  const amount = count === null ? 'X' : String(count * size);
  const time = unit === 'hour' || unit === 'minute' || unit === 'second';
  return `P${time ? 'T' : ''}${amount}${DESIGNATOR[unit]}`;
}

/** What the first token must be (see openingWith). A count (number words, a number before a unit, or a unit that holds its own: "sehari"). */
export const DURATION_OPENS = openingWith(['single-units', 'number-words'], ['number-then-word']);

export function duration(scan: Scan, i: number): Mention | null {
  const counted = countedUnitAt(scan, i);
  if (!counted || counted.unit.unit === 'weekend') return null;
  if (scan.wordBefore(i, ListBit.AgeCues) !== null || scan.wordBefore(i, ListBit.NumberCues) !== null) return null;
  // "Perang Tiga Puluh Tahun" is a name.
  if (scan.isUpper(counted.unit.end - 1) && scan.isUpper(i) && scan.joined(i - 1) && scan.kind(i - 1) === 'word' && scan.isUpper(i - 1)) return null;
  const unit = counted.unit.unit as Unit;
  let end = counted.unit.end;
  const word = relativeWordAt(scan, end);
  if (word && (word.kind === 'recent' || (word.kind === 'future' && scan.wordBefore(i, ListBit.DurationCues) !== null))) end = word.end;
  return {
    first: i,
    end,
    form: { ...BLANK_FORM, type: 'duration', value: durationValue(counted.count, unit, counted.unit.size), precision: unitPrecision(unit) },
  };
}
