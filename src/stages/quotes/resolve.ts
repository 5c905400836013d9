// From speaker references to actors. Named mentions are actors already; a pronoun or "-nya" the
// actors stage did not link goes to the most recent person who spoke or was the subject of a
// sentence before it (groups for "mereka"); a bare title ("kata Presiden") to the person who holds
// it; a quote without attribution to the quote it continues.
import type { Span } from '../../types.js';
import { isWhitespace, lowerBound } from '../../spans.js';
import type { Candidate } from './candidate.js';
import type { QuoteLexicon } from './cues.js';
import type { SpeakerRef } from './speakers.js';
import type { DocView } from './view.js';
import { sortUnlessOrdered } from '../../order.js';

export interface Resolved {
  /** Index into doc.actors, or -1. */
  actor: number;
  mention: Span | null;
}

interface Antecedent {
  start: number;
  actor: number;
}

const UNRESOLVED: Resolved = { actor: -1, mention: null };
const UPPER_START = /^\p{Lu}/u;
/** Shortest word of a name that alone names its person ("Oke" for "Oke Nurwan"). */
const MIN_NAME_WORD = 3;
/** Holders of bare titles and names looked up among the actors before their tables are built. */
const SCANNED_QUESTIONS = 4;
/** How many quotes back an unattributed quote looks for the one it continues. */
const INHERIT_HOPS = 4;

const startOf = (antecedent: Antecedent) => antecedent.start;

function lastBefore(list: readonly Antecedent[], offset: number): Antecedent | null {
  const lo = lowerBound(list, offset, startOf);
  return lo > 0 ? list[lo - 1]! : null;
}

/**
 * Persons that open their sentence as its subject (the first person named in it, not after a
 * preposition), and every group or organization mention: the antecedents pronouns look back at.
 */
function antecedents(view: DocView, ql: QuoteLexicon): { persons: Antecedent[]; groups: Antecedent[] } {
  const persons: Antecedent[] = [];
  const groups: Antecedent[] = [];
  let sentence = -2;
  for (const m of view.mentions()) {
    if (m.role === 'pronoun') continue;
    const type = m.type;
    const k = m.token;
    if (type === 'group' || type === 'organization') groups.push({ start: m.start, actor: m.actor });
    if (type !== 'person') continue;
    const s = view.sentenceOf[k] ?? -1;
    if (s === sentence) continue;
    if (k > 0 && ql.isPreposition(view.fold(k - 1))) continue;
    sentence = s;
    persons.push({ start: m.start, actor: m.actor });
  }
  return { persons, groups };
}

