// Resolution over a whole document, where one expression needs others: the anchor found in the
// text, the day in context of clock times, and offsets counted from the date before them
// ("tiga hari kemudian", "tahun sebelumnya"). Every pass walks the mentions once, in order.
import type { Doc, TimeExpression, TimePrecision } from '../../types.js';
import { spanAt } from '../../spans.js';
import type { BoilerplateLayer } from '../boilerplate.js';
import { dayNumber, formatDay } from './days.js';
import type { Mention, OffsetForm } from './forms.js';
import { resolvePoint, resolveRange, type DayContext, type Resolution } from './resolve.js';

/** Where a mention sits, for finding what it depends on. */
interface Placed {
  mention: Mention;
  sentence: number;
  line: number;
  resolution: Resolution | null;
}

/**
 * The mentions (in text order) with their sentence and line, both found walking forward once. The
 * lines are counted only with `countLines` (only resolveClocks reads them); else every line is 0.
 */
function place(doc: Doc, mentions: readonly Mention[], countLines: boolean): Placed[] {
  const placed: Placed[] = [];
  const sentences = doc.sentences;
  let line = 0;
  // The next line feed not yet counted: found by indexOf, each one once.
  let lineFeed = countLines ? doc.text.indexOf('\n') : -1;
  // The first sentence that ends after the mention's start (sentenceIndexAt, walking forward).
  let s = 0;
  for (const mention of mentions) {
    const start = doc.tokens[mention.first]!.start;
    for (; lineFeed >= 0 && lineFeed < start; lineFeed = doc.text.indexOf('\n', lineFeed + 1)) line++;
    while (s < sentences.length && sentences[s]!.end <= start) s++;
    const sentence = s < sentences.length && sentences[s]!.start <= start ? s : -1;
    placed.push({ mention, sentence, line, resolution: null });
  }
  return placed;
}

/** The day of a date stated in full (day, month and year, nothing taken from an anchor), else null. */
function fullDate(m: Mention): number | null {
  const f = m.form;
  return f.type === 'calendar' && f.year !== undefined && f.month !== undefined && f.day !== undefined ? dayNumber(f.year, f.month, f.day) : null;
}

/** The dateline's date, else the first full date of the first sentence, else null. */
export function inferAnchor(doc: Doc, mentions: readonly Mention[]): number | null {
  const dateline = (doc.layers.boilerplate as BoilerplateLayer | undefined)?.dateline;
  const startOf = (m: Mention) => doc.tokens[m.first]!.start;
  const inDateline = dateline ? mentions.find((m) => fullDate(m) !== null && startOf(m) < dateline.span.end) : undefined;
  const firstSentenceEnd = doc.sentences[0]?.end ?? 0;
  const chosen = inDateline ?? mentions.find((m) => fullDate(m) !== null && startOf(m) < firstSentenceEnd);
  return chosen ? fullDate(chosen) : null;
}

function needsDayInContext(m: Mention): boolean {
  const f = m.form;
  return f.type === 'clock' || f.type === 'daypart' || (f.type === 'range' && f.from.type === 'clock');
}

const RANK: Record<TimePrecision, number> = { minute: 0, day: 1, week: 2, month: 3, year: 4 };

/** The latest resolved date of each precision, for offsets counted from context. */
class Latest {
  private readonly points: (number | null)[] = [null, null, null, null, null];
  private readonly order: number[] = [-1, -1, -1, -1, -1];
  private count = 0;

  note(r: Resolution): void {
    if (r.kind !== 'date' || r.point === null) return;
    this.points[RANK[r.precision]] = r.point;
    this.order[RANK[r.precision]] = this.count++;
  }

  /** The point of the latest date at least as fine as `unit` ("tahun sebelumnya" counts from any). */
  before(unit: OffsetForm['unit']): number | null {
    let best = -1;
    for (let rank = RANK.day; rank <= RANK[unit]; rank++) {
      if (this.order[rank]! >= 0 && (best < 0 || this.order[rank]! > this.order[best]!)) best = rank;
    }
    return best < 0 ? null : this.points[best]!;
  }
}

