// Stage `boilerplate`: flags the lines that are not article body, and finds the dateline.
// Reads: doc.tokens (folded: foldedTokens), doc.sentences, the lexicon's `boilerplate` list and known outlets.
// Writes: sentence.boilerplate, doc.layers.boilerplate ({ dateline }).
//
// A line opening with a marker ("Baca Juga:", "Simak Video", "Editor:") is boilerplate; a marker
// of kind `heading` alone on its line ("Baca Juga") takes the next line, the linked headline, too.
// Editor initials "(rdp/nwy)" close many articles and are boilerplate by their shape.
import type { Doc, Span, Stage, Token } from '../types.js';
import type { Lexicon, WordList } from '../lexicon/lexicon.js';
import { foldedTokens } from '../lexicon/normalize.js';
import { hasLineBreak, spanAt, tokenOffsets, tokenRange } from '../spans.js';

export interface Dateline {
  /** The whole dateline, up to and including its dash or colon. */
  span: Span;
  /** "Bisnis.com", "KOMPAS.com", "ANTARA", "CNN Indonesia". */
  outlet: Span | null;
  /** "JAKARTA", "Medan". */
  place: Span | null;
}

export interface BoilerplateLayer {
  dateline: Dateline | null;
}

/** Longer than any editor-initials line ("(abcde/abcde/abcde/abcde)" with generous spaces). */
const MAX_INITIALS_LINE = 80;
const EDITOR_INITIALS = /^\(\s*[a-z]{2,5}(?:\s*\/\s*[a-z]{2,5}){0,3}\s*\)$/;
/** "(", which editor initials open with. */
const OPENING_BRACKET = 0x28;
/** "Place, Outlet -", "Outlet, Place -", "Place (Outlet) -", "Place -", "Outlet - PLACE." within the first DATELINE_REACH code units. */
const DATELINE = /^[ \t\u00A0]*([^\n,()–—:-]{2,40}?)(?:,[ \t\u00A0]*([^\n,()–—:-]{2,40}?))?[ \t\u00A0]*(?:\(([^\n()]{2,30})\))?[ \t\u00A0]*(?:--|[-–—:])(?:[ \t\u00A0]*(\p{Lu}{3,20})\.)?(?=[ \t\u00A0])/du;
/** How far into the text a dateline may reach. */
const DATELINE_REACH = 120;
const DOMAIN_LIKE = /\.(?:com|co|id|net|org|tv)(?:\.id)?$/i;
/** White space and the invisible marks (zero-width space, LRM/RLM, word joiner) a dateline's parts shed. */
const EDGE_SPACE = /[\s\u200B-\u200F\u2060]/;

function trimmedSpan(text: string, start: number, end: number): Span {
  while (start < end && EDGE_SPACE.test(text[start]!)) start++;
  while (end > start && EDGE_SPACE.test(text[end - 1]!)) end--;
  return spanAt(text, start, end);
}

function isOutlet(name: string, lexicon: Lexicon, tokens: readonly Token[], span: Span): boolean {
  if (DOMAIN_LIKE.test(name)) return true;
  const [a, b] = tokenRange(tokens, span);
  return lexicon.matchActors(tokens.slice(a, b)).some((m) => m.entry.subtype === 'outlet' && m.tokenStart === 0 && m.tokenEnd === b - a);
}

/**
 * Whether the text's first line, within DATELINE_REACH, holds a mark a dateline ends with (- – — :),
 * none of its parts crossing a line feed: most texts open without one, and skip DATELINE.
 */
function mayHoldDateline(text: string): boolean {
  const reach = Math.min(text.length, DATELINE_REACH);
  for (let k = 0; k < reach; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) return false;
    if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x3a) return true;
  }
  return false;
}

export function findDateline(text: string, tokens: readonly Token[], lexicon: Lexicon): Dateline | null {
  if (!mayHoldDateline(text)) return null;
  const m = DATELINE.exec(text.slice(0, DATELINE_REACH));
  if (!m?.indices) return null;
  const group = (g: number): Span | null => {
    const at = m.indices![g];
    return at ? trimmedSpan(text, at[0], at[1]) : null;
  };
  const first = group(1);
  const second = group(2);
  const paren = group(3);
  const trailingPlace = group(4);
  if (!first || first.text.split(/\s+/).length > 4) return null;
  let outlet: Span | null = null;
  let place: Span | null = null;
  if (paren) {
    place = first;
    outlet = paren;
  } else if (trailingPlace) {
    outlet = first;
    place = trailingPlace;
  } else if (second) {
    if (isOutlet(first.text, lexicon, tokens, first)) {
      outlet = first;
      place = second;
    } else {
      place = first;
      outlet = second;
    }
  } else if (isOutlet(first.text, lexicon, tokens, first)) outlet = first;
  else place = first;
  // A dateline names its place in capitals or as a proper name, never a sentence's first words.
  if (place && !/^\p{Lu}/u.test(place.text)) return null;
  return { span: spanAt(text, m.index, m.index + m[0].length), outlet, place };
}

/** What a line opens with (lineMarker): a marker, and a heading marker alone on its line ("Baca Juga"). */
const MARKER = 1;
const HEADING = 2;

/**
 * Whether the line of sentences `first`…`last` opens with a marker, as bits (MARKER, HEADING),
 * 0 when it does not. The line's tokens are counted only after a marker: most lines have none.
 */
function lineMarker(doc: Doc, markers: WordList, first: number, last: number): number {
  const start = doc.sentences[first]!.start;
  const end = doc.sentences[last]!.end;
  // Only a short line in brackets can be editor initials; the rest is not copied to find out.
  if (end - start <= MAX_INITIALS_LINE && doc.text.charCodeAt(start) === OPENING_BRACKET && EDITOR_INITIALS.test(doc.text.slice(start, end))) return MARKER;
  // By the offsets' arrays (which the later stages read too): a search over the token objects of
  // a long document would miss the cache at every step, for every line.
  const a = tokenOffsets(doc).indexAt(start);
  const match = markers.matchAt(doc.tokens, a, foldedTokens(doc));
  if (!match) return 0;
  const [, b] = tokenRange(doc.tokens, { start, end });
  const alone = match.end >= b || (match.end === b - 1 && doc.tokens[b - 1]!.text === ':');
  return alone && match.entries.some((e) => e.kind === 'heading') ? MARKER | HEADING : MARKER;
}

export function createBoilerplateStage(): Stage {
  return {
    name: 'boilerplate',
    run(doc, { lexicon }) {
      const { text, sentences } = doc;
      const markers = lexicon.words('boilerplate');
      let flagNext = false;
      // Line by line: a line is the sentences with no line break between them.
      for (let first = 0; first < sentences.length; ) {
        let last = first;
        while (last + 1 < sentences.length && !hasLineBreak(text, sentences[last]!.end, sentences[last + 1]!.start)) last++;
        const marker = lineMarker(doc, markers, first, last);
        if (marker !== 0 || flagNext) for (let s = first; s <= last; s++) sentences[s]!.boilerplate = true;
        flagNext = (marker & HEADING) !== 0;
        first = last + 1;
      }
      const layer: BoilerplateLayer = { dateline: findDateline(doc.text, doc.tokens, lexicon) };
      doc.layers.boilerplate = layer;
    },
  };
}
