// One document as the quote finder reads it: folded token texts, the sentence and line of every
// token, and the actors' mentions ordered by offset. Built once per run in linear time; every
// lookup after that is an array read or a binary search.
import type { Actor, Doc, Mention, Token } from '../../types.js';
import { foldForMatch } from '../../lexicon/normalize.js';
import type { BoilerplateLayer } from '../boilerplate.js';

const LINE_BREAK = /[\n\r\u2028\u2029]/;
const NON_ASCII = /[^\x00-\x7f]/;
const UPPER_START = /^\p{Lu}/u;

/** A mention with the index of its actor in doc.actors. */
export interface ActorMention {
  mention: Mention;
  actor: number;
}

export interface DocView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly actors: readonly Actor[];
  /** The token's text folded for matching (cached). */
  fold(i: number): string;
  isWord(i: number): boolean;
  isCapitalized(i: number): boolean;
  /** Whether tokens i and i + 1 touch (no gap between them). */
  gluedToNext(i: number): boolean;
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
  /** Line (paragraph) index of each token. */
  readonly lineOf: Int32Array;
  /** Whether the token lies in a boilerplate sentence. */
  boilerplate(i: number): boolean;
  /** First and last token (inclusive) of sentence s. */
  sentenceFirst(s: number): number;
  sentenceLast(s: number): number;
  /** Mentions in the article body (not in the dateline or boilerplate), ordered by start. */
  readonly mentions: readonly ActorMention[];
  /** Index of the first mention starting at or after `offset`. */
  mentionFrom(offset: number): number;
  /** The mention that covers the offsets [start, end), if any (the longest when several do). */
  mentionCovering(start: number, end: number): ActorMention | null;
}

function lowerBound(n: number, before: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function viewOf(doc: Doc): DocView {
  const { text, tokens, sentences } = doc;
  const folded = new Array<string | undefined>(tokens.length);
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  const lineOf = new Int32Array(tokens.length);
  const firstOf = new Int32Array(sentences.length);
  const lastOf = new Int32Array(sentences.length);

  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (s < sentences.length && sentences[s]!.end <= t.start) s++;
    if (s < sentences.length && sentences[s]!.start <= t.start) sentenceOf[i] = s;
  }
  for (let k = 0; k < sentences.length; k++) {
    firstOf[k] = -1;
    lastOf[k] = -2;
  }
  for (let i = 0; i < tokens.length; i++) {
    const k = sentenceOf[i]!;
    if (k < 0) continue;
    if (firstOf[k]! < 0) firstOf[k] = i;
    lastOf[k] = i;
  }
  let line = 0;
  for (let i = 1; i < tokens.length; i++) {
    const from = tokens[i - 1]!.end;
    const to = tokens[i]!.start;
    for (let c = from; c < to; c++) {
      if (LINE_BREAK.test(text[c]!)) {
        line++;
        break;
      }
    }
    lineOf[i] = line;
  }

  // The dateline's place and outlet, and the names in "Baca Juga" headlines, never speak.
  const dateline = (doc.layers.boilerplate as BoilerplateLayer | undefined)?.dateline;
  const bodyStart = dateline ? dateline.span.end : 0;
  const inBoilerplate = (offset: number) => {
    const k = lowerBound(sentences.length, (j) => sentences[j]!.end <= offset);
    return k < sentences.length && sentences[k]!.start <= offset && sentences[k]!.boilerplate;
  };
  const mentions: ActorMention[] = [];
  doc.actors.forEach((actor, index) => {
    for (const mention of actor.mentions) if (mention.start >= bodyStart && !inBoilerplate(mention.start)) mentions.push({ mention, actor: index });
  });
  mentions.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  const mentionFrom = (offset: number) => lowerBound(mentions.length, (k) => mentions[k]!.mention.start < offset);

  return {
    text,
    tokens,
    actors: doc.actors,
    fold(i) {
      let f = folded[i];
      if (f === undefined) {
        const raw = tokens[i]!.text;
        f = NON_ASCII.test(raw) ? foldForMatch(raw) : raw.toLowerCase();
        folded[i] = f;
      }
      return f;
    },
    isWord: (i) => tokens[i]?.kind === 'word',
    isCapitalized: (i) => UPPER_START.test(tokens[i]?.text ?? ''),
    gluedToNext: (i) => i + 1 < tokens.length && tokens[i]!.end === tokens[i + 1]!.start,
    sentenceOf,
    lineOf,
    boilerplate(i) {
      const k = sentenceOf[i]!;
      return k >= 0 && sentences[k]!.boilerplate;
    },
    sentenceFirst: (k) => firstOf[k]!,
    sentenceLast: (k) => lastOf[k]!,
    mentions,
    mentionFrom,
    mentionCovering(start, end) {
      // Mentions rarely nest; look back over the few that start before `start`.
      let best: ActorMention | null = null;
      const after = mentionFrom(start + 1);
      for (let k = after - 1; k >= 0 && k >= after - 8; k--) {
        const m = mentions[k]!;
        if (m.mention.start <= start && m.mention.end >= end && (!best || m.mention.end - m.mention.start > best.mention.end - best.mention.start)) best = m;
      }
      return best;
    },
  };
}
