// Stage `events`: who did and said what, to whom, when and where.
// Reads: doc.tokens, doc.sentences (boilerplate), doc.actors (mentions, pronouns included),
// doc.dates, doc.quotes (cue, speaker), doc.layers.boilerplate (the dateline), and the lexicon's
// lists `event-verbs`, `bare-event-verbs`, `non-event-verbs` (dictionaries/event-verbs.json),
// `event-prepositions`, `event-clause-openers`, `event-coordinators`, `event-negators`,
// `event-auxiliaries`, `event-comparatives`, `event-pronouns`, `event-company-markers`,
// `event-range-joiners`, `event-discourse-nouns`, `event-demonstratives` (dictionaries/event-clauses.json), `roots` and
// `lemma-exceptions` (dictionaries/roots.json).
// Writes: doc.events.
//
// Every quote is a statement: its cue is the trigger, its speaker the actor. Every other verb of a
// body sentence outside direct quotes is an action when it has an agent among the actors, when the
// event-verb dictionary gives it a category, or when its clause dates it ("dilakukan pada 31
// Oktober"); verbs of every other kind are left out, so events stay the ones a reader would count.
import type { Doc, Event, Sentence, Stage } from '../types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { BoilerplateLayer } from './boilerplate.js';
import { firstEndingAfter, lemmaSpanAt, sentenceIndexAt } from '../spans.js';
import { Clauses, type Clause } from './events/clauses.js';
import { PredicateReader, type Predicate } from './events/predicates.js';
import { negated, SettingIndex, type Setting } from './events/setting.js';
import { buildView, type EventView } from './events/view.js';
import { compileVocabulary, VERB_MARK, type EventVocabulary } from './events/vocabulary.js';
import { organizationResolver } from './events/party.js';
import { sortUnlessOrdered } from '../order.js';
import { ScratchArrays, SLOTS } from './events/scratch.js';

/** Statements are counted in this category whatever the cue's verb is. */
const STATEMENT = 'statement';

/** Token ranges a verb looks in for its date and place, nearest first. */
interface Scope {
  first: number;
  end: number;
}

/** The part of `scope` on the cue's side of a quote's content. */
function outside(scope: Scope, [contentFirst, contentEnd]: [number, number], cue: number): Scope {
  if (contentFirst > cue) return { first: scope.first, end: Math.min(scope.end, contentFirst) };
  if (contentEnd <= cue) return { first: Math.max(scope.first, contentEnd), end: scope.end };
  return scope;
}

/**
 * Date and place for the verb at `token`: its clause, then its sentence, then the governing setting;
 * before any dated sentence (the lead), the first date after it, which dates the news it leads.
 * A statement also keeps the governing place, the scene its speaker is in ("… tutur Xi di kota
 * Kazan …" then "… tutur Putin."); an action may happen anywhere.
 */
function settingFor(index: SettingIndex, clause: Scope, sentence: Scope, token: number, governing: Setting | null, statement = false): Setting {
  let date = index.date(clause.first, clause.end, token) ?? index.date(sentence.first, sentence.end, token);
  const inherited = date === null && governing !== null;
  if (inherited) date = governing.date;
  else if (date === null) date = index.dateAfter(token);
  const place = index.place(clause.first, clause.end, token) ?? index.place(sentence.first, sentence.end, token);
  return { date, place: place ?? (inherited && statement ? governing.place : null) };
}

/**
 * Whether a verb reports an event: it has an agent among the actors, a category, or its clause
 * dates it. Told by its marks: its form is read only for the events reported.
 */
function reportsAction(p: Predicate, datedHere: boolean): boolean {
  return (p.marks & VERB_MARK.silent) === 0 && ((p.marks & VERB_MARK.category) !== 0 || p.agents.length > 0 || datedHere);
}

/** An action, built in one literal (with `category` last when it has one) so it is never reshaped. */
function actionEvent(doc: Doc, view: EventView, p: Predicate, clause: Clause, setting: Setting, sentence: number): Event {
  const verb = lemmaSpanAt(doc.text, view.offsets.starts[p.token]!, view.offsets.ends[p.token]!, p.verb.lemma);
  const isNegated = negated(view, p.token, clause.first);
  const category = p.verb.category;
  if (category === undefined) {
    return { type: 'action', trigger: verb, actors: p.agents, targets: p.targets, date: setting.date, location: setting.place, quote: null, negated: isNegated, sentence };
  }
  return { type: 'action', trigger: verb, actors: p.agents, targets: p.targets, date: setting.date, location: setting.place, quote: null, negated: isNegated, sentence, category };
}

