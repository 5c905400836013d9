// Stage `dates`: Indonesian temporal expressions, normalized to TIMEX3-style values.
// Reads: doc.tokens, doc.sentences (boilerplate ones are skipped), doc.layers.boilerplate (the
// dateline), doc.documentDate, the lexicon's calendar lists (dictionaries/calendar.json).
// Writes: doc.dates and, when no document date was given, doc.documentDate (the dateline's date,
// else the first full date of the first sentence).
//
// Parsers (dates/parsers/, one surface form a file) find mentions over tokens with the parts the
// text states; refiners (dates/refiners/) merge weekdays with their dates, attach parts of day and
// period parts, build ranges and drop overlaps; resolution (dates/resolve.ts, dates/document.ts)
// completes what the text leaves out from the anchor, or, without one, keeps it unknown: "X" in the
// value for unknown calendar parts (XXXX-11-09), a signed offset for counted days (P-1D).
import type { Stage } from '../types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { wordHashes } from '../lexicon/normalize.js';
import { tokenOffsets } from '../spans.js';
import { compileCalendar, type Calendar } from './dates/calendar.js';
import { formatDay, parseIsoDay } from './dates/days.js';
import { inferAnchor, resolveMentions } from './dates/document.js';
import { findMentions, refine } from './dates/find.js';
import { Scan } from './dates/scan.js';

export function createDatesStage(): Stage {
  // One compiled calendar per lexicon (per pipeline, and per set of per-call dictionaries).
  const calendars = new WeakMap<Lexicon, Calendar>();
  return {
    name: 'dates',
    run(doc, { lexicon }) {
      let calendar = calendars.get(lexicon);
      if (!calendar) {
        calendar = compileCalendar(lexicon);
        calendars.set(lexicon, calendar);
      }
      const scan = new Scan(doc.text, doc.tokens, calendar, wordHashes(doc), tokenOffsets(doc));
      const mentions = refine(scan, findMentions(scan, doc.sentences));
      let anchor = parseIsoDay(doc.documentDate);
      if (anchor === null) {
        anchor = inferAnchor(doc, mentions);
        if (anchor !== null) doc.documentDate = formatDay(anchor);
      }
      doc.dates = resolveMentions(doc, mentions, anchor);
    },
  };
}
