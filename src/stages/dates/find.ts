// Finding expressions: every parser is tried at each token of the article body (boilerplate
// sentences are skipped: a related-article headline's "Hari Ini" is not this article's day), the
// longest match wins and the scan moves past it, so the work is linear in the tokens.
import type { Sentence } from '../../types.js';
import { tokenIndexAt } from '../../spans.js';
import type { Mention } from './forms.js';
import type { Scan } from './scan.js';
import { clockTime } from './parsers/clockTime.js';
import { dayPart } from './parsers/dayPart.js';
import { duration } from './parsers/duration.js';
import { monthName } from './parsers/monthName.js';
import { numericDate } from './parsers/numericDate.js';
import { recurring } from './parsers/recurring.js';
import { relativeDay } from './parsers/relativeDay.js';
import { relativeUnit } from './parsers/relativeUnit.js';
import { weekday } from './parsers/weekday.js';
import { year } from './parsers/year.js';
import { attachDayParts } from './refiners/dayPart.js';
import { dropOverlaps } from './refiners/overlaps.js';
import { attachPeriodParts } from './refiners/periodPart.js';
import { buildRanges } from './refiners/ranges.js';
import { mergeWeekdayDates } from './refiners/weekdayDate.js';

export type Parser = (scan: Scan, i: number) => Mention | null;

/** On a tie in length the earlier parser wins. */
const PARSERS: readonly Parser[] = [numericDate, monthName, year, weekday, relativeDay, relativeUnit, clockTime, recurring, duration, dayPart];

function longestAt(scan: Scan, i: number): Mention | null {
  // Every expression opens with a number, a date or time token, or a calendar word.
  const kind = scan.kind(i);
  if (kind !== 'number' && kind !== 'date' && kind !== 'time' && !(kind === 'word' && scan.opensExpression(i))) return null;
  let best: Mention | null = null;
  for (const parse of PARSERS) {
    const m = parse(scan, i);
    if (m && m.end > i && (!best || m.end > best.end)) best = m;
  }
  return best;
}

/** The raw mentions of the body's tokens, in order, not overlapping. */
export function findMentions(scan: Scan, sentences: readonly Sentence[]): Mention[] {
  const firstTokens = sentences.map((s) => tokenIndexAt(scan.tokens, s.start));
  const mentions: Mention[] = [];
  let i = 0;
  for (let s = 0; s < sentences.length; s++) {
    const begin = firstTokens[s]!;
    const stop = s + 1 < firstTokens.length ? firstTokens[s + 1]! : scan.length;
    if (sentences[s]!.boilerplate) {
      i = Math.max(i, stop);
      continue;
    }
    for (i = Math.max(i, begin); i < stop; ) {
      const m = longestAt(scan, i);
      if (m) {
        mentions.push(m);
        i = m.end;
      } else i++;
    }
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