function statementEvent(doc: Doc, view: EventView, vocabulary: EventVocabulary, quote: number, clause: Clause, cueToken: number, setting: Setting, sentence: number): Event {
  const q = doc.quotes[quote]!;
  const cue = q.cue!;
  return {
    type: 'statement',
    trigger: lemmaSpanAt(doc.text, cue.start, cue.end, vocabulary.analyze(cue.text).lemma),
    actors: q.speaker ? [q.speaker] : [],
    targets: [],
    date: setting.date,
    location: setting.place,
    quote,
    negated: negated(view, cueToken, clause.first),
    sentence,
    category: STATEMENT,
  };
}

const byStart = (a: Event, b: Event) => a.trigger.start - b.trigger.start;

/**
 * Merges a sentence's statements into its actions (events[from…], in text order), as a stable sort
 * by trigger start would order them: a sort of the whole list per document costs more than these
 * short merges. It merges in place from the back, with neither a copy of the actions nor a
 * shortening of the list (each a call into the runtime): on a tie the action stays first.
 */
function mergeStatements(events: Event[], from: number, statements: Event[]): void {
  sortUnlessOrdered(statements, byStart);
  let a = events.length - 1;
  // The list grows by the statements first; every slot after the actions is written again below.
  for (let k = 0; k < statements.length; k++) events.push(statements[k]!);
  let s = statements.length - 1;
  for (let w = events.length - 1; s >= 0; w--) {
    events[w] = a >= from && events[a]!.trigger.start > statements[s]!.trigger.start ? events[a--]! : statements[s--]!;
  }
}

/** The ids of the groups among the actors, or null when there are none (most documents). */
function groupIds(doc: Doc): Set<string> | null {
  let ids: Set<string> | null = null;
  for (const a of doc.actors) if (a.type === 'group') (ids ??= new Set()).add(a.id);
  return ids;
}

/**
 * Quotes by the sentence their cue is in, as chains in quote order: the first quote of each
 * sentence (-1: none) and the next quote of the same sentence after each quote.
 */
function statementsBySentence(doc: Doc, scratch: ScratchArrays): { first: Int32Array; next: Int32Array } {
  const first = scratch.int32(SLOTS.firstStatement, doc.sentences.length, -1);
  const next = scratch.int32(SLOTS.nextStatement, doc.quotes.length, -1);
  const sentenceAt = sentenceFinder(doc.sentences);
  for (let qi = doc.quotes.length - 1; qi >= 0; qi--) {
    const cue = doc.quotes[qi]!.cue;
    if (!cue) continue;
    const s = sentenceAt(cue.start);
    if (s < 0) continue;
    next[qi] = first[s]!;
    first[s] = qi;
  }
  return { first, next };
}

/** Sentences a finder walks over from its last answer before it searches. */
const SENTENCE_WALK = 4;

/**
 * sentenceIndexAt for offsets met near each other (the quotes' cues, one after another): a short
 * walk from the last answer when the sentences' ends are in order, a binary search otherwise. On a
 * long document every step of a binary search over the sentences misses the cache.
 */
function sentenceFinder(sentences: readonly Sentence[]): (offset: number) => number {
  let ordered = true;
  for (let k = 1; k < sentences.length && ordered; k++) ordered = sentences[k - 1]!.end <= sentences[k]!.end;
  if (!ordered) return (offset) => sentenceIndexAt(sentences, offset);
  let last = 0;
  // The first sentence ending after `offset` (firstEndingAfter): where every one before ends at or before it.
  const isFirstEndingAfter = (i: number, offset: number) => (i === 0 || sentences[i - 1]!.end <= offset) && (i === sentences.length || sentences[i]!.end > offset);
  return (offset) => {
    let i = last;
    if (!isFirstEndingAfter(i, offset)) {
      const step = i < sentences.length && sentences[i]!.end <= offset ? 1 : -1;
      for (let k = 0; k < SENTENCE_WALK && !isFirstEndingAfter(i, offset); k++) i += step;
      if (!isFirstEndingAfter(i, offset)) i = firstEndingAfter(sentences, offset);
    }
    last = i;
    return i < sentences.length && sentences[i]!.start <= offset ? i : -1;
  };
}

