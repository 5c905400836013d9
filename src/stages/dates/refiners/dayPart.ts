// A part of day joins the day written just before it ("Senin pagi", "kemarin sore", "Minggu
// (27/10/2024) siang", "Senin (10/3/2025) dini hari"), which keeps its value: the contract has no
// part-of-day values. Parts of day left alone are dropped, except "dini hari" and "tengah malam".
import type { Mention } from '../forms.js';
import type { Scan } from '../scan.js';

function isDay(m: Mention): boolean {
  const f = m.form;
  return (f.type === 'calendar' && f.day !== undefined) || f.type === 'weekday' || (f.type === 'offset' && f.unit === 'day');
}

export function attachDayParts(scan: Scan, mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.form.type === 'daypart')) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.form.type !== 'daypart') {
      out.push(m);
      continue;
    }
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    if (prev && isDay(prev) && prev.end === m.first && scan.joined(m.first - 1)) {
      out[out.length - 1] = { ...prev, end: m.end };
    } else if (m.form.standalone) out.push(m);
  }
  return out;
}
