// Finding expressions: at each token of the article body (boilerplate sentences are skipped: a
// related-article headline's "Hari Ini" is not this article's day) the parsers that can open there
// are tried, the longest match wins and the scan moves past it, so the work is linear in the
// tokens. What a token offers (Scan.opening) is told from a hash of its letters for most tokens, so
// the parsers run at the few that can start a date.
import type { Sentence } from '../../types.js';
import type { Mention } from './forms.js';
import type { Scan } from './scan.js';
import { clockTime, CLOCK_TIME_OPENS } from './parsers/clockTime.js';
import { dayPart, DAY_PART_OPENS } from './parsers/dayPart.js';
import { duration, DURATION_OPENS } from './parsers/duration.js';
import { monthName, MONTH_NAME_OPENS } from './parsers/monthName.js';
import { numericDate, NUMERIC_DATE_OPENS } from './parsers/numericDate.js';
import { recurring, RECURRING_OPENS } from './parsers/recurring.js';
import { relativeDay, RELATIVE_DAY_OPENS } from './parsers/relativeDay.js';
import { relativeUnit, RELATIVE_UNIT_OPENS } from './parsers/relativeUnit.js';
import { weekday, WEEKDAY_OPENS } from './parsers/weekday.js';
import { year, YEAR_OPENS } from './parsers/year.js';
import { attachDayParts } from './refiners/dayPart.js';
import { dropOverlaps } from './refiners/overlaps.js';
import { attachPeriodParts } from './refiners/periodPart.js';
import { buildRanges } from './refiners/ranges.js';
import { mergeWeekdayDates } from './refiners/weekdayDate.js';

export type Parser = (scan: Scan, i: number) => Mention | null;

interface OpeningParser {
  parse: Parser;
  /** What its first token must be (openingWith): the others it would only turn down. */
  opens: number;
}

/** On a tie in length the earlier parser wins. */
const PARSERS: readonly OpeningParser[] = [
  { parse: numericDate, opens: NUMERIC_DATE_OPENS },
  { parse: monthName, opens: MONTH_NAME_OPENS },
  { parse: year, opens: YEAR_OPENS },
  { parse: weekday, opens: WEEKDAY_OPENS },
  { parse: relativeDay, opens: RELATIVE_DAY_OPENS },
  { parse: relativeUnit, opens: RELATIVE_UNIT_OPENS },
  { parse: clockTime, opens: CLOCK_TIME_OPENS },
  { parse: recurring, opens: RECURRING_OPENS },
  { parse: duration, opens: DURATION_OPENS },
  { parse: dayPart, opens: DAY_PART_OPENS },
];

/** The longest mention opening at token `i`, whose Scan.opening is `opening`. */
function longestAt(scan: Scan, i: number, opening: number): Mention | null {
  let best: Mention | null = null;
  // The list in a local: the module's variable is read again at each use in the loop.
  const parsers = PARSERS;
  for (let p = 0; p < parsers.length; p++) {
    const parser = parsers[p]!;
    if ((parser.opens & opening) === 0) continue;
    const m = parser.parse(scan, i);
    if (m && m.end > i && (!best || m.end > best.end)) best = m;
  }
  return best;
}

/** The raw mentions of the body's tokens, in order, not overlapping. */
export function findMentions(scan: Scan, sentences: readonly Sentence[]): Mention[] {
  const mentions: Mention[] = [];
  const ends = scan.ends;
  // The sentence of token i: the last whose first token (tokenIndexAt its start) is not after i;
  // -1 before the first sentence. Both only go forward.
  let s = -1;
  let nextStart = sentences.length > 0 ? sentences[0]!.start : Infinity;
  // Most tokens can open nothing (Scan.mayOpenFrom): they are stepped over without their sentence.
  for (let i = scan.mayOpenFrom(0); i < ends.length; i = scan.mayOpenFrom(i)) {
    const end = ends[i]!;
    while (end > nextStart) {
      s++;
      nextStart = s + 1 < sentences.length ? sentences[s + 1]!.start : Infinity;
    }
    const opening = s < 0 || sentences[s]!.boilerplate ? 0 : scan.opening(i);
    const m = opening === 0 ? null : longestAt(scan, i, opening);
    if (m) {
      mentions.push(m);
      i = m.end;
    } else i++;
  }
  return mentions;
}

/** Merges, ranges and the last word on overlaps, in the order each needs the one before. */
export function refine(scan: Scan, mentions: Mention[]): Mention[] {
  let out = mergeWeekdayDates(scan, mentions);
  out = attachDayParts(scan, out);
  out = attachPeriodParts(scan, out);
  out = buildRanges(scan, out);
  return dropOverlaps(out);
}
