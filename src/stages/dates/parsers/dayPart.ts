// Parts of day: "pagi", "sore", "malam", "dini hari". They join the day before them in the dayPart
// refiner ("Senin pagi", "kemarin sore", "Minggu (27/10/2024) siang"); only the early-morning and
// midnight ones ("dini hari", "tengah malam") stand alone, for the day in context.
import { ListBit } from '../calendar.js';
import type { Mention } from '../forms.js';
import { BLANK_FORM } from '../forms.js';
import { openingWith, type Scan } from '../scan.js';

const STANDALONE = new Set(['early-morning', 'midnight']);

/** What the first token must be (see openingWith). A part of day. */
export const DAY_PART_OPENS = openingWith(['day-parts']);

export function dayPart(scan: Scan, i: number): Mention | null {
  const part = scan.word(i, ListBit.DayParts);
  if (!part) return null;
  return { first: i, end: part.end, form: { ...BLANK_FORM, type: 'daypart', standalone: STANDALONE.has(part.entry.kind ?? '') } };
}
