// The word lists the actors stage reads, taken from a lexicon once and shared by every document
// that lexicon runs on (the stage keeps one per lexicon, so per-call dictionaries work).
import type { Lexicon, WordList } from '../../lexicon/lexicon.js';
import { foldForMatch } from '../../lexicon/normalize.js';

export interface ActorVocabulary {
  readonly lexicon: Lexicon;
  /** Offices, ranks, honorifics, degrees, postnominals, roles, modifiers (dictionaries/titles.json). */
  readonly titles: WordList;
  readonly organizationHeads: WordList;
  readonly organizationTails: WordList;
  readonly placeHeads: WordList;
  readonly nonActorHeads: WordList;
  readonly groupHeads: WordList;
  readonly groupOpeners: WordList;
  readonly personCues: WordList;
  readonly placeMarkers: WordList;
  /** Folded words that may continue an organization's or place's name ("kesehatan", "utara"). */
  readonly nameWords: ReadonlySet<string>;
  /** Folded capitalized words that are never names on their own ("senin", "namun"). */
  readonly notNames: ReadonlySet<string>;
  /** Folded particles inside names, with the type they allow ("bin" → person, "dan" → organization). */
  readonly particles: ReadonlyMap<string, string>;
  readonly groupClosers: ReadonlySet<string>;
  /** Folded words that end names of events and titles, not actors ("Open", "Cup"). */
  readonly nonActorTails: ReadonlySet<string>;
  /** Folded words before a cited medium ("dilansir"). */
  readonly sourceCues: ReadonlySet<string>;
  /** Folded function words: they end a group's modifiers. */
  readonly functionWords: ReadonlySet<string>;
  /** Folded pronouns by kind (singular, plural, dual). */
  readonly pronouns: ReadonlyMap<string, string>;
  /** Folded stems that take -nya for the speaker ("ujar" in "ujarnya"). */
  readonly speechStems: ReadonlySet<string>;
  /** Folded first words of every title, so that most tokens skip the title lookup. */
  readonly titleStarts: ReadonlySet<string>;
}

function foldedSet(list: WordList): Set<string> {
  return new Set(list.entries.map((e) => foldForMatch(e.form)));
}

function foldedMap(list: WordList, fallback: string): Map<string, string> {
  return new Map(list.entries.map((e) => [foldForMatch(e.form), e.kind ?? fallback]));
}

function firstWords(list: WordList): Set<string> {
  return new Set(list.entries.map((e) => foldForMatch(e.form.trim().split(/\s+/)[0]!)));
}

/** The list, with a lookup that first asks whether any of its forms starts with the token: most tokens stop there. */
function prefiltered(list: WordList): WordList {
  const starts = firstWords(list);
  return {
    name: list.name,
    entries: list.entries,
    has: (form) => list.has(form),
    get: (form) => list.get(form),
    matchAt: (tokens, i) => {
      const token = tokens[i];
      return token && starts.has(foldForMatch(token.text)) ? list.matchAt(tokens, i) : null;
    },
  };
}

export function compileVocabulary(lexicon: Lexicon): ActorVocabulary {
  return {
    titleStarts: firstWords(lexicon.words('titles')),
    lexicon,
    titles: prefiltered(lexicon.words('titles')),
    organizationHeads: prefiltered(lexicon.words('organization-heads')),
    organizationTails: prefiltered(lexicon.words('organization-tails')),
    placeHeads: prefiltered(lexicon.words('place-heads')),
    nonActorHeads: prefiltered(lexicon.words('non-actor-heads')),
    groupHeads: prefiltered(lexicon.words('group-heads')),
    groupOpeners: prefiltered(lexicon.words('group-openers')),
    personCues: prefiltered(lexicon.words('person-cues')),
    placeMarkers: prefiltered(lexicon.words('place-markers')),
    nameWords: foldedSet(lexicon.words('name-words')),
    notNames: foldedSet(lexicon.words('not-names')),
    particles: foldedMap(lexicon.words('name-particles'), 'person'),
    groupClosers: foldedSet(lexicon.words('group-closers')),
    nonActorTails: foldedSet(lexicon.words('non-actor-tails')),
    functionWords: foldedSet(lexicon.words('function-words')),
    sourceCues: foldedSet(lexicon.words('source-cues')),
    pronouns: foldedMap(lexicon.words('pronouns'), 'singular'),
    speechStems: foldedSet(lexicon.words('speech-stems')),
  };
}
