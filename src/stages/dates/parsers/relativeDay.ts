// Days named from the document date: "hari ini", "kemarin", "besok", "esok", "lusa", "kemarin lusa",
// and parts of day that say which day they are: "tadi malam" (last night: the day before), "tadi
// pagi", "malam ini", "pagi tadi", "dini hari tadi" (today). A part of day after one of these
// ("kemarin sore", "besok pagi") joins it in the dayPart refiner. "keesokan harinya" counts from the
// date written before it.
import { ListBit } from '../calendar.js';
import type { Mention } from '../forms.js';
import { BLANK_FORM } from '../forms.js';
import { openingWith, type Scan } from '../scan.js';
import { relativeWordAt } from './common.js';

/** The day before when "tadi" speaks of the night; any other part of day is today's. */
function earlierDay(kind: string | undefined): number {
  return kind === 'night' ? -1 : 0;
}

/** What the first token must be (see openingWith). A day named from the document date or from the one before, "tadi", or a part of day. */
export const RELATIVE_DAY_OPENS = openingWith(['context-days', 'relative-days', 'relative-words', 'day-parts']);

export function relativeDay(scan: Scan, i: number): Mention | null {
  const next = scan.word(i, ListBit.ContextDays);
  if (next?.entry.value !== undefined) return { first: i, end: next.end, form: { ...BLANK_FORM, type: 'offset', unit: 'day', amount: next.entry.value, fromContext: true } };
  const day = scan.word(i, ListBit.RelativeDays);
  if (day && day.entry.value !== undefined) {
    // "hari esok" is the future in general, not tomorrow.
    if (scan.fold(i) === 'esok' && scan.wordBefore(i, ListBit.DateHeads)?.entry.kind === 'weekday') return null;
    return { first: i, end: day.end, form: { ...BLANK_FORM, type: 'offset', unit: 'day', amount: day.entry.value } };
  }
  const word = scan.word(i, ListBit.RelativeWords);
  if (word?.entry.kind === 'earlier' && scan.joined(word.end - 1)) {
    const part = scan.word(word.end, ListBit.DayParts);
    if (part) return { first: i, end: part.end, form: { ...BLANK_FORM, type: 'offset', unit: 'day', amount: earlierDay(part.entry.kind) } };
    return null;
  }
  const part = scan.word(i, ListBit.DayParts);
  if (!part) return null;
  const after = relativeWordAt(scan, part.end);
  if (after?.kind === 'this') return { first: i, end: after.end, form: { ...BLANK_FORM, type: 'offset', unit: 'day', amount: 0 } };
  if (after?.kind === 'earlier') return { first: i, end: after.end, form: { ...BLANK_FORM, type: 'offset', unit: 'day', amount: earlierDay(part.entry.kind) } };
  return null;
}
