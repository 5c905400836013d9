// Pairs quotation marks into quoted spans, in one pass over the marks and the paragraph starts.
//
// “…” «…» and "…" are double quotes, ‘…’ and '…' single ones. Which way a mark faces comes from
// the glyph when it only faces one way, else from its spacing: glued to the word after it, it
// opens; glued to the word before, it closes. So ” opens where a scraper wrote it for “. A mark of
// another style inside a quote is an inner quote and leaves the outer one alone. A paragraph that
// opens a quote and does not close it continues into the next paragraph when that one opens
// again; otherwise the quote ends with its paragraph, and an unclosed quote that would run past a
// few sentences keeps only its first sentence, so a stray mark never swallows the article.
import type { DocView } from './view.js';
import { sortUnlessOrdered } from '../../order.js';

export interface QuotedSpan {
  family: 'double' | 'single';
  /** Token index of the opening mark; -1 when the text never opened the quote. */
  open: number;
  /** Token index of the closing mark; -1 when the quote is never closed. */
  close: number;
  /** First and last token of the content, inclusive. */
  first: number;
  last: number;
  /** The quote runs over more than one paragraph. */
  continued: boolean;
}

type Style = 'curly' | 'straight' | 'angle';
type Facing = 'open' | 'close' | 'either';

interface Mark {
  family: 'double' | 'single';
  style: Style;
  /** How the glyph alone faces. */
  facing: Facing;
}

const MARKS: Readonly<Record<string, Mark>> = {
  '“': { family: 'double', style: 'curly', facing: 'open' },
  '„': { family: 'double', style: 'curly', facing: 'open' },
  '”': { family: 'double', style: 'curly', facing: 'either' },
  '‟': { family: 'double', style: 'curly', facing: 'either' },
  '"': { family: 'double', style: 'straight', facing: 'either' },
  '«': { family: 'double', style: 'angle', facing: 'open' },
  '»': { family: 'double', style: 'angle', facing: 'close' },
  '‘': { family: 'single', style: 'curly', facing: 'open' },
  '’': { family: 'single', style: 'curly', facing: 'either' },
  "'": { family: 'single', style: 'straight', facing: 'either' },
  '‹': { family: 'single', style: 'angle', facing: 'open' },
  '›': { family: 'single', style: 'angle', facing: 'close' },
};

/** An unclosed quote longer than this many sentences keeps only its first one. */
const MAX_UNCLOSED_SENTENCES = 4;
const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING_PUNCT = new Set([',', '.', ';', ':', '!', '?', '…', ')', ']']);
/** Trailing punctuation that belongs to the attribution, not the words quoted. */
const TRAILING = new Set([',', ';', ':', '.']);

export function markAt(view: DocView, i: number): Mark | undefined {
  return view.isQuoteMark(i) ? MARKS[view.tokens[i]!.text] : undefined;
}

/**
 * Which way the mark at token i faces: from its spacing first (glued to the word after it, it
 * opens; glued to the word before it, it closes), from its glyph when the spacing does not tell.
 * Scrapers swap “ and ”, so only « » and ‹ › face one way whatever their spacing.
 */
function facingAt(view: DocView, i: number, mark: Mark): Facing {
  if (mark.style === 'angle') return mark.facing;
  const spacing = facingBySpacing(view, i);
  return spacing === 'either' ? mark.facing : spacing;
}

function facingBySpacing(view: DocView, i: number): Facing {
  const { tokens, lineOf } = view;
  const prev = i > 0 && lineOf[i - 1] === lineOf[i] ? tokens[i - 1]! : null;
  const next = i + 1 < tokens.length && lineOf[i + 1] === lineOf[i] ? tokens[i + 1]! : null;
  if (!next) return 'close';
  if (!prev) return 'open';
  const gluedBefore = prev.end === tokens[i]!.start;
  const gluedAfter = next.start === tokens[i]!.end;
  // "tahu.” Dia" closes a quote or, written the other way round, opens one.
  const sentenceTurn = TERMINAL.has(prev.text) && view.isCapitalized(i + 1);
  if (gluedAfter && !gluedBefore) return CLOSING_PUNCT.has(next.text) ? 'either' : 'open';
  if (gluedBefore && !gluedAfter) return sentenceTurn ? 'either' : 'close';
  if (gluedBefore && gluedAfter) {
    if (CLOSING_PUNCT.has(next.text) || prev.text === ',') return 'close';
    return 'either';
  }
  return 'either';
}

interface Open {
  family: 'double' | 'single';
  style: Style;
  token: number;
  continued: boolean;
  /** Style of an inner quote of another style, while one is open. */
  inner: Style | null;
}

