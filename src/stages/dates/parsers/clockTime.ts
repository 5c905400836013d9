// Clock times: "pukul 14.30 WIB", "pkl 09:00 WITA", "pukul 07.40 waktu setempat", "jam 7 malam",
// "pukul 2 dini hari", and a time token with its zone or part of day ("09:00 WITA"). The time is
// local as written (no zone conversion); the day comes from the context at resolution.
import { ListBit } from '../calendar.js';
import type { Mention } from '../forms.js';
import { BLANK_FORM } from '../forms.js';
import { openingWith, type Scan } from '../scan.js';
import { countAt } from './common.js';

const CLOCK = /^(\d{1,2})[.:](\d{2})(?:[.:]\d{2})?$/;
const NOON = 12;

/** "jam 7 malam" is 19:00, "jam 1 siang" 13:00, "jam 12 malam" midnight; written 24-hour times stay. */
function shiftByDayPart(hour: number, part: string | undefined): number {
  if (hour > NOON) return hour;
  switch (part) {
    case 'afternoon':
    case 'evening':
      return hour < NOON ? hour + NOON : hour;
    case 'night':
      if (hour === NOON) return 0;
      return hour >= 6 ? hour + NOON : hour;
    case 'midday':
      return hour <= 5 ? hour + NOON : hour;
    case 'midnight':
      return hour === NOON ? 0 : hour;
    default:
      return hour;
  }
}

/** What the first token must be (see openingWith). A clock cue ("pukul") or a time token. */
export const CLOCK_TIME_OPENS = openingWith(['clock-cues'], ['time']);

export function clockTime(scan: Scan, i: number): Mention | null {
  let k = i;
  const cue = scan.word(i, ListBit.ClockCues);
  if (cue) {
    // "2 jam 30 menit" counts hours: "jam" after a count is a unit.
    const unit = scan.has(i, ListBit.TimeUnits) && i > 0 && scan.joined(i - 1) && countAt(scan, i - 1)?.end === i;
    if (!scan.joined(cue.end - 1) || unit) return null;
    k = cue.end;
  }
  let hour: number;
  let minute = 0;
  const clock = scan.kind(k) === 'time' ? CLOCK.exec(scan.textAt(k)) : null;
  if (clock) {
    hour = Number(clock[1]);
    minute = Number(clock[2]);
  } else if (cue && scan.digits(k) > 0 && scan.digits(k) <= 2) {
    hour = scan.integer(k);
    if (scan.joined(k) && scan.has(k + 1, ListBit.TimeUnits)) return null;
  } else return null;
  let end = k + 1;
  const part = scan.joined(end - 1) ? scan.word(end, ListBit.DayParts) : null;
  if (part) {
    hour = shiftByDayPart(hour, part.entry.kind);
    end = part.end;
  }
  const zone = scan.joined(end - 1) ? scan.word(end, ListBit.TimeZones) : null;
  if (zone) end = zone.end;
  if (!cue && !zone && !part) return null;
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return null;
  return { first: i, end, form: { ...BLANK_FORM, type: 'clock', hour, minute } };
}
