// Parts of day: "pagi", "sore", "malam", "dini hari". They join the day before them in the dayPart
// refiner ("Senin pagi", "kemarin sore", "Minggu (27/10/2024) siang"); only the early-morning and
// midnight ones ("dini hari", "tengah malam") stand alone, for the day in context.
import type { Mention } from '../forms.js';
import type { Scan } from '../scan.js';

const STANDALONE = new Set(['early-morning', 'midnight']);

export function dayPart(scan: Scan, i: number): Mention | null {
  const part = scan.word(i, 'day-parts');
  if (!part) return null;
  return { first: i, end: part.end, form: { type: 'daypart', standalone: STANDALONE.has(part.entry.kind ?? '') } };
}