/** Resolves every candidate's speaker, in text order, so pronouns see the speakers before them. */
export function resolveSpeakers(view: DocView, ql: QuoteLexicon, candidates: readonly Candidate[]): Resolved[] {
  const out: Resolved[] = candidates.map(() => UNRESOLVED);
  if (!candidates.length) return out;
  const position = (c: Candidate) => {
    const ref = c.attribution?.speaker;
    if (ref && ref.kind !== 'none') return ref.span.start;
    return c.attribution ? c.attribution.cue.start : view.tokens[c.first]!.start;
  };
  const positions = candidates.map(position);
  const order = sortUnlessOrdered(
    candidates.map((_, i) => i),
    (a, b) => positions[a]! - positions[b]!,
  );
  const spoken: Antecedent[] = [];
  const spokenPersons: Antecedent[] = [];
  // Built on first use: most documents have no pronoun or bare title to resolve, and these read
  // every actor and mention.
  let subjects: { persons: Antecedent[]; groups: Antecedent[] } | null = null;
  let startsOf: Map<number, number[]> | null = null;
  // A document asks for the holder of a bare title or name once or twice: those are read off the
  // actors. Past a few questions (a long document) the tables of every title and name are built
  // once, so that the stage stays linear.
  let asked = 0;
  let titleTable: Map<string, number[]> | null = null;
  let nameTable: Map<string, number[]> | null = null;

  const pronoun = (at: number, number: 'person' | 'group'): number => {
    subjects ??= antecedents(view, ql);
    const { persons, groups } = subjects;
    if (number === 'group') {
      const group = lastBefore(groups, at);
      const speaker = lastBefore(spoken, at);
      if (speaker && view.actors[speaker.actor]!.type !== 'person' && (!group || speaker.start >= group.start)) return speaker.actor;
      return group ? group.actor : -1;
    }
    const subject = lastBefore(persons, at);
    const speaker = lastBefore(spokenPersons, at);
    if (subject && (!speaker || subject.start > speaker.start)) return subject.actor;
    return speaker ? speaker.actor : -1;
  };

  for (const index of order) {
    const c = candidates[index]!;
    if (!c.attribution) continue;
    const resolved = resolve(c.attribution.speaker);
    out[index] = resolved;
    if (resolved.actor >= 0) {
      const at = positions[index]!;
      spoken.push({ start: at, actor: resolved.actor });
      if (view.actors[resolved.actor]!.type === 'person') spokenPersons.push({ start: at, actor: resolved.actor });
    }
  }
  // Quotes without attribution take the speaker of the quote they continue.
  for (let index = 0; index < candidates.length; index++) {
    let from = candidates[index]!.inherits;
    for (let hop = 0; hop < INHERIT_HOPS && from >= 0 && out[index]!.actor < 0 && !candidates[index]!.attribution; hop++) {
      if (out[from]!.actor >= 0) out[index] = { actor: out[from]!.actor, mention: null };
      else from = candidates[from]!.inherits;
    }
  }
  return out;

  function resolve(ref: SpeakerRef): Resolved {
    switch (ref.kind) {
      case 'mention':
        return { actor: ref.actor, mention: ref.span };
      case 'pronoun':
        return { actor: pronoun(ref.span.start, ref.number), mention: ref.span };
      case 'phrase':
        return { actor: holderOf(ref.span), mention: ref.span };
      case 'none':
        return UNRESOLVED;
    }
  }

  /**
   * Words with no mention on them: a title ("kata Presiden") goes to the person who holds it, a
   * name ("kata Hari", "Platform belanja daring Pasarloka") to the actor it names (a person
   * first), the latest mentioned before the words.
   */
  function holderOf(span: Span): number {
    const key = span.text.toLowerCase();
    if (++asked > SCANNED_QUESTIONS) {
      titleTable ??= personsByTitle(view);
      nameTable ??= actorsByName(view);
    }
    const holders =
      titleTable && nameTable
        ? (titleTable.get(key) ?? nameTable.get(key) ?? nameTable.get(trailingName(ql, span.text)))
        : (titleHolders(view, key) ?? namesakes(view, key) ?? namesakes(view, trailingName(ql, span.text)));
    if (!holders) return -1;
    let best = -1;
    let bestAt = -1;
    for (const actor of holders) {
      const at = mentionBefore(actor, span.start);
      if (at > bestAt || (best >= 0 && at === bestAt && view.actors[actor]!.type === 'person')) [best, bestAt] = [actor, at];
    }
    return best >= 0 ? best : holders[0]!;
  }

  /** Start of the actor's last mention before `offset`, or -1 (binary search over its starts). */
  function mentionBefore(actor: number, offset: number): number {
    startsOf ??= mentionStarts(view);
    const starts = startsOf.get(actor);
    if (!starts) return -1;
    const lo = lowerBound(starts, offset, (start) => start);
    return lo > 0 ? starts[lo - 1]! : -1;
  }
}

/** The starts of each actor's mentions in the body, in text order. */
function mentionStarts(view: DocView): Map<number, number[]> {
  const out = new Map<number, number[]>();
  // An index loop: a for-of over a long document's mentions, run once, is not optimized before
  // it ends, and makes an iterator result per mention.
  const mentions = view.mentions();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const list = out.get(m.actor);
    if (list) list.push(m.start);
    else out.set(m.actor, [m.start]);
  }
  return out;
}

/**
 * The capitalized words that end a phrase, lowercased: "Platform belanja daring Pasarloka" →
 * "pasarloka"; none after a preposition ("Sejumlah orang tua di Garut").
 */
function trailingName(ql: QuoteLexicon, phrase: string): string {
  const words = phrase.split(/\s+/);
  let k = words.length;
  while (k > 0 && UPPER_START.test(words[k - 1]!)) k--;
  if (k > 0 && ql.isPreposition(words[k - 1]!.toLowerCase())) return '';
  return words.slice(k).join(' ').toLowerCase();
}

