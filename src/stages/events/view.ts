// Token-level indexes over the layers the events stage reads: which actors each token names,
// which tokens are inside a direct quote or are a quote's cue, which dates apply, and each word's
// lowercase form and morphology (computed once per token, on demand).
import type { Doc, TimeExpression, Token } from '../../types.js';
import type { WordAnalysis } from '../../morphology/lemma.js';
import { tokenRange } from '../../spans.js';
import type { EventVocabulary } from './vocabulary.js';

/** One or more actors named by the same tokens ("Putin"; "Keduanya" → Putin and Kim). */
export interface MentionUnit {
  first: number;
  /** Token index after the mention. */
  end: number;
  actors: string[];
  /** Every actor named is a place. */
  place: boolean;
  /** A person is among them. */
  person: boolean;
  /** A pronoun clitic inside a larger word ("pihaknya", "mencabutnya"). */
  clitic: boolean;
}

interface FoundMention {
  first: number;
  end: number;
  id: string;
  type: string;
  clitic: boolean;
}

/** A date that can date an event: its tokens and its value at day precision at most. */
export interface DateRef {
  first: number;
  end: number;
  value: string;
  /** The base of a comparison ("dibandingkan Oktober 2024"), not when something happened. */
  comparative: boolean;
  quoted: boolean;
  /** Right after a noun ("data inflasi Desember"): it dates the noun more likely than the verb. */
  modifier: boolean;
  /** The end of a span of two dates ("Januari hingga April 2025"): the span is dated by its start. */
  rangeEnd: boolean;
}

export interface EventView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly units: readonly MentionUnit[];
  /** Token → index into units, or -1. */
  readonly unitAt: Int32Array;
  /** Token → 1 inside a direct quote (its content and marks). */
  readonly quoted: Uint8Array;
  /** Token → index of the quote whose cue it is, or -1. */
  readonly cueOf: Int32Array;
  /** Quote index → its speaker's actor id. */
  readonly speakers: readonly (string | null)[];
  /** Quote index → token index after the mention that names its speaker, or -1. */
  readonly speakerEnds: readonly number[];
  /** Dates in text order. */
  readonly dates: readonly DateRef[];
  /** Token → 1 where a date starts. */
  readonly dateStart: Uint8Array;
  /** Lowercase text of a token. */
  lower(i: number): string;
  /** Morphology of a word token. */
  analysis(i: number): WordAnalysis;
}

const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);
const TIME_PART = /T.*$/;
const LOWER_WORD = /^\p{Ll}+$/u;
/** Tokens a comparison word may stand before its date ("dibandingkan periode yang sama tahun lalu"). */
const COMPARISON_REACH = 4;

/** A date value as an event's date: a range by its start, a time by its day; durations and sets never. */
export function eventDateValue(date: TimeExpression): string | null {
  if (date.kind === 'duration' || date.kind === 'set') return null;
  const start = date.value.split('/')[0] ?? '';
  if (!/^\d{4}/.test(start)) return null;
  return start.replace(TIME_PART, '');
}

function buildUnits(doc: Doc, unitAt: Int32Array): MentionUnit[] {
  const { tokens } = doc;
  const found: FoundMention[] = [];
  for (const actor of doc.actors) {
    for (const m of actor.mentions) {
      const [first, end] = tokenRange(tokens, m);
      if (first >= end) continue;
      const clitic = end - first === 1 && (tokens[first]!.start !== m.start || tokens[first]!.end !== m.end);
      found.push({ first, end, id: actor.id, type: actor.type, clitic });
    }
  }
  // Longest first, so "Presiden Korea Utara" (a title naming Kim) wins over the "Korea Utara" in it.
  found.sort((a, b) => a.first - b.first || b.end - a.end);
  const units: MentionUnit[] = [];
  const outer: FoundMention[] = [];
  for (const f of found) {
    const at = unitAt[f.first]!;
    if (at >= 0) {
      const unit = units[at]!;
      // An organization inside a group's name acts with it: "personel Polda Riau".
      if (outer[at]!.type === 'group' && f.type === 'organization' && f.end <= unit.end && !unit.actors.includes(f.id)) unit.actors.push(f.id);
      // The same tokens naming another actor: "keduanya", "mereka".
      if (unit.first === f.first && unit.end === f.end && !unit.actors.includes(f.id)) {
        unit.actors.push(f.id);
        unit.place &&= f.type === 'location';
        unit.person ||= f.type === 'person';
      }
      continue;
    }
    let free = true;
    for (let k = f.first; k < f.end; k++) if (unitAt[k]! >= 0) free = false;
    if (!free) continue;
    const index = units.length;
    outer.push(f);
    units.push({ first: f.first, end: f.end, actors: [f.id], place: f.type === 'location', person: f.type === 'person', clitic: f.clitic });
    for (let k = f.first; k < f.end; k++) unitAt[k] = index;
  }
  return units;
}

