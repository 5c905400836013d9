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
import type { Doc, Sentence, Stage, TimeExpression } from '../types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { sentenceIndexAt, spanAt, tokenIndexAt } from '../spans.js';
import type { BoilerplateLayer } from './boilerplate.js';
import { compileCalendar, type Calendar } from './dates/calendar.js';
import { dayNumber, formatDay, parseIsoDay } from './dates/days.js';
import { findMentions, refine } from './dates/find.js';
import type { Mention } from './dates/forms.js';
import { resolvePoint, resolveRange, type DayContext, type Resolution } from './dates/resolve.js';
import { Scan } from './dates/scan.js';

/** Where a mention sits, for finding the day in context. */
interface Placed {
  mention: Mention;
  sentence: number;
  line: number;
  resolution: Resolution | null;
}

function firstTokensOf(doc: Doc): number[] {
  return doc.sentences.map((s: Sentence) => tokenIndexAt(doc.tokens, s.start));
}

function place(doc: Doc, mentions: readonly Mention[]): Placed[] {
  const placed: Placed[] = [];
  let line = 0;
  let cursor = 0;
  for (const mention of mentions) {
    const start = doc.tokens[mention.first]!.start;
    for (; cursor < start; cursor++) if (doc.text.charCodeAt(cursor) === 10) line++;
    placed.push({ mention, sentence: sentenceIndexAt(doc.sentences, start), line, resolution: null });
  }
  return placed;
}

/** The day of a date stated in full (day, month and year, nothing taken from an anchor), else null. */
function fullDate(m: Mention): number | null {
  const f = m.form;
  return f.type === 'calendar' && f.year !== undefined && f.month !== undefined && f.day !== undefined ? dayNumber(f.year, f.month, f.day) : null;
}

/** The dateline's date, else the first full date of the first sentence. */
function inferAnchor(doc: Doc, placed: readonly Placed[]): number | null {
  const dateline = (doc.layers.boilerplate as BoilerplateLayer | undefined)?.dateline;
  const pick = (ok: (p: Placed) => boolean) => placed.find((p) => fullDate(p.mention) !== null && ok(p));
  const inDateline = dateline ? pick((p) => doc.tokens[p.mention.first]!.start < dateline.span.end) : undefined;
  const chosen = inDateline ?? pick((p) => p.sentence === 0);
  return chosen ? fullDate(chosen.mention) : null;
}

function needsContext(m: Mention): boolean {
  const f = m.form;
  return f.type === 'clock' || f.type === 'daypart' || (f.type === 'range' && f.from.type === 'clock');
}

/** The day in context of each clock time, in two linear passes (last day before, next day after). */
function contexts(placed: readonly Placed[], anchor: number | null): (DayContext | null)[] {
  const leadDay = placed.find((p) => p.sentence === 0 && p.resolution?.day != null)?.resolution;
  const next: (Placed | null)[] = new Array(placed.length).fill(null);
  for (let i = placed.length - 2; i >= 0; i--) next[i] = placed[i + 1]!.resolution?.day != null ? placed[i + 1]! : next[i + 1]!;
  const out: (DayContext | null)[] = [];
  let last: Placed | null = null;
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i]!;
    const after = next[i];
    const of = (q: Placed): DayContext => ({ day: q.resolution!.day!, relative: q.resolution!.relative });
    if (last && last.sentence === p.sentence) out.push(of(last));
    else if (after && after.sentence === p.sentence) out.push(of(after));
    else if (last && last.line === p.line) out.push(of(last));
    else if (leadDay?.day != null) out.push({ day: leadDay.day, relative: leadDay.relative });
    else out.push(anchor === null ? null : { day: anchor, relative: true });
    if (p.resolution?.day != null) last = p;
  }
  return out;
}

function resolveAll(doc: Doc, placed: Placed[], anchor: number | null): TimeExpression[] {
  for (const p of placed) {
    const f = p.mention.form;
    if (needsContext(p.mention)) continue;
    if (f.type === 'range') p.resolution = resolveRange(f.from, f.to, anchor, null);
    else if (f.type === 'duration' || f.type === 'set') p.resolution = { value: f.value, kind: f.type, precision: f.precision, relative: false, conflict: false, day: null };
    else if (f.type !== 'daypart') p.resolution = resolvePoint(f, anchor, null);
  }
  const context = contexts(placed, anchor);
  placed.forEach((p, i) => {
    const f = p.mention.form;
    if (!needsContext(p.mention)) return;
    const day = context[i] ?? null;
    if (f.type === 'range') p.resolution = resolveRange(f.from, f.to, anchor, day);
    else if (f.type === 'clock') p.resolution = resolvePoint(f, anchor, day);
    else p.resolution = day ? { value: formatDay(day.day), kind: 'date', precision: 'day', relative: day.relative, conflict: false, day: day.day } : { value: 'XXXX-XX-XX', kind: 'date', precision: 'day', relative: true, conflict: false, day: null };
  });
  return placed.map(({ mention, resolution: r }) => {
    const { start, end, text } = spanAt(doc.text, doc.tokens[mention.first]!.start, doc.tokens[mention.end - 1]!.end);
    const expression: TimeExpression = { start, end, text, value: r!.value, kind: r!.kind, precision: r!.precision, relative: r!.relative };
    if (r!.conflict) expression.conflict = true;
    return expression;
  });
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
      const placed = place(doc, mentions);
      let anchor = parseIsoDay(doc.documentDate);
      if (anchor === null) {
        anchor = inferAnchor(doc, placed);
        if (anchor !== null) doc.documentDate = formatDay(anchor);
      }
      doc.dates = resolveAll(doc, placed, anchor);
    },
  };
}
