// Years: "tahun 2023", "tahun kalender 2024", and a bare four-digit year where a year is expected
// ("pada 2023", "sejak 2022", "hingga 2026", "akhir 2024"). Never the year of a law ("UU Nomor 1
// Tahun 2023"), nor a year in a name ("Piala Dunia 2026", "UUD 1945"): no cue stands before those;
// nor a year of another era ("1900 SM", "1445 H").
import { ListBit } from '../calendar.js';
import type { Mention } from '../forms.js';
import { BLANK_FORM } from '../forms.js';
import { openingWith, type Scan } from '../scan.js';
import { afterEra, cueBefore, relativeWordAt } from './common.js';

const MIN_HEADED_YEAR = 1000;
const MAX_HEADED_YEAR = 2999;
/** A bare number is a year only within these, even after a cue. */
const MIN_BARE_YEAR = 1800;
const MAX_BARE_YEAR = 2199;
const MAX_YEAR_SPAN = 200;

function fourDigits(scan: Scan, i: number, min: number, max: number): number {
  if (scan.digits(i) !== 4) return -1;
  const year = scan.integer(i);
  return year >= min && year <= max ? year : -1;
}

/** "Nomor 1 Tahun 2023": the head follows a number that follows a number cue. */
function isLawNumber(scan: Scan, head: number): boolean {
  const before = head - 1;
  if (before < 0 || scan.kind(before) !== 'number') return false;
  return scan.wordBefore(before, ListBit.NumberCues) !== null;
}

/** "2020-2024": a later year after a dash makes a year range even without a cue. */
function laterYearAfterDash(scan: Scan, k: number, first: number): boolean {
  const dash = scan.joined(k - 1) ? scan.word(k, ListBit.RangeConnectors) : null;
  if (!dash || dash.entry.kind !== 'dash' || !scan.joined(dash.end - 1)) return false;
  const second = fourDigits(scan, dash.end, MIN_BARE_YEAR, MAX_BARE_YEAR);
  return second > first && second - first <= MAX_YEAR_SPAN;
}

/** "M" and "lalu"/"silam" after a year belong to it ("2020 lalu"); -1 after "SM" or "H". */
function endAfter(scan: Scan, end: number): number {
  const era = afterEra(scan, end);
  if (era < 0) return -1;
  const word = relativeWordAt(scan, era);
  return word && word.kind === 'past' ? word.end : era;
}

/** What the first token must be (see openingWith). A date head ("tahun"), or four digits after a cue or before a connector. */
export const YEAR_OPENS = openingWith(['date-heads'], ['four-digits']);

export function year(scan: Scan, i: number): Mention | null {
  const head = scan.word(i, ListBit.DateHeads);
  if (head) {
    if (head.entry.kind !== 'year' || !scan.joined(head.end - 1) || isLawNumber(scan, i)) return null;
    const value = fourDigits(scan, head.end, MIN_HEADED_YEAR, MAX_HEADED_YEAR);
    const end = value > 0 ? endAfter(scan, head.end + 1) : -1;
    return end > 0 ? { first: i, end, form: { ...BLANK_FORM, type: 'calendar', year: value } } : null;
  }
  const value = fourDigits(scan, i, MIN_BARE_YEAR, MAX_BARE_YEAR);
  // After "tahun" the headed form above has read it, unless it was a law's ("Nomor 1 Tahun 2023").
  if (value < 0 || scan.wordBefore(i, ListBit.DateHeads)?.entry.kind === 'year') return null;
  if (!cueBefore(scan, i) && !laterYearAfterDash(scan, i + 1, value)) return null;
  const end = endAfter(scan, i + 1);
  return end > 0 ? { first: i, end, form: { ...BLANK_FORM, type: 'calendar', year: value } } : null;
}
