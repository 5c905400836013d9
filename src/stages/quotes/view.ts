// One document as the quote finder reads it: folded token texts, token flags, the sentence and
// line of every token, and the actors' mentions ordered by offset with the token they start at.
// Built once per run in linear time, into flat arrays, so that the later passes read memory in
// order instead of chasing token objects; every lookup after that is an array read or a binary
// search over numbers.
import type { Actor, ActorType, Doc, Mention, Token } from '../../types.js';
import { foldForMatch } from '../../lexicon/normalize.js';
import { lowerBound } from '../../spans.js';
import type { BoilerplateLayer } from '../boilerplate.js';

/**
 * A mention with the index of its actor in doc.actors and of the token it starts in. Its offsets,
 * role and actor type are copied once: the passes read them from these objects, all of one shape,
 * instead of from the actors stage's.
 */
export interface ActorMention {
  mention: Mention;
  start: number;
  end: number;
  role: Mention['role'];
  type: ActorType;
  actor: number;
  token: number;
}

export interface DocView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly actors: readonly Actor[];
  /** The token's text folded for matching. */
  fold(i: number): string;
  isWord(i: number): boolean;
  isCapitalized(i: number): boolean;
  /** Whether the token is a quotation mark of any style. */
  isQuoteMark(i: number): boolean;
  /** Whether tokens i and i + 1 touch (no gap between them). */
  gluedToNext(i: number): boolean;
  /** Sentence index of each token (-1 outside sentences). */
  readonly sentenceOf: Int32Array;
  /** Line (paragraph) index of each token. */
  readonly lineOf: Int32Array;
  /** Whether the token lies in a boilerplate sentence. */
  boilerplate(i: number): boolean;
  /** First and last token (inclusive) of sentence s. */
  sentenceFirst(s: number): number;
  sentenceLast(s: number): number;
  /** The first token after the dateline ("JAKARTA, KOMPAS.com -"): nobody speaks before it. */
  readonly bodyFirst: number;
  /** Index of the token that holds `offset` (the first token ending after it). */
  tokenAt(offset: number): number;
  /** Mentions in the article body (not in the dateline or boilerplate), ordered by start. */
  readonly mentions: readonly ActorMention[];
  /** Index of the first mention starting at or after `offset`. */
  mentionFrom(offset: number): number;
  /** The mention that covers the offsets [start, end), if any (the longest when several do). */
  mentionCovering(start: number, end: number): ActorMention | null;
}

const WORD = 1;
const CAPITAL = 2;
const QUOTE_MARK = 4;
const QUOTE_MARKS = new Set(['“', '”', '„', '‟', '"', '«', '»', '‘', '’', "'", '‹', '›']);
/** Mentions that start before an offset and may still cover it: mentions rarely nest deeper. */
const MAX_NESTING = 8;

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/**
 * Lowercase ASCII words fold to themselves (no new string for most words); other ASCII words only
 * need lowercasing; the rest go through the full fold (diacritics, apostrophes).
 */
function foldToken(raw: string): string {
  let lower = true;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c > 127 || c === 96) return foldForMatch(raw);
    if (c >= 65 && c <= 90) lower = false;
  }
  return lower ? raw : raw.toLowerCase();
}

const UPPER_START = /^\p{Lu}/u;

function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}


const identity = (value: number) => value;

export function viewOf(doc: Doc): DocView {
  const { text, tokens, sentences } = doc;
  const n = tokens.length;
  const folded = new Array<string>(n);
  const flags = new Uint8Array(n);
  const ends = new Int32Array(n);
  const sentenceOf = new Int32Array(n).fill(-1);
  const lineOf = new Int32Array(n);
  const firstOf = new Int32Array(sentences.length).fill(-1);
  const lastOf = new Int32Array(sentences.length).fill(-2);
  const boilerplateSentence = new Uint8Array(sentences.length);
  for (let k = 0; k < sentences.length; k++) boilerplateSentence[k] = sentences[k]!.boilerplate ? 1 : 0;

  let s = 0;
  let line = 0;
  let previousEnd = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    ends[i] = t.end;
    if (t.kind === 'word') {
      folded[i] = foldToken(t.text);
      flags[i] = WORD | (startsUpper(t.text) ? CAPITAL : 0);
    } else {
      folded[i] = t.text;
      if (t.kind === 'punct' && QUOTE_MARKS.has(t.text)) flags[i] = QUOTE_MARK;
    }
    if (previousEnd >= 0) {
      for (let c = previousEnd; c < t.start; c++) {
        if (isLineBreak(text.charCodeAt(c))) {
          line++;
          break;
        }
      }
    }
    lineOf[i] = line;
    previousEnd = t.end;
    while (s < sentences.length && sentences[s]!.end <= t.start) s++;
    if (s < sentences.length && sentences[s]!.start <= t.start) {
      sentenceOf[i] = s;
      if (firstOf[s]! < 0) firstOf[s] = i;
      lastOf[s] = i;
    }
  }
  const tokenAt = (offset: number) => lowerBound(ends, offset + 1, identity);

  // The dateline's place and outlet, and the names in "Baca Juga" headlines, never speak.
  const dateline = (doc.layers.boilerplate as BoilerplateLayer | undefined)?.dateline;
  const bodyStart = dateline ? dateline.span.end : 0;
  const mentions: ActorMention[] = [];
  doc.actors.forEach((actor, index) => {
    const type = actor.type;
    for (const mention of actor.mentions) {
      const { start, end, role } = mention;
      if (start >= bodyStart) mentions.push({ mention, start, end, role, type, actor: index, token: -1 });
    }
  });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // Mentions and tokens are both in text order: one merge walk gives every mention its token.
  const body: ActorMention[] = [];
  for (let k = 0, i = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    while (i < n && ends[i]! <= m.start) i++;
    m.token = i;
    const sentence = i < n ? sentenceOf[i]! : -1;
    if (sentence < 0 || !boilerplateSentence[sentence]) body.push(m);
  }
  const starts = Int32Array.from(body, (m) => m.start);
  const mentionFrom = (offset: number) => lowerBound(starts, offset, identity);

  return {
    text,
    tokens,
    actors: doc.actors,
    fold: (i) => folded[i]!,
    isWord: (i) => i >= 0 && i < n && (flags[i]! & WORD) !== 0,
    isCapitalized: (i) => i >= 0 && i < n && (flags[i]! & CAPITAL) !== 0,
    isQuoteMark: (i) => i >= 0 && i < n && (flags[i]! & QUOTE_MARK) !== 0,
    gluedToNext: (i) => i + 1 < n && ends[i] === tokens[i + 1]!.start,
    sentenceOf,
    lineOf,
    boilerplate(i) {
      const k = sentenceOf[i]!;
      return k >= 0 && boilerplateSentence[k] === 1;
    },
    sentenceFirst: (k) => firstOf[k]!,
    sentenceLast: (k) => lastOf[k]!,
    tokenAt,
    bodyFirst: tokenAt(bodyStart),
    mentions: body,
    mentionFrom,
    mentionCovering(start, end) {
      let best: ActorMention | null = null;
      const after = mentionFrom(start + 1);
      for (let k = after - 1; k >= 0 && k >= after - MAX_NESTING; k--) {
        const m = body[k]!;
        if (m.start <= start && m.end >= end && (!best || m.end - m.start > best.end - best.start)) best = m;
      }
      return best;
    },
  };
}