/**
 * The persons who hold the title `key`, in actor order: "presiden" names the holder of "Presiden
 * Ukraina" too, once named (what personsByTitle lists under `key`).
 */
function titleHolders(view: DocView, key: string): number[] | undefined {
  let out: number[] | undefined;
  forEachTitle(view, (index, folded, head) => {
    if (folded !== key && head !== key) return false;
    (out ??= []).push(index);
    return true;
  });
  return out;
}

/**
 * Each person's titles, lowercased, with their first word ("presiden" for "presiden ukraina"),
 * in actor order; `visit` returning true skips that person's other titles.
 */
function forEachTitle(view: DocView, visit: (index: number, folded: string, head: string) => boolean): void {
  const actors = view.actors;
  for (let index = 0; index < actors.length; index++) {
    const actor = actors[index]!;
    if (actor.type !== 'person') continue;
    for (const title of actor.titles) {
      const folded = title.toLowerCase();
      if (visit(index, folded, headOf(folded))) break;
    }
  }
}

/** The first word of a text, as split(/\s+/)[0] gives it. */
function headOf(text: string): string {
  let end = 0;
  while (end < text.length && !isWhitespace(text.charCodeAt(end))) end++;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * The actors a name, an alias or, for persons, a word of one names ("hari" for "Hari Setiyono"),
 * in actor order (what actorsByName lists under `key`).
 */
function namesakes(view: DocView, key: string): number[] | undefined {
  let out: number[] | undefined;
  const byWord = key.length >= MIN_NAME_WORD && !hasSpace(key);
  forEachName(view, (index, form, person) => {
    const words = byWord && person;
    // Lowercasing never shortens a text: a longer form is not the key.
    if (!words && form.length > key.length) return false;
    const folded = form.toLowerCase();
    if (folded !== key && !(words && hasWord(folded, key))) return false;
    (out ??= []).push(index);
    return true;
  });
  return out;
}

/** Each actor's name then aliases, in actor order; `visit` returning true skips that actor's other forms. */
function forEachName(view: DocView, visit: (index: number, form: string, person: boolean) => boolean): void {
  const actors = view.actors;
  for (let index = 0; index < actors.length; index++) {
    const actor = actors[index]!;
    const person = actor.type === 'person';
    for (let k = -1; k < actor.aliases.length; k++) {
      if (visit(index, k < 0 ? actor.name : actor.aliases[k]!, person)) break;
    }
  }
}

/** Whether `word` (no spaces in it) is one of the words of split(/\s+/) of `text`. */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || isWhitespace(text.charCodeAt(at - 1))) && (end === text.length || isWhitespace(text.charCodeAt(end)))) return true;
  }
  return false;
}

function hasSpace(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (isWhitespace(text.charCodeAt(k))) return true;
  return false;
}

/** Lists actor `index` under `key` once: actors are read in order, so one already listed is the list's last. */
function listUnder(index: Map<string, number[]>, key: string, actor: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [actor]);
  else if (list[list.length - 1] !== actor) list.push(actor);
}

function personsByTitle(view: DocView): Map<string, number[]> {
  const out = new Map<string, number[]>();
  forEachTitle(view, (index, folded, head) => {
    // "Presiden Ukraina" is also called "Presiden" once named.
    listUnder(out, folded, index);
    if (head !== folded) listUnder(out, head, index);
    return false;
  });
  return out;
}

/** Actors by their names, aliases and, for persons, the words of their names ("Hari" for "Hari Setiyono"). */
function actorsByName(view: DocView): Map<string, number[]> {
  const out = new Map<string, number[]>();
  forEachName(view, (index, form, person) => {
    const folded = form.toLowerCase();
    listUnder(out, folded, index);
    if (!person) return false;
    // The words of split(/\s+/), without the array.
    for (let from = -1, c = 0; c <= folded.length; c++) {
      const space = c === folded.length || isWhitespace(folded.charCodeAt(c));
      if (space && from >= 0) {
        if (c - from >= MIN_NAME_WORD) listUnder(out, folded.slice(from, c), index);
        from = -1;
      } else if (!space && from < 0) from = c;
    }
    return false;
  });
  return out;
}