export function createEventsStage(): Stage {
  // Compiled word lists per lexicon: a pipeline's own lexicon, or one with a call's dictionaries.
  const compiled = new WeakMap<Lexicon, EventVocabulary>();
  const vocabularyFor = (lexicon: Lexicon): EventVocabulary => {
    let v = compiled.get(lexicon);
    if (!v) {
      v = compileVocabulary(lexicon);
      compiled.set(lexicon, v);
    }
    return v;
  };
  const scratch = new ScratchArrays();
  // The clauses of the sentence being read, refilled for every sentence of every document.
  const clauses = new Clauses();
  // The verbs and their agents, set to every document in turn.
  const reader = new PredicateReader();

  return {
    name: 'events',
    run(doc, { lexicon }) {
      const vocabulary = vocabularyFor(lexicon);
      const view = buildView(doc, vocabulary, scratch);
      reader.reset(view, vocabulary, organizationResolver(doc, view, vocabulary), scratch);
      const statements = statementsBySentence(doc, scratch);
      const dateline = (doc.layers.boilerplate as BoilerplateLayer | undefined)?.dateline;
      const bodyStart = dateline ? view.index.indexAt(dateline.span.end) : 0;
      const events: Event[] = [];
      const groups = groupIds(doc);
      const settings = new SettingIndex(view, reader.agents);
      let governing: Setting | null = null;

      const sentences = doc.sentences;
      for (let index = 0; index < sentences.length; index++) {
        const sentence = sentences[index]!;
        if (sentence.boilerplate) continue;
        const sentenceFirst = view.index.indexAt(sentence.start);
        const first = Math.max(sentenceFirst, bodyStart);
        const end = view.index.endOf(sentenceFirst, sentence.end);
        if (first >= end) continue;
        const scope: Scope = { first, end };
        const sentenceEvents = events.length;
        clauses.split(view, first, end);
        let subject: string[] = [];
        for (let c = 0; c < clauses.count; c++) {
          const clause = clauses.items[c]!;
          reader.read(clause, subject, first);
          const datedHere = reader.count > 0 && settings.dated(clause.first, clause.end);
          for (let k = 0; k < reader.count; k++) {
            const p = reader.predicates[k]!;
            if (p.agents.length > 1 || (p.agents.length === 1 && groups !== null && groups.has(p.agents[0]!))) reader.agents.antecedent = p.agents;
            if (reportsAction(p, datedHere)) events.push(actionEvent(doc, view, p, clause, settingFor(settings, clause, scope, p.token, governing), index));
          }
          // A relative clause says something about a name; the clause around it keeps its subject.
          if (clause.kind === 'relative') continue;
          subject = reader.left ?? reader.subjectOf(clause) ?? subject;
        }
        if (statements.first[index]! >= 0) {
          const said: Event[] = [];
          for (let quote = statements.first[index]!; quote >= 0; quote = statements.next[quote]!) {
            const cueToken = view.index.indexAt(doc.quotes[quote]!.cue!.start);
            const clause = clauses.at(cueToken) ?? { first, end, kind: 'main' };
            // A statement is set by its attribution, not by what it reports ("… di timur Kota Ishinomaki").
            const contentFirst = view.index.indexAt(doc.quotes[quote]!.start);
            const content: [number, number] = [contentFirst, view.index.endOf(contentFirst, doc.quotes[quote]!.end)];
            const setting = settingFor(settings, outside(clause, content, cueToken), outside(scope, content, cueToken), cueToken, governing, true);
            said.push(statementEvent(doc, view, vocabulary, quote, clause, cueToken, setting, index));
          }
          mergeStatements(events, sentenceEvents, said);
        }
        governing = settings.last(first, end) ?? governing;
      }
      // Sentences in order keep the events in order; others (a custom sentences stage) are sorted here.
      sortUnlessOrdered(events, byStart);
      doc.events = events;
    },
  };
}
