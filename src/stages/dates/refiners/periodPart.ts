// "awal", "pertengahan", "akhir" before a month, a year or a counted period join the expression
// ("akhir September 2024", "pertengahan Desember", "awal tahun ini", "akhir 2024"); the value stays
// the month's or the year's, as the contract has no modifier.
import { ListBit } from '../calendar.js';
import type { Mention } from '../forms.js';
import type { Scan } from '../scan.js';

function takesPart(m: Mention): boolean {
  const f = m.form;
  if (f.type === 'calendar') return f.day === undefined && f.weekday === undefined && (f.month !== undefined || f.year !== undefined);
  return f.type === 'offset' && f.unit !== 'day' && !f.weekend;
}

export function attachPeriodParts(scan: Scan, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const part = takesPart(m) ? scan.wordBefore(m.first, ListBit.PeriodParts) : null;
    // Read only when there is one: out[-1] is a named property's slow lookup, not an element's.
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    out.push(part && (!prev || prev.end <= part.start) ? { ...m, first: part.start } : m);
  }
  return out;
}
