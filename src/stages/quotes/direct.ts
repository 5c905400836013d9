// Direct quotes: which quoted spans are someone's words, and where the text says whose.
//
// A quote that opens a sentence (or follows a colon or a cue) is direct when it is attributed or
// reads as speech (it ends in punctuation inside the marks); without either, "“Agak Laen” menjadi
// film terlaris" is a title, not a quote. A quote inside a sentence is a partial quote when a
// speech verb governs it and it ends its clause ("menyebut Xi sebagai “teman baik”"); a scare
// quote in the middle of a clause ("bahwa ‘kekacauan’ tak akan terjadi") is not.
//
// Attribution is looked for after the closing mark ("…,” ujar Budi", "…,” Budi menambahkan"),
// then before the opening one ("Budi mengatakan, “…”", "Menurut Budi, “…”", "Kata dia: “…”").
import { spanAt } from '../../spans.js';
import type { Attribution, Candidate } from './candidate.js';
import type { CueHit, QuoteLexicon } from './cues.js';
import { markAt, type QuotedSpan } from './marks.js';
import { NONE, phraseAfter, speakerBefore, speakerOfClitic, speakerOfPhrase } from './speakers.js';
import type { DocView } from './view.js';

const TERMINAL = new Set(['.', '!', '?', '…']);
const SPEECH_END = new Set([',', '.', '!', '?', '…', ';', ':']);
const DASHES = new Set(['-', '–', '—', '--']);
const CLAUSE_END = new Set([',', '.', ';', ':', '!', '?', '…', ')']);
/** Tokens between a cue and its opening quote mark ("mengatakan kepada wartawan, “…"). */
const MAX_BRIDGE = 8;
/** Tokens from the closing mark to a cue that follows a name ("…,” Kepala BPBD Sigi, Budi, menambahkan"). */
const MAX_NAME_FIRST = 12;
/** Tokens from a partial quote back to the verb that governs it. */
const MAX_GOVERNING = 40;

export function attributionOfCue(view: DocView, cue: CueHit, speaker: Attribution['speaker']): Attribution {
  const t = view.tokens[cue.token]!;
  return { cue: spanAt(view.text, t.start, t.end), lemma: cue.lemma, kind: cue.kind, token: cue.token, speaker };
}

function sameLine(view: DocView, a: number, b: number): boolean {
  return a >= 0 && b >= 0 && a < view.tokens.length && b < view.tokens.length && view.lineOf[a] === view.lineOf[b];
}

/** Whether the opening mark starts a sentence, a paragraph, or follows a colon or a dash. */
function opensSentence(view: DocView, open: number): boolean {
  if (open < 0 || open === 0 || !sameLine(view, open - 1, open)) return true;
  const s = view.sentenceOf[open]!;
  if (s >= 0 && view.sentenceFirst(s) === open) return true;
  const prev = view.tokens[open - 1]!;
  return prev.kind === 'punct' && (TERMINAL.has(prev.text) || prev.text === ':' || DASHES.has(prev.text) || markAt(view, open - 1) !== undefined);
}

/** The attribution after a closing mark, if any. */
function attributionAfter(view: DocView, ql: QuoteLexicon, close: number, inQuote: Uint8Array): Attribution | null {
  const { tokens } = view;
  let j = close + 1;
  if (!sameLine(view, close, j)) return null;
  if (tokens[j]!.text === ',') j++;
  const marker = sameLine(view, close, j) ? ql.markerAt(view, j) : null;
  if (marker?.kind === 'anaphor' && marker.end === j + 1) j++;
  if (!sameLine(view, close, j)) return null;
  const cue = ql.cueAt(view, j);
  if (cue) {
    if (cue.voice === 'clitic' && cue.clitic) return attributionOfCue(view, cue, speakerOfClitic(view, cue.clitic));
    const phrase = phraseAfter(view, ql, j + 1);
    return attributionOfCue(view, cue, phrase ? speakerOfPhrase(view, ql, phrase[0], phrase[1]) : NONE);
  }
  // "…,” Budi menambahkan." / "…,” ia menjelaskan.": the speaker first, then the verb.
  if (!view.isWord(j) || (!view.isCapitalized(j) && !ql.pronoun(view.fold(j)))) return null;
  const sentence = view.sentenceOf[close];
  for (let k = j + 1; k < tokens.length && k - j <= MAX_NAME_FIRST && sameLine(view, j, k) && view.sentenceOf[k] === sentence; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && TERMINAL.has(t.text)) break;
    if (markAt(view, k)) break;
    const later = ql.cueAt(view, k);
    if (later && (later.voice === 'active' || later.voice === 'bare')) return attributionOfCue(view, later, speakerBefore(view, ql, k, j, inQuote));
    if (later) break;
  }
  return null;
}