/** Pass 1, in text order: everything but the clock times; context offsets count from the latest date. */
function resolveDates(placed: Placed[], anchor: number | null): void {
  const latest = new Latest();
  for (const p of placed) {
    const f = p.mention.form;
    if (needsDayInContext(p.mention)) continue;
    if (f.type === 'range') p.resolution = resolveRange(f.from, f.to, anchor, null);
    else if (f.type === 'duration' || f.type === 'set') p.resolution = { value: f.value, kind: f.type, precision: f.precision, relative: false, conflict: false, day: null, point: null };
    else if (f.type === 'offset' && f.fromContext) p.resolution = resolvePoint(f, latest.before(f.unit) ?? anchor, null);
    else if (f.type !== 'daypart') p.resolution = resolvePoint(f, anchor, null);
    if (p.resolution) latest.note(p.resolution);
  }
}

/**
 * Pass 2: the day in context of each clock time: the nearest day in its sentence (before it, else
 * after it), else the last one before it in its paragraph, else the lead's, else the anchor. A
 * clock right after a set in its sentence ("setiap malam mulai pukul 22.00") recurs with it.
 * Run only when some mention needs its day in context, on mentions placed with their lines.
 */
function resolveClocks(placed: Placed[], anchor: number | null): void {
  const hasDay = (p: Placed | undefined) => p?.resolution?.day != null;
  const leadDay = placed.find((p) => p.sentence === 0 && hasDay(p))?.resolution ?? null;
  const next: (Placed | null)[] = new Array<Placed | null>(placed.length).fill(null);
  for (let i = placed.length - 2; i >= 0; i--) next[i] = hasDay(placed[i + 1]) ? placed[i + 1]! : next[i + 1]!;
  const of = (r: Resolution): DayContext => ({ day: r.day!, relative: r.relative });
  let last: Placed | null = null;
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i]!;
    const prev = i > 0 ? placed[i - 1] : undefined;
    if (needsDayInContext(p.mention)) {
      const recurs = prev && prev.sentence === p.sentence && prev.resolution?.kind === 'set';
      const after = next[i];
      let context: DayContext | null;
      if (recurs) context = null;
      else if (last && last.sentence === p.sentence) context = of(last.resolution!);
      else if (after && after.sentence === p.sentence) context = of(after.resolution!);
      else if (last && last.line === p.line) context = of(last.resolution!);
      else if (leadDay) context = of(leadDay);
      else context = anchor === null ? null : { day: anchor, relative: true };
      p.resolution = resolveWithDay(p.mention, anchor, context);
      if (recurs) p.resolution = { ...p.resolution, kind: 'set', relative: false };
    }
    if (hasDay(p)) last = p;
  }
}

function resolveWithDay(m: Mention, anchor: number | null, context: DayContext | null): Resolution {
  const f = m.form;
  if (f.type === 'range') return resolveRange(f.from, f.to, anchor, context);
  if (f.type === 'clock') return resolvePoint(f, anchor, context);
  if (!context) return { value: 'XXXX-XX-XX', kind: 'date', precision: 'day', relative: true, conflict: false, day: null, point: null };
  return { value: formatDay(context.day), kind: 'date', precision: 'day', relative: context.relative, conflict: false, day: context.day, point: context.day };
}

/** The document's time expressions, resolved against `anchor` (a day number) or left open without one. */
export function resolveMentions(doc: Doc, mentions: readonly Mention[], anchor: number | null): TimeExpression[] {
  const clocks = mentions.some(needsDayInContext);
  const placed = place(doc, mentions, clocks);
  resolveDates(placed, anchor);
  if (clocks) resolveClocks(placed, anchor);
  const expressions: TimeExpression[] = [];
  for (const { mention, resolution } of placed) {
    const r = resolution!;
    const { start, end, text } = spanAt(doc.text, doc.tokens[mention.first]!.start, doc.tokens[mention.end - 1]!.end);
    const expression: TimeExpression = { start, end, text, value: r.value, kind: r.kind, precision: r.precision, relative: r.relative };
    if (r.conflict) expression.conflict = true;
    expressions.push(expression);
  }
  return expressions;
}
