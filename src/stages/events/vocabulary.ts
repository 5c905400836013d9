// The events stage's word lists, compiled once per lexicon into plain maps keyed by the lowercase
// form: one lookup per token, whatever the size of the lists.
import type { Lexicon } from '../../lexicon/lexicon.js';
import { createLemmatizer, type Lemmatizer, type WordAnalysis } from '../../morphology/lemma.js';

/**
 * What the noun after a preposition is to the verb ("oleh X": agent, "di X": place, "ke X": goal,
 * "asal X": source, which a passive's agent may stand behind).
 */
export type PrepositionRole = 'agent' | 'place' | 'goal' | 'with' | 'source' | 'other';

/** Pronouns the stage resolves itself; `party` and `company` name an organization. */
export type PronounKind = 'plural' | 'pair' | 'party' | 'company';

/** What a clause opener makes of the clause it opens. */
export type OpenerKind = 'complement' | 'relative' | 'contrast' | 'subordinate';

export interface EventVocabulary {
  readonly lemmatizer: Lemmatizer;
  /** The lemmatizer's analysis of a lowercase form, remembered for this lexicon's later documents. */
  analyze(form: string): WordAnalysis;
  /** Event category by written form (first) or root. */
  categoryOf(form: string, lemma: string): string | undefined;
  /** Roots that are verbs without an affix ("naik", "tiba"). */
  isBareVerb(form: string): boolean;
  /**
   * Why a verb-like form never reports an event: `copula`, `attribute`, `state` (still verbs that
   * bound a subject), `preposition`, `attribution` (not verbs of the clause at all).
   */
  nonEvent(form: string): string | undefined;
  preposition(form: string): PrepositionRole | undefined;
  opener(form: string): OpenerKind | undefined;
  isCoordinator(form: string): boolean;
  isNegator(form: string): boolean;
  isAuxiliary(form: string): boolean;
  isComparative(form: string): boolean;
  /** "mereka" (two or more, or a group), "keduanya" (exactly two), "pihaknya" (the person's organization), "perseroan" (the company). */
  pronoun(form: string): PronounKind | undefined;
  /** A quick test on the written word: false when it cannot be one of the pronouns. */
  mayBePronoun(word: string): boolean;
  /** A word of a company's name that says it is one ("PT", "Tbk"). */
  isCompanyMarker(word: string): boolean;
  /** A word that joins two dates into a span ("Januari hingga April 2025"). */
  isRangeJoiner(form: string): boolean;
  /** A noun after which "di" opens a discourse phrase, not a place ("di lain sisi"). */
  isDiscourseNoun(form: string): boolean;
}

/** Preposition kinds as roles; "dekat", "sekitar", "dalam" place a name as "di" does. */
const ROLES: ReadonlyMap<string, PrepositionRole> = new Map([
  ['agent', 'agent'],
  ['place', 'place'],
  ['in', 'place'],
  ['goal', 'goal'],
  ['with', 'with'],
  ['source', 'source'],
]);
const OPENERS: ReadonlySet<string> = new Set(['complement', 'relative', 'contrast', 'subordinate']);

/** How many word analyses a compiled vocabulary remembers (a few MB at most). */
const ANALYSES_KEPT = 50_000;

/** A set of forms that turns most words away by their first letter and length, before hashing them. */
interface FormSet {
  has(form: string): boolean;
}

function guarded(forms: Iterable<string>): FormSet {
  const set = new Set(forms);
  const initials = new Uint8Array(128);
  let otherInitials = false;
  let longest = 0;
  for (const f of set) {
    const c = f.charCodeAt(0);
    if (c < 128) initials[c] = 1;
    else otherInitials = true;
    longest = Math.max(longest, f.length);
  }
  return {
    has(form) {
      const c = form.charCodeAt(0);
      if (form.length > longest || (c < 128 ? initials[c] === 0 : !otherInitials)) return false;
      return set.has(form);
    },
  };
}

function formSet(lexicon: Lexicon, list: string): FormSet {
  return guarded(lexicon.words(list).entries.map((e) => e.form.toLowerCase()));
}

/** Form → kind; a later entry (a user's dictionary) overrides an earlier one. */
function kindMap(lexicon: Lexicon, list: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const e of lexicon.words(list).entries) if (e.kind) map.set(e.form.toLowerCase(), e.kind);
  return map;
}

export function compileVocabulary(lexicon: Lexicon): EventVocabulary {
  const categories = kindMap(lexicon, 'event-verbs');
  const bare = formSet(lexicon, 'bare-event-verbs');
  const nonEvents = kindMap(lexicon, 'non-event-verbs');
  const prepositions = kindMap(lexicon, 'event-prepositions');
  const openers = kindMap(lexicon, 'event-clause-openers');
  const openerForms = guarded(openers.keys());
  const coordinators = formSet(lexicon, 'event-coordinators');
  const negators = formSet(lexicon, 'event-negators');
  const auxiliaries = formSet(lexicon, 'event-auxiliaries');
  const comparatives = formSet(lexicon, 'event-comparatives');
  const pronouns = kindMap(lexicon, 'event-pronouns');
  // ASCII initials, lowercase: `code | 0x20` folds an ASCII capital to its lowercase.
  const pronounInitials = new Set([...pronouns.keys()].map((f) => f.charCodeAt(0) | 0x20));
  const pronounLengths = new Set([...pronouns.keys()].map((f) => f.length));
  const companyMarkers = formSet(lexicon, 'event-company-markers');
  const rangeJoiners = formSet(lexicon, 'event-range-joiners');
  const discourseNouns = formSet(lexicon, 'event-discourse-nouns');
  const lemmatizer = createLemmatizer(lexicon.words('roots').entries, lexicon.words('lemma-exceptions').entries);
  // A pure memo (an analysis depends only on the form and this lexicon), bounded so that a stream of
  // documents never grows it past ANALYSES_KEPT forms; it is emptied when full.
  const analyses = new Map<string, WordAnalysis>();
  return {
    lemmatizer,
    analyze(form) {
      let a = analyses.get(form);
      if (a === undefined) {
        if (analyses.size >= ANALYSES_KEPT) analyses.clear();
        a = lemmatizer.analyze(form);
        analyses.set(form, a);
      }
      return a;
    },
    categoryOf: (form, lemma) => categories.get(form) ?? categories.get(lemma),
    isBareVerb: (form) => bare.has(form),
    nonEvent: (form) => nonEvents.get(form),
    preposition(form) {
      const kind = prepositions.get(form);
      return kind === undefined ? undefined : (ROLES.get(kind) ?? 'other');
    },
    opener(form) {
      if (!openerForms.has(form)) return undefined;
      const kind = openers.get(form);
      return kind !== undefined && OPENERS.has(kind) ? (kind as OpenerKind) : undefined;
    },
    isCoordinator: (form) => coordinators.has(form),
    isNegator: (form) => negators.has(form),
    isAuxiliary: (form) => auxiliaries.has(form),
    isComparative: (form) => comparatives.has(form),
    isCompanyMarker: (word) => companyMarkers.has(word.toLowerCase()),
    isRangeJoiner: (form) => rangeJoiners.has(form),
    isDiscourseNoun: (form) => discourseNouns.has(form),
    mayBePronoun: (word) => pronounLengths.has(word.length) && pronounInitials.has(word.charCodeAt(0) | 0x20),
    pronoun(form) {
      const kind = pronouns.get(form);
      return kind === 'plural' || kind === 'pair' || kind === 'party' || kind === 'company' ? kind : undefined;
    },
  };
}