/** Whether tokens from `i` start an adjunct between a cue and its quote ("kepada wartawan", "Selasa"). */
function startsAdjunct(view: DocView, ql: QuoteLexicon, i: number): boolean {
  if (!view.isWord(i)) return view.tokens[i]?.kind === 'date';
  const kind = ql.boundary(view, i);
  return kind === 'preposition' || kind === 'time' || kind === 'weekday' || ql.markerAt(view, i)?.kind === 'channel';
}

/** The attribution before an opening mark, if any. */
function attributionBefore(view: DocView, ql: QuoteLexicon, open: number, inQuote: Uint8Array): Attribution | null {
  const { tokens } = view;
  if (open <= 0) return null;
  let k = open - 1;
  if (!sameLine(view, k, open)) return null;
  if (tokens[k]!.text === ',' || tokens[k]!.text === ':') k--;
  if (!sameLine(view, k, open)) return null;
  if (view.fold(k) === 'bahwa') k--;
  const sentence = view.sentenceOf[open]!;
  const clauseStart = sentence >= 0 ? view.sentenceFirst(sentence) : 0;
  for (let c = k; c >= 0 && k - c < MAX_BRIDGE && sameLine(view, c, open); c--) {
    if (inQuote[c]) break;
    const t = tokens[c]!;
    if (t.kind === 'punct' && (TERMINAL.has(t.text) || markAt(view, c))) break;
    const marker = ql.markerAt(view, c);
    if (marker?.kind === 'according' && marker.clitic && c === k) {
      return { cue: spanAt(view.text, t.start, t.end), lemma: marker.lemma, kind: 'according', token: c, speaker: speakerOfClitic(view, marker.clitic) };
    }
    if (marker?.kind === 'according' && c < k) {
      const phrase = phraseAfter(view, ql, marker.end);
      if (!phrase || phrase[1] > k) break;
      const speaker = speakerOfPhrase(view, ql, phrase[0], phrase[1]);
      return { cue: spanAt(view.text, t.start, tokens[marker.end - 1]!.end), lemma: marker.lemma, kind: 'according', token: c, speaker };
    }
    const cue = ql.cueAt(view, c);
    if (!cue) continue;
    if (cue.voice === 'active' && (c === k || startsAdjunct(view, ql, c + 1))) {
      return attributionOfCue(view, cue, speakerBefore(view, ql, c, Math.min(clauseStart, c), inQuote));
    }
    if (cue.voice === 'clitic' && cue.clitic && c === k) return attributionOfCue(view, cue, speakerOfClitic(view, cue.clitic));
    if ((cue.voice === 'bare' || cue.voice === 'passive') && c < k) {
      const phrase = phraseAfter(view, ql, c + 1);
      if (phrase && phrase[1] <= k) return attributionOfCue(view, cue, speakerOfPhrase(view, ql, phrase[0], phrase[1]));
    }
    break;
  }
  return null;
}

/** The speech verb earlier in the sentence that governs a partial quote ("menyebut Xi sebagai “…”"). */
function governingCue(view: DocView, ql: QuoteLexicon, open: number, inQuote: Uint8Array): Attribution | null {
  const sentence = view.sentenceOf[open]!;
  if (sentence < 0) return null;
  const from = view.sentenceFirst(sentence);
  for (let c = open - 1; c >= from && open - c <= MAX_GOVERNING; c--) {
    if (inQuote[c]) continue;
    const cue = ql.cueAt(view, c);
    if (cue && cue.voice === 'active') return attributionOfCue(view, cue, speakerBefore(view, ql, c, from, inQuote));
  }
  return null;
}