export function buildView(doc: Doc, vocabulary: EventVocabulary): EventView {
  const { tokens, text } = doc;
  const n = tokens.length;
  const unitAt = new Int32Array(n).fill(-1);
  const units = buildUnits(doc, unitAt);

  const quoted = new Uint8Array(n);
  const cueOf = new Int32Array(n).fill(-1);
  doc.quotes.forEach((q, qi) => {
    if (q.kind === 'direct') {
      let [first, end] = tokenRange(tokens, q);
      while (first > 0 && QUOTE_MARKS.has(tokens[first - 1]!.text)) first--;
      while (end < n && QUOTE_MARKS.has(tokens[end]!.text)) end++;
      quoted.fill(1, first, end);
    }
    if (q.cue) {
      const [first, end] = tokenRange(tokens, q.cue);
      for (let k = first; k < end; k++) cueOf[k] = qi;
    }
  });

  const lowers = new Array<string | undefined>(n);
  const lower = (i: number) => (lowers[i] ??= tokens[i]!.text.toLowerCase());
  const analysis = (i: number): WordAnalysis => {
    const text = tokens[i]!.text;
    const c = text.charCodeAt(0);
    // A lowercase-initial word is read as written (the verbs); others by their lowercase form.
    return vocabulary.analyze(c >= 0x61 && c <= 0x7a ? text : lower(i));
  };
  /** A lowercase word that is no function word and no verb: a noun the date may modify. */
  const followsNoun = (k: number): boolean => {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !LOWER_WORD.test(t.text)) return false;
    const form = lower(k);
    if (vocabulary.preposition(form) || vocabulary.opener(form) || vocabulary.isCoordinator(form) || vocabulary.isAuxiliary(form)) return false;
    const prefix = analysis(k).prefix;
    return prefix === '' || prefix === 'pe' || prefix === 'per' || prefix === 'ke';
  };
  const dates: DateRef[] = [];
  for (const d of doc.dates) {
    const value = eventDateValue(d);
    if (value === null) continue;
    const [first, end] = tokenRange(tokens, d);
    if (first >= end) continue;
    let comparative = false;
    for (let k = first - 1, words = 0; k >= 0 && words < COMPARISON_REACH; k--) {
      const t = tokens[k]!;
      if (t.kind !== 'word') break;
      if (vocabulary.isComparative(lower(k))) comparative = true;
      words++;
    }
    dates.push({ first, end, value, comparative, quoted: quoted[first] === 1, modifier: first > 0 && followsNoun(first - 1), rangeEnd: false });
  }
  dates.sort((a, b) => a.first - b.first);
  for (let k = 1; k < dates.length; k++) {
    const [before, date] = [dates[k - 1]!, dates[k]!];
    if (date.first - before.end === 1 && vocabulary.isRangeJoiner(lower(before.end))) date.rangeEnd = true;
  }
  const dateStart = new Uint8Array(n);
  for (const d of dates) dateStart[d.first] = 1;

  const speakers = doc.quotes.map((q) => q.speaker);
  const speakerEnds = doc.quotes.map((q) => (q.speakerMention ? tokenRange(tokens, q.speakerMention)[1] : -1));
  return { text, tokens, units, unitAt, quoted, cueOf, speakers, speakerEnds, dates, dateStart, lower, analysis };
}
