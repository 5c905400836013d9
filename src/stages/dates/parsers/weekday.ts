// Weekdays: "Senin", "hari Senin", "Kamis lalu", "Senin kemarin", "Jumat depan", "Kamis ini",
// "Jumat pekan ini", "Jumat minggu lalu". "Minggu" is Sunday unless a relative word, an ordinal or a
// count makes it the week ("minggu lalu", "minggu ke-3", "dua minggu"): then the unit parsers read it.
import { ListBit } from '../calendar.js';
import type { Mention } from '../forms.js';
import { BLANK_FORM } from '../forms.js';
import { openingWith, type Scan } from '../scan.js';
import { countAt, directionOf, isOrdinal, relativeWordAt, tenseBefore, unitAt } from './common.js';

const SUNDAY = 7;

/** Whether "minggu" at `i` is the week, not Sunday. */
function isWeekWord(scan: Scan, i: number, headed: boolean): boolean {
  if (headed) return false;
  if (!scan.isUpper(i)) return true;
  if (relativeWordAt(scan, i + 1) !== null || isOrdinal(scan, i + 1)) return true;
  const count = i > 0 && scan.joined(i - 1) ? countBefore(scan, i) : false;
  return count;
}

function countBefore(scan: Scan, i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const count = countAt(scan, k);
    if (count && count.end === i) return true;
  }
  return false;
}

/** What the first token must be (see openingWith). A date head ("hari") or a weekday. */
export const WEEKDAY_OPENS = openingWith(['date-heads', 'weekdays']);

export function weekday(scan: Scan, i: number): Mention | null {
  let k = i;
  const head = scan.word(i, ListBit.DateHeads);
  if (head) {
    if (head.entry.kind !== 'weekday' || !scan.joined(head.end - 1)) return null;
    k = head.end;
  }
  const hit = scan.word(k, ListBit.Weekdays);
  if (!hit || hit.entry.value === undefined) return null;
  const day = hit.entry.value;
  if (day === SUNDAY && isWeekWord(scan, k, head !== null)) return null;
  // A weekday in lower case is one only after "hari" or "pada" ("pada senin").
  if (!head && !scan.isUpper(k) && scan.wordBefore(k, ListBit.DateCues) === null) return null;

  // "Jumat pekan ini", "Jumat minggu lalu": the weekday of a week counted from the anchor's.
  const unit = scan.joined(hit.end - 1) ? unitAt(scan, hit.end) : null;
  if (unit?.unit === 'week') {
    const word = relativeWordAt(scan, unit.end);
    const direction = directionOf(word);
    if (word && (direction === 'past' || direction === 'future' || direction === 'this')) {
      const weekOffset = direction === 'past' ? -1 : direction === 'future' ? 1 : 0;
      return { first: i, end: word.end, form: { ...BLANK_FORM, type: 'weekday', weekday: day, weekOffset } };
    }
  }
  const word = relativeWordAt(scan, hit.end);
  const stated = directionOf(word);
  if (stated) return { first: i, end: word!.end, form: { ...BLANK_FORM, type: 'weekday', weekday: day, direction: stated } };
  const direction = tenseBefore(scan, i);
  return { first: i, end: hit.end, form: { ...BLANK_FORM, type: 'weekday', weekday: day, direction } };
}