/** Whether a quote inside a sentence ends its clause (a partial quote, not a scare quote). */
function endsClause(view: DocView, ql: QuoteLexicon, close: number): boolean {
  const next = close + 1;
  if (!sameLine(view, close, next)) return true;
  const t = view.tokens[next]!;
  if (t.kind === 'punct') return CLAUSE_END.has(t.text);
  return ql.joinsClause(view.fold(next));
}

function wordCount(view: DocView, first: number, last: number): number {
  let n = 0;
  for (let i = first; i <= last; i++) if (view.tokens[i]!.kind === 'word' || view.tokens[i]!.kind === 'number') n++;
  return n;
}

/** Tokens inside the spans, marks included: cues there are the speaker's words, not attributions. */
function quotedTokens(view: DocView, spans: readonly QuotedSpan[]): Uint8Array {
  const inQuote = view.tokenMask();
  for (const span of spans) {
    const from = span.open >= 0 ? span.open : span.first;
    const to = span.close >= 0 ? span.close : span.last;
    for (let i = from; i <= to; i++) inQuote[i] = 1;
  }
  return inQuote;
}

export interface DirectQuotes {
  candidates: Candidate[];
  /** The tokens of the direct quotes, marks included; scare quotes and titles stay out. */
  inDirect: Uint8Array;
}

/** The direct quotes among the quoted spans, with their attribution where the text gives one. */
export function findDirect(view: DocView, ql: QuoteLexicon, spans: readonly QuotedSpan[]): DirectQuotes {
  const inQuote = quotedTokens(view, spans);
  const out: Candidate[] = [];
  const accepted: QuotedSpan[] = [];
  for (const span of spans) {
    const before = out.length;
    findOne(span);
    if (out.length > before) accepted.push(span);
  }
  return { candidates: out, inDirect: quotedTokens(view, accepted) };

  function findOne(span: QuotedSpan): void {
    const anchor = span.open >= 0 ? span.open : span.first;
    if (view.boilerplate(anchor)) return;
    const after = span.close >= 0 ? attributionAfter(view, ql, span.close, inQuote) : null;
    if (span.open < 0) {
      // A lost opening mark: only an attribution tells it was a quote.
      if (after) out.push({ kind: 'direct', first: span.first, last: span.last, attribution: after, inherits: -1 });
      return;
    }
    const attribution = after ?? attributionBefore(view, ql, span.open, inQuote);
    const words = wordCount(view, span.first, span.last);
    if (words === 0) return;
    if (opensSentence(view, span.open)) {
      if (!attribution && span.family === 'single' && span.close >= 0 && !endsClause(view, ql, span.close)) return;
      if (!attribution && span.close >= 0 && !readsAsSpeech(view, span) && words < 3) return;
      if (!attribution && span.close >= 0 && !readsAsSpeech(view, span) && !endsClause(view, ql, span.close)) return;
      out.push({ kind: 'direct', first: span.first, last: span.last, attribution, inherits: -1 });
      return;
    }
    if (span.close < 0 || !(endsClause(view, ql, span.close) || readsAsSpeech(view, span))) return;
    if (attribution) {
      out.push({ kind: 'direct', first: span.first, last: span.last, attribution, inherits: -1 });
      return;
    }
    const governing = governingCue(view, ql, span.open, inQuote);
    if (governing) out.push({ kind: 'direct', first: span.first, last: span.last, attribution: governing, inherits: -1 });
  }
}

/** A quote whose last word inside the marks is followed by punctuation reads as speech. */
function readsAsSpeech(view: DocView, span: QuotedSpan): boolean {
  const before = view.tokens[span.close - 1]!;
  return before.kind === 'punct' && SPEECH_END.has(before.text);
}
