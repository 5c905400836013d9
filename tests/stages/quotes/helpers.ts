// A pipeline whose actors are given by the test, so quote tests do not depend on the actors stage.
import { createPipeline, type Actor, type ActorType, type ExtractionResult, type Quote, type Stage } from '../../../src/index.js';

export interface GivenActor {
  name: string;
  type: ActorType;
  /** Other surface forms; every occurrence of the name and of these is a mention. */
  aliases?: string[];
  titles?: string[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** An actors stage that marks every word-bounded occurrence of the given names. */
export function givenActors(actors: readonly GivenActor[]): Stage {
  return {
    name: 'actors',
    run(doc) {
      doc.actors = actors.map((given, index): Actor => {
        const mentions: Actor['mentions'] = [];
        for (const form of [given.name, ...(given.aliases ?? [])]) {
          for (let at = doc.text.indexOf(form); at >= 0; at = doc.text.indexOf(form, at + 1)) {
            const end = at + form.length;
            if ((at > 0 && WORD_CHAR.test(doc.text[at - 1]!)) || (end < doc.text.length && WORD_CHAR.test(doc.text[end]!))) continue;
            mentions.push({ start: at, end, text: form, role: form === given.name ? 'name' : 'alias' });
          }
        }
        mentions.sort((a, b) => a.start - b.start);
        return { id: `a${index + 1}`, name: given.name, type: given.type, aliases: given.aliases ?? [], titles: given.titles ?? [], mentions };
      });
    },
  };
}

export function runWith(text: string, actors: readonly GivenActor[] = []): ExtractionResult {
  return createPipeline().replace('actors', givenActors(actors)).run(text);
}

/** The speaker's name, for short assertions. */
export function speakerName(result: ExtractionResult, quote: Quote): string | null {
  return quote.speaker === null ? null : result.actors.find((a) => a.id === quote.speaker)?.name ?? `?${quote.speaker}`;
}

/** Every span of a quote is a slice of the input. */
export function expectExact(result: ExtractionResult): boolean {
  const ok = (s: { start: number; end: number; text: string } | null) => s === null || result.text.slice(s.start, s.end) === s.text;
  return result.quotes.every((q) => ok(q) && ok(q.cue) && ok(q.speakerMention));
}
