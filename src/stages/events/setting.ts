// When and where, and whether it happened at all. A verb takes the date nearest it in its clause,
// else in its sentence, else the setting of the last dated sentence before it (the date that
// governs the narrative: "Persebaya menundukkan PSM … 26 Oktober 2024. … PSM menyamakan …").
// Dates that are the base of a comparison ("dibandingkan Oktober 2024") or inside a direct quote
// date nothing outside it. The place is a name after "di" ("di kota Kazan", "di wilayah Kursk").
import type { AgentReader } from './agents.js';
import type { EventView } from './view.js';
import type { EventVocabulary } from './vocabulary.js';

/** The date and place a stretch of text sets. */
export interface Setting {
  date: string | null;
  place: string | null;
}

/** Ranks a date that modifies a noun behind any date that does not, within a sentence. */
const MODIFIER_PENALTY = 1000;
/** Auxiliaries a negator may stand before the verb ("belum pernah", "tidak akan bisa"). */
const NEGATION_REACH = 3;

/** Index of the first date starting at or after token `from` (binary search; dates are in order). */
function firstDateFrom(view: EventView, from: number): number {
  let lo = 0;
  let hi = view.dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (view.dates[mid]!.first < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The value of the usable date in [from, end) nearest token `at`, dates that modify a noun
 * ("data inflasi Desember") after the others; on a tie, the later one.
 */
export function nearestDate(view: EventView, from: number, end: number, at: number): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (let k = firstDateFrom(view, from); k < view.dates.length; k++) {
    const d = view.dates[k]!;
    if (d.first >= end) break;
    if (d.comparative || d.quoted) continue;
    const distance = (d.first > at ? d.first - at : at - d.end + 1) + (d.modifier ? MODIFIER_PENALTY : 0);
    if (distance <= bestDistance) {
      best = d.value;
      bestDistance = distance;
    }
  }
  return best;
}

/** The setting a sentence leaves for the ones after it: its last usable date and the place near it. */
export function sentenceSetting(view: EventView, agents: AgentReader, from: number, end: number): Setting | null {
  for (let k = firstDateFrom(view, end) - 1; k >= 0; k--) {
    const d = view.dates[k]!;
    if (d.first < from) break;
    if (d.comparative || d.quoted) continue;
    const place = agents.place(from, end, d.first);
    return { date: d.value, place: place?.actors[0] ?? null };
  }
  return null;
}

/** Whether a negator ("belum", "tidak", "tak", "bukan") stands before the verb at `verb`. */
export function negated(view: EventView, vocabulary: EventVocabulary, verb: number, from: number): boolean {
  for (let k = verb - 1, skipped = 0; k >= from && skipped <= NEGATION_REACH; k--) {
    if (view.tokens[k]!.kind !== 'word') return false;
    const form = view.lower(k);
    if (vocabulary.isNegator(form)) return true;
    if (!vocabulary.isAuxiliary(form)) return false;
    skipped++;
  }
  return false;
}