export function pairQuotes(view: DocView): QuotedSpan[] {
  const { tokens } = view;
  const spans: QuotedSpan[] = [];
  let open: Open | null = null;
  let single: Open | null = null;

  const push = (o: Open, close: number, last: number) => {
    const first = o.token + 1;
    let end = last;
    if (close < 0) end = capUnclosed(view, first, end);
    // A single mark closing sentences away is an apostrophe, not the end of a quote.
    if (o.family === 'single' && view.sentenceOf[end]! - view.sentenceOf[first]! >= MAX_UNCLOSED_SENTENCES) return;
    while (end >= first && TRAILING.has(tokens[end]!.text) && tokens[end]!.kind === 'punct') end--;
    if (end >= first) spans.push({ family: o.family, open: o.token, close, first, last: end, continued: o.continued });
  };

  // Only the quotation marks and the paragraph starts change anything: the walk visits those, in
  // token order (the first line's start is no paragraph break).
  const { quoteMarks, lineStarts } = view;
  for (let m = 0, l = 1; m < quoteMarks.length || l < lineStarts.length; ) {
    const nextMark = m < quoteMarks.length ? quoteMarks[m]! : tokens.length;
    const nextLine = l < lineStarts.length ? lineStarts[l]! : tokens.length;
    const i = Math.min(nextMark, nextLine);
    if (i === nextMark) m++;
    if (i === nextLine) {
      l++;
      // A new paragraph: an open quote continues only if this paragraph opens one again.
      single = null;
      if (open) {
        const mark = markAt(view, i);
        if (mark && mark.family === 'double' && facingAt(view, i, mark) !== 'close') {
          open.continued = true;
          continue;
        }
        push(open, -1, i - 1);
        open = null;
      }
    }
    if (i !== nextMark) continue;
    const mark = markAt(view, i);
    if (!mark) continue;
    const facing = facingAt(view, i, mark);
    if (mark.family === 'double') {
      single = null;
      if (open) {
        if (mark.style !== open.style) {
          // Another style: an inner quote, unless it plainly closes the outer one ("“…," ujar").
          if (open.inner === mark.style) open.inner = null;
          else if (open.inner === null && facing !== 'close') open.inner = mark.style;
          else if (open.inner === null) {
            push(open, i, i - 1);
            open = null;
          }
          continue;
        }
        if (facing === 'open') {
          // Opening again before closing: the first quote was never closed.
          push(open, -1, i - 1);
          open = { family: 'double', style: mark.style, token: i, continued: false, inner: null };
        } else {
          push(open, i, i - 1);
          open = null;
        }
      } else if (facing === 'close') {
        spans.push(orphanBefore(view, i, spans));
      } else {
        open = { family: 'double', style: mark.style, token: i, continued: false, inner: null };
      }
    } else if (!open) {
      if (single && facing !== 'open') {
        push(single, i, i - 1);
        single = null;
      } else if (facing !== 'close') {
        single = { family: 'single', style: mark.style, token: i, continued: false, inner: null };
      }
    }
  }
  if (open) push(open, -1, tokens.length - 1);
  const kept = spans.every((s) => s.last >= s.first) ? spans : spans.filter((s) => s.last >= s.first);
  return sortUnlessOrdered(kept, (a, b) => a.first - b.first);
}

/** Ends an unclosed quote with its paragraph, or with its first sentence when that is too far. */
function capUnclosed(view: DocView, first: number, last: number): number {
  if (last < first) return last;
  const from = view.sentenceOf[first]!;
  const to = view.sentenceOf[last]!;
  if (from < 0 || to - from < MAX_UNCLOSED_SENTENCES) return last;
  return Math.min(last, view.sentenceLast(from));
}

/**
 * A closing mark with no opening one: the quote may have lost its opener. It is kept with
 * open = -1 and starts at its paragraph (at most a few sentences back, never before the
 * previous quote); the direct-quote finder keeps it only when an attribution follows it.
 */
function orphanBefore(view: DocView, close: number, spans: readonly QuotedSpan[]): QuotedSpan {
  const { lineOf, sentenceOf } = view;
  let first = close;
  const previous = spans.length ? Math.max(spans[spans.length - 1]!.close, spans[spans.length - 1]!.last) : -1;
  const lowest = sentenceOf[close]! >= 0 ? view.sentenceFirst(Math.max(0, sentenceOf[close]! - MAX_UNCLOSED_SENTENCES + 1)) : close;
  while (first - 1 > previous && first - 1 >= lowest && lineOf[first - 1] === lineOf[close]) first--;
  let last = close - 1;
  while (last >= first && TRAILING.has(view.tokens[last]!.text) && view.tokens[last]!.kind === 'punct') last--;
  return { family: 'double', open: -1, close, first, last, continued: false };
}
