// What both the text summary and the HTML page say about a result: actor names by id, an event as
// who – did what – to whom – when – where, and article text made safe to show on one line.
import type { Actor, Event, ExtractionResult, Quote } from '../../types.js';

const WHITESPACE_RUN = /\s+/g;
/** C0/C1 controls and bidirectional overrides: an article must not be able to drive a terminal. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text on one line, without control characters, cut at a word boundary after max characters. */
export function oneLine(text: string, max = Infinity): string {
  const flat = text.replace(WHITESPACE_RUN, ' ').replace(UNSAFE, '\uFFFD').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > max / 2 ? cut : max)}…`;
}

export function actorsById(result: ExtractionResult): ReadonlyMap<string, Actor> {
  return new Map(result.actors.map((a) => [a.id, a]));
}

function namesOf(ids: readonly string[], actors: ReadonlyMap<string, Actor>): string | null {
  return ids.length ? ids.map((id) => actors.get(id)?.name ?? id).join(', ') : null;
}

/** Most mentioned first (the article's protagonists), boilerplate-only actors last. */
export function actorsInOrder(result: ExtractionResult): Actor[] {
  const first = (a: Actor): number => a.mentions[0]?.start ?? Infinity;
  return [...result.actors].sort(
    (a, b) => Number(a.boilerplate ?? false) - Number(b.boilerplate ?? false) || b.mentions.length - a.mentions.length || first(a) - first(b),
  );
}

/** Surface forms other than the name itself. */
export function otherForms(actor: Actor): string[] {
  return actor.aliases.filter((alias) => alias !== actor.name);
}

export function speakerOf(quote: Quote, actors: ReadonlyMap<string, Actor>): string | null {
  if (quote.speaker !== null) return actors.get(quote.speaker)?.name ?? quote.speaker;
  return quote.speakerMention ? quote.speakerMention.text : null;
}

export interface EventParts {
  who: string | null;
  /** The trigger as written, "not " before it when negated. */
  what: string;
  whom: string | null;
  when: string | null;
  where: string | null;
}

export function eventParts(event: Event, actors: ReadonlyMap<string, Actor>): EventParts {
  return {
    who: namesOf(event.actors, actors),
    what: `${event.negated ? 'not ' : ''}${event.trigger.text}`,
    whom: namesOf(event.targets, actors),
    when: event.date,
    where: event.location === null ? null : (actors.get(event.location)?.name ?? event.location),
  };
}

export const MISSING = '·';

/** "Putin – menandatangani – Kim Jong Un – 2024-06-19 – Pyongyang", with · for what the text does not say. */
export function eventLine(parts: EventParts): string {
  return [parts.who, parts.what, parts.whom, parts.when, parts.where].map((p) => (p === null ? MISSING : oneLine(p))).join(' – ');
}
