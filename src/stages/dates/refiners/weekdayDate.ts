// Merges a weekday with the date written after it into one expression: "Sabtu (9/11/2024)",
// "Senin, 4 November 2024", "Rabu pagi, 9 Oktober 2024", "Sabtu waktu setempat (9/11/2024)". The
// date keeps its value; a weekday it does not fall on is flagged at resolution (the date wins).
import { ListBit } from '../calendar.js';
import type { Mention } from '../forms.js';
import type { Scan } from '../scan.js';

/** Token index after the filler between a weekday and its date, or -1 when something else stands there. */
function fillerEnd(scan: Scan, from: number, to: number, mentions: readonly Mention[], next: number): { end: number; bracket: boolean } | null {
  let k = from;
  let bracket = false;
  let comma = false;
  let m = next;
  while (k < to) {
    if (!scan.joined(k - 1)) return null;
    const text = scan.textAt(k);
    const daypart = mentions[m];
    if (daypart && daypart.first === k && daypart.form.type === 'daypart') {
      k = daypart.end;
      m++;
    } else if (text === '(' && !bracket) {
      bracket = true;
      k++;
    } else if (text === ',' && !comma) {
      comma = true;
      k++;
    } else {
      const zone = scan.word(k, ListBit.TimeZones);
      if (!zone) return null;
      k = zone.end;
    }
  }
  return k === to && scan.joined(to - 1) ? { end: k, bracket } : null;
}

export function mergeWeekdayDates(scan: Scan, mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.form.type === 'weekday')) return mentions;
  const out: Mention[] = [];
  for (let m = 0; m < mentions.length; m++) {
    const a = mentions[m]!;
    const bare = a.form.type === 'weekday' && a.form.weekOffset === undefined && (a.form.direction === undefined || a.form.direction === 'onOrAfter' || a.form.direction === 'onOrBefore');
    if (!bare || a.form.type !== 'weekday') {
      out.push(a);
      continue;
    }
    // The date is the next mention that is not a part of day.
    let d = m + 1;
    while (mentions[d]?.form.type === 'daypart') d++;
    const b = mentions[d];
    if (!b || b.form.type !== 'calendar' || b.form.day === undefined || b.form.weekday !== undefined || d - m > 2) {
      out.push(a);
      continue;
    }
    const filler = fillerEnd(scan, a.end, b.first, mentions, m + 1);
    if (!filler) {
      out.push(a);
      continue;
    }
    const closes = filler.bracket && scan.textAt(b.end) === ')' && scan.touches(b.end - 1);
    out.push({ first: a.first, end: closes ? b.end + 1 : b.end, form: { ...b.form, weekday: a.form.weekday } });
    m = d;
  }
  return out;
}
