// Documents for the events stage with hand-made actor, date and quote layers, so that the stage is
// tested on its own, whatever the actors, dates and quotes stages find.
import { compileLexicon, type Lexicon } from '../../../src/lexicon/lexicon.js';
import { SHIPPED_DICTIONARIES } from '../../../src/lexicon/shipped.js';
import { createTokenizeStage } from '../../../src/stages/tokenize.js';
import { createSentencesStage } from '../../../src/stages/sentences.js';
import { createBoilerplateStage } from '../../../src/stages/boilerplate.js';
import { createEventsStage } from '../../../src/stages/events.js';
import { createPipeline } from '../../../src/pipeline.js';
import type { Actor, ActorType, Dictionary, Doc, Event, Mention, Quote, Stage, TimeExpression } from '../../../src/types.js';

export interface ActorSpec {
  id: string;
  type: ActorType;
  /** Surface forms; every whole-word occurrence becomes a mention. */
  forms: string[];
  /** Pronoun forms that name this actor ("Keduanya"), every occurrence. */
  pronouns?: string[];
}

export interface DateSpec {
  text: string;
  value: string;
  kind?: TimeExpression['kind'];
  /** Which occurrence, when the text occurs more than once (default: the first). */
  nth?: number;
}

export interface QuoteSpec {
  content: string;
  kind: Quote['kind'];
  cue: string;
  speaker: string | null;
}

export interface Layers {
  actors?: ActorSpec[];
  dates?: DateSpec[];
  quotes?: QuoteSpec[];
}

const SHIPPED_LEXICON = compileLexicon(SHIPPED_DICTIONARIES);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function occurrences(text: string, form: string): number[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => m.index!);
}

function span(text: string, start: number, length: number) {
  return { start, end: start + length, text: text.slice(start, start + length) };
}

/** A document after tokenize, sentences and boilerplate, with the given layers. */
export function docWith(text: string, layers: Layers = {}, lexicon: Lexicon = SHIPPED_LEXICON): Doc {
  const doc: Doc = { text, documentDate: null, tokens: [], sentences: [], actors: [], dates: [], quotes: [], events: [], extensions: {}, layers: {} };
  const context = { options: {}, pipeline: createPipeline({ stages: [] }), lexicon };
  for (const stage of [createTokenizeStage(), createSentencesStage(), createBoilerplateStage()]) stage.run(doc, context);
  doc.actors = (layers.actors ?? []).map((a): Actor => {
    const mentions: Mention[] = [];
    for (const form of a.forms) for (const at of occurrences(text, form)) mentions.push({ ...span(text, at, form.length), role: 'name' });
    for (const form of a.pronouns ?? []) for (const at of occurrences(text, form)) mentions.push({ ...span(text, at, form.length), role: 'pronoun' });
    mentions.sort((x, y) => x.start - y.start);
    return { id: a.id, name: a.forms[0]!, type: a.type, aliases: a.forms, titles: [], mentions };
  });
  doc.dates = (layers.dates ?? []).map((d): TimeExpression => {
    const at = occurrences(text, d.text)[d.nth ?? 0];
    if (at === undefined) throw new Error(`no date "${d.text}" in the text`);
    const precision = d.value.length === 4 ? 'year' : d.value.length === 7 ? 'month' : d.value.includes('T') ? 'minute' : 'day';
    return { ...span(text, at, d.text.length), value: d.value, kind: d.kind ?? 'date', precision, relative: false };
  });
  doc.dates.sort((a, b) => a.start - b.start);
  doc.quotes = (layers.quotes ?? []).map((q): Quote => {
    const at = text.indexOf(q.content);
    if (at < 0) throw new Error(`no quote "${q.content}" in the text`);
    const cues = occurrences(text, q.cue);
    const cue = cues.sort((x, y) => Math.abs(x - at) - Math.abs(y - at))[0];
    if (cue === undefined) throw new Error(`no cue "${q.cue}" in the text`);
    return { ...span(text, at, q.content.length), kind: q.kind, speaker: q.speaker, speakerMention: null, cue: span(text, cue, q.cue.length), source: null };
  });
  return doc;
}

/** The events the stage finds in `text` with the given layers. */
export function eventsOf(text: string, layers: Layers = {}, options: { lexicon?: Lexicon; stage?: Stage } = {}): Event[] {
  const lexicon = options.lexicon ?? SHIPPED_LEXICON;
  const doc = docWith(text, layers, lexicon);
  (options.stage ?? createEventsStage()).run(doc, { options: {}, pipeline: createPipeline({ stages: [] }), lexicon });
  return doc.events;
}

/** Like eventsOf, with titles given to actors by id ("Kepala Dinas Kesehatan Sumut"). */
export function eventsOfWithTitles(text: string, layers: Layers, titles: Record<string, string[]>): Event[] {
  const doc = docWith(text, layers);
  for (const actor of doc.actors) actor.titles = titles[actor.id] ?? [];
  createEventsStage().run(doc, { options: {}, pipeline: createPipeline({ stages: [] }), lexicon: SHIPPED_LEXICON });
  return doc.events;
}

/** The one event whose trigger is `trigger` (the test fails when there is none or several). */
export function eventFor(events: readonly Event[], trigger: string): Event {
  const found = events.filter((e) => e.trigger.text === trigger);
  if (found.length !== 1) throw new Error(`expected one event "${trigger}", got ${found.length}: ${events.map((e) => e.trigger.text).join(', ')}`);
  return found[0]!;
}

/** A lexicon with the shipped dictionaries and `extra` after them. */
export function lexiconWith(...extra: Dictionary[]): Lexicon {
  return compileLexicon([...SHIPPED_DICTIONARIES, ...extra]);
}
