// Stage `dates`: Indonesian temporal expressions, normalized to TIMEX3-style values.
// Reads: doc.tokens, doc.sentences (boilerplate flags), doc.layers.boilerplate (the dateline),
// doc.documentDate, the lexicon's calendar lists (dictionaries/calendar.json).
// Writes: doc.dates and, when no document date was given, doc.documentDate (the dateline's date,
// else the first full date of the first sentence).
//
// Parsers (dates/parsers/, one surface form a file) find mentions over tokens with the parts the
// text states; refiners (dates/refiners/) merge and range them; resolution completes them from the
// anchor. Clock times and "dini hari" take the day in context: the nearest day in their sentence,
// else the last one before them in their paragraph, else the lead's, else the document date.
import type { Doc, Sentence, Stage } from '../types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { tokenIndexAt } from '../spans.js';
import { compileCalendar, type Calendar } from './dates/calendar.js';
import { formatDay, parseIsoDay } from './dates/days.js';
import { inferAnchor, resolveMentions } from './dates/document.js';
import { findMentions, refine } from './dates/find.js';
import { Scan } from './dates/scan.js';

function firstTokensOf(doc: Doc): number[] {
  return doc.sentences.map((s: Sentence) => tokenIndexAt(doc.tokens, s.start));
}

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
      const scan = new Scan(doc.text, doc.tokens, calendar);
      const mentions = refine(scan, findMentions(scan, doc.sentences, firstTokensOf(doc)));
      let anchor = parseIsoDay(doc.documentDate);
      if (anchor === null) {
        anchor = inferAnchor(doc, mentions);
        if (anchor !== null) doc.documentDate = formatDay(anchor);
      }
      doc.dates = resolveMentions(doc, mentions, anchor);
    },
  };
}
