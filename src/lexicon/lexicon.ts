// The compiled dictionaries a pipeline runs with: built once per pipeline (and once per distinct
// set of per-call dictionaries), then only read. Matching never depends on the number of entries.
import type { ActorEntry, Dictionary, Token, WordEntry } from '../types.js';
import { tokenize } from '../stages/tokenize.js';
import { foldForMatch, foldToken } from './normalize.js';
import { CALLER_FLAGS, CASE_FLAGS, CASE_SENSITIVE, PhraseHits, PhraseIndex, caseAllows, caseFlagsOf, caseMatch, type Phrase, type PhraseHit, type FormSplitter, type TrieNode } from './phrases.js';
import { RoleIndex, type RoleHolder, type RoleQuery } from './roles.js';

/** The word list of nouns that turn a demonym into a group: "warga Rusia", "orang Amerika". */
export const DEMONYM_NOUNS = 'demonym-nouns';
/** The word list of nouns before a language named like a country: "bahasa Inggris" is not Britain. */
export const LANGUAGE_NOUNS = 'language-nouns';
/** The word list of titles, whose lemmas write out abbreviated offices ("Menlu" → "Menteri Luar Negeri"). */
export const TITLES = 'titles';

/** A word list compiled for lookup by form and for longest multi-token matches. */
export interface WordList {
  readonly name: string;
  readonly entries: readonly WordEntry[];
  /** Whether `form` (one or more space-separated tokens) is in the list. */
  has(form: string): boolean;
  /** The entries written as `form`. */
  get(form: string): readonly WordEntry[] | undefined;
  /**
   * The longest entry that starts at token `index`: its entries and the token index after it.
   * `folded`, when given, holds `foldForMatch` of every token's text (callers that fold a whole
   * document once pass it, so that no token is folded again).
   */
  matchAt(tokens: readonly Token[], index: number, folded?: readonly string[], start?: ListStart): WordMatch | null;
  /**
   * Where the forms that start with this folded word (no hyphen in it) go on, or undefined: given
   * to matchAt for a token of that word, the match starts there instead of looking the word up.
   */
  startOf(folded: string): ListStart | undefined;
}

export interface WordMatch {
  entries: readonly WordEntry[];
  /** Token index after the match. */
  end: number;
}

/** A dictionary actor found in the tokens. */
export interface ActorMatch {
  entry: ActorEntry;
  /** Token indices [start, end). */
  tokenStart: number;
  tokenEnd: number;
  /** Whether the text has the form in the same case as the dictionary. */
  exactCase: boolean;
  /** What the tokens are: the entry's name, one of its aliases, or a demonym after a noun ("warga Rusia"). */
  via: 'name' | 'alias' | 'demonym';
  /** Where the name itself starts: after the noun of a demonym, else `tokenStart`. */
  nameStart: number;
  /** Code units at the end of the last token that are a clitic, not the name ("Jakartanya" → 3). */
  enclitic: number;
}

export interface Lexicon {
  /** The dictionaries in force, after overrides and switches. */
  readonly dictionaries: readonly Dictionary[];
  /** Known actors by id, after overrides. */
  readonly actors: ReadonlyMap<string, ActorEntry>;
  /** A word list by name; an empty list when no dictionary has it. */
  words(list: string): WordList;
  /** The known actors named in the tokens, longest match first, not overlapping. */
  matchActors(tokens: readonly Token[]): ActorMatch[];
  /** Every known actor whose name, alias or demonym starts at token `index`, longest first (`folded` as for `WordList.matchAt`). */
  actorsAt(tokens: readonly Token[], index: number, folded?: readonly string[]): ActorMatch[];
  /**
   * The first of `actorsAt` that is a name or an alias (no demonym), or null: the longest match the
   * case allows, without allocating for a token that starts none.
   */
  namedActorAt(tokens: readonly Token[], index: number, folded?: readonly string[], start?: ActorStart): ActorMatch | null;
  /**
   * Calls `visit` with the first word of every name and alias (folded, split at its hyphens as
   * the text's tokens are matched) and where the names and aliases that start with it go on:
   * given to namedActorAt for a token of that word, the match starts there instead of looking the
   * word up.
   */
  forEachActorStart(visit: (word: string, start: ActorStart) => void): void;
  /**
   * Whether a known actor's name or alias starts with this folded token text (`foldForMatch`):
   * a cheap test before `actorsAt`. "-nya" glued to the token is not seen through here.
   */
  opensActor(folded: string): boolean;
  /** The entries named or aliased exactly `form` (case- and diacritic-tolerant), names first. */
  findActors(form: string): ActorEntry[];
  /** Who held a role on a date: `holders('Presiden', { country: 'ID', date: '2023-05-01' })`. */
  holders(title: string, query?: RoleQuery): RoleHolder[];
}

/** A known actor and its dictionary's rank (a later dictionary wins a shared form). */
export interface ActorForm {
  entry: ActorEntry;
  rank: number;
}

/** How a form names its actor, in the phrase's own flags. */
const VIA_ALIAS = CALLER_FLAGS;
const VIA_DEMONYM = CALLER_FLAGS * 2;

function viaOf(phrase: Phrase<ActorForm>): ActorMatch['via'] {
  return phrase.flags & VIA_DEMONYM ? 'demonym' : phrase.flags & VIA_ALIAS ? 'alias' : 'name';
}

/** Names before aliases, then the later dictionary. */
function byPreference(a: Phrase<ActorForm>, b: Phrase<ActorForm>): number {
  return (a.flags & VIA_ALIAS) - (b.flags & VIA_ALIAS) || b.value.rank - a.value.rank;
}

/** A lookup table of a list's forms: exact for case-sensitive forms, folded for the rest. */
function formTable(entries: readonly WordEntry[]): (form: string) => WordEntry[] | undefined {
  const exact = new Map<string, WordEntry[]>();
  const folded = new Map<string, WordEntry[]>();
  for (const entry of entries) {
    const table = entry.caseSensitive ? exact : folded;
    const key = entry.caseSensitive ? entry.form : foldForMatch(entry.form);
    const list = table.get(key);
    if (list) list.push(entry);
    else table.set(key, [entry]);
  }
  return (form) => {
    // Most lists have no case-sensitive form: a lookup in an empty table would still hash the form.
    const a = exact.size === 0 ? undefined : exact.get(form);
    const b = folded.get(foldToken(form));
    return a && b ? [...a, ...b] : (a ?? b);
  };
}

const NO_TOKENS: readonly string[] = [];

/** The names and aliases that start with one word (Lexicon.forEachActorStart). */
export type ActorStart = TrieNode<ActorForm>;
/** The forms of a word list that start with one word (WordList.startOf). */
export type ListStart = TrieNode<WordEntry>;

/**
 * A fold that reads the folded tokens a caller passes, without a closure for each call: `lend`
 * gives it the array for one match, `release` lets the array go, so that a lexicon does not keep
 * a document's tokens alive.
 */
class LentFolds {
  private folded: readonly string[] = NO_TOKENS;
  readonly at = (k: number): string => this.folded[k]!;

  lend(folded: readonly string[]): (k: number) => string {
    this.folded = folded;
    return this.at;
  }

  release(): void {
    this.folded = NO_TOKENS;
  }
}

/** A word list with a match that shares the caller's folded tokens. */
interface CompiledWordList extends WordList {
  matchWith(tokens: readonly Token[], i: number, fold: (k: number) => string, start?: ListStart): WordMatch | null;
}

function compileWordList(name: string, entries: readonly WordEntry[], split: FormSplitter): CompiledWordList {
  // A list's tables are built the first time it is used, and its phrase index the first time it
  // is matched: most lists are only looked up by form, and many pipelines never read some lists.
  let table: ((form: string) => WordEntry[] | undefined) | null = null;
  const lookup = (form: string) => (table ??= formTable(entries))(form);
  let index: PhraseIndex<WordEntry> | null = null;
  const phrases = (): PhraseIndex<WordEntry> => {
    if (index) return index;
    index = new PhraseIndex<WordEntry>(split);
    for (const entry of entries) index.add(entry.form, entry, entry.caseSensitive ? CASE_SENSITIVE : 0);
    return index;
  };
  // The list's scratch hits and folds: a match reads them before it returns, and calls no other match of this list.
  const hits = new PhraseHits<WordEntry>();
  const lent = new LentFolds();
  const matchWith = (tokens: readonly Token[], i: number, fold: (k: number) => string, start?: ListStart): WordMatch | null => {
    if (i < 0 || i >= tokens.length) return null;
    hits.clear();
    if (start) phrases().walkFrom(tokens, i, start, fold, false, hits);
    else phrases().walk(tokens, i, fold, false, hits);
    for (let h = hits.length - 1; h >= 0; h--) {
      const hit = hits.at(h);
      // Most hits are of one phrase: read from its node, not a list.
      const only = hit.node.only;
      if (only !== null) {
        if (caseAllows(tokens, i, hit, only)) return { entries: hit.node.values(), end: hit.end };
        continue;
      }
      let all = true;
      const phrases = hit.node.phrases();
      for (const p of phrases) if (!caseAllows(tokens, i, hit, p)) all = false;
      // Every phrase of the hit in the case the text has (the usual): its entries as stored.
      if (all) return { entries: hit.node.values(), end: hit.end };
      const found = phrases.filter((p) => caseAllows(tokens, i, hit, p)).map((p) => p.value);
      if (found.length) return { entries: found, end: hit.end };
    }
    return null;
  };
  return {
    name,
    entries,
    has: (form) => lookup(form) !== undefined,
    get: lookup,
    matchAt: (tokens, i, folded, start) => {
      if (!folded) return matchWith(tokens, i, (k) => foldToken(tokens[k]!.text), start);
      const match = matchWith(tokens, i, lent.lend(folded), start);
      lent.release();
      return match;
    },
    startOf: (folded) => phrases().startOf(folded),
    matchWith,
  };
}

/** The phrases of a hit the text's case allows, best first: exact case, then names, then later dictionaries. */
function allowed(tokens: readonly Token[], nameStart: number, hit: PhraseHit<ActorForm>): { phrase: Phrase<ActorForm>; exact: boolean }[] {
  const here: { phrase: Phrase<ActorForm>; exact: boolean }[] = [];
  for (const phrase of hit.node.phrases()) {
    const c = caseMatch(tokens, nameStart, hit, phrase);
    if (c >= 0) here.push({ phrase, exact: c === 1 });
  }
  return here.sort((a, b) => Number(b.exact) - Number(a.exact) || byPreference(a.phrase, b.phrase));
}

function actorMatch(start: number, nameStart: number, hit: PhraseHit<ActorForm>, phrase: Phrase<ActorForm>, exact: boolean): ActorMatch {
  return { entry: phrase.value.entry, tokenStart: start, tokenEnd: hit.end, exactCase: exact, via: viaOf(phrase), nameStart, enclitic: hit.enclitic };
}

/** The best match among the hits at token `start`: the longest the case allows (one pass, no allocation). */
function bestOf(tokens: readonly Token[], start: number, hits: PhraseHits<ActorForm>, nameStart: number): ActorMatch | null {
  for (let h = hits.length - 1; h >= 0; h--) {
    const hit = hits.at(h);
    // Most hits are of one phrase: judged alone, without the node's list.
    const only = hit.node.only;
    if (only !== null) {
      const c = caseMatch(tokens, nameStart, hit, only);
      if (c >= 0) return actorMatch(start, nameStart, hit, only, c === 1);
      continue;
    }
    let best: Phrase<ActorForm> | null = null;
    let bestExact = false;
    // Homonyms share a form: its case is judged once.
    let lastForm = '';
    let lastFlags = -1;
    let c: -1 | 0 | 1 = -1;
    for (const phrase of hit.node.phrases()) {
      if (phrase.form !== lastForm || (phrase.flags & CASE_FLAGS) !== lastFlags) {
        c = caseMatch(tokens, nameStart, hit, phrase);
        lastForm = phrase.form;
        lastFlags = phrase.flags & CASE_FLAGS;
      }
      if (c < 0) continue;
      const exact = c === 1;
      if (!best || (exact && !bestExact) || (exact === bestExact && byPreference(phrase, best) < 0)) {
        best = phrase;
        bestExact = exact;
      }
    }
    if (best) return actorMatch(start, nameStart, hit, best, bestExact);
  }
  return null;
}

/** The best match of each entry among the hits at token `start`, longest first. */
function everyOf(tokens: readonly Token[], start: number, hits: PhraseHits<ActorForm>, nameStart: number): ActorMatch[] {
  const out: ActorMatch[] = [];
  for (let h = hits.length - 1; h >= 0; h--) {
    const hit = hits.at(h);
    for (const { phrase, exact } of allowed(tokens, nameStart, hit)) {
      if (!out.some((m) => m.entry === phrase.value.entry)) out.push(actorMatch(start, nameStart, hit, phrase, exact));
    }
  }
  return out;
}

/** How many folded tokens a scan keeps: more than any form has words, and a power of two. */
const FOLD_WINDOW = 64;

/**
 * Folded token texts for a scan from left to right, kept for the last tokens only: a walk reads a
 * few tokens ahead, and a document's worth of folded strings would outlive the young generation.
 */
function recentFolds(tokens: readonly Token[]): (k: number) => string {
  const at = new Int32Array(FOLD_WINDOW).fill(-1);
  const folded = new Array<string>(FOLD_WINDOW).fill('');
  return (k) => {
    const slot = k & (FOLD_WINDOW - 1);
    if (at[slot] !== k) {
      at[slot] = k;
      folded[slot] = foldToken(tokens[k]!.text);
    }
    return folded[slot]!;
  };
}

/** Applies switches and overrides: later dictionaries win by actor id, word lists add up. */
export function compileLexicon(dictionaries: readonly Dictionary[]): Lexicon {
  const disabled = new Set(dictionaries.flatMap((d) => d.disables ?? []));
  const active = dictionaries.filter((d) => !disabled.has(d.name));
  const actors = new Map<string, ActorEntry>();
  const rankOf = new Map<string, number>();
  const wordEntries = new Map<string, WordEntry[]>();
  active.forEach((dict, rank) => {
    for (const entry of dict.actors ?? []) {
      actors.set(entry.id, entry);
      rankOf.set(entry.id, rank);
    }
    for (const [list, entries] of Object.entries(dict.words ?? {})) {
      const into = wordEntries.get(list);
      if (into) into.push(...entries);
      else wordEntries.set(list, [...entries]);
    }
  });

  // Forms are split by the tokenizer the text goes through, with this lexicon's abbreviations.
  const abbreviations = formTable(wordEntries.get('abbreviations') ?? []);
  const has = (form: string) => abbreviations(form) !== undefined;
  const split: FormSplitter = { tokenize: (form) => tokenize(form, { has }), keepsPeriod: has };
  const lists = new Map<string, CompiledWordList>();
  for (const [name, entries] of wordEntries) lists.set(name, compileWordList(name, entries, split));
  const empty = (name: string) => compileWordList(name, [], split);
  const demonymNouns = lists.get(DEMONYM_NOUNS) ?? empty(DEMONYM_NOUNS);

  const names = new PhraseIndex<ActorForm>(split);
  const demonyms = new PhraseIndex<ActorForm>(split);
  for (const entry of actors.values()) {
    const form: ActorForm = { entry, rank: rankOf.get(entry.id)! };
    names.add(entry.name, form, caseFlagsOf(entry.name));
    for (const alias of entry.aliases ?? []) if (alias !== entry.name) names.add(alias, form, caseFlagsOf(alias) | VIA_ALIAS);
    for (const demonym of entry.demonyms ?? []) demonyms.add(demonym, form, caseFlagsOf(demonym) | VIA_DEMONYM);
  }
  const findActors = (form: string): ActorEntry[] => {
    const phrases = [...names.get(form)].sort(byPreference);
    return [...new Set(phrases.map((p) => p.value.entry))];
  };
  // Offices abbreviated in the titles list ("Menlu", "Wapres") resolve like their full forms. The
  // index is built when a role is first asked for: many pipelines never ask.
  const titles = lists.get(TITLES);
  let roles: RoleIndex | null = null;
  const roleIndex = () => (roles ??= new RoleIndex(actors.values(), (form) => findActors(form)[0], (form) => titles?.get(form)?.find((e) => e.lemma)?.lemma));

  const languageNouns = new Set((lists.get(LANGUAGE_NOUNS)?.entries ?? []).map((e) => foldForMatch(e.form)));
  // Only a token that can open a people noun ("warga", "orang") is tried for a demonym.
  const nounStarts = new Set(demonymNouns.entries.map((e) => foldForMatch(e.form).split(/[\s-]/)[0]!));

  // Scratch hits, each for one matcher that reads them before it returns: foreignAfter's are apart
  // from namedActorAt's, which it runs inside of.
  const foreignHits = new PhraseHits<ActorForm>();
  const namedHits = new PhraseHits<ActorForm>();
  const namedSeen: ActorEntry[] = [];
  const namedFolds = new LentFolds();

  /**
   * Whether a national body's match is followed by another country's name, which makes it that
   * country's body: "Kementerian Luar Negeri China" is not Indonesia's Kementerian Luar Negeri.
   */
  function foreignAfter(tokens: readonly Token[], match: ActorMatch, fold: (k: number) => string): boolean {
    const { entry, tokenEnd } = match;
    if (entry.type !== 'organization' || !entry.country || match.enclitic || tokenEnd >= tokens.length) return false;
    if (tokens[tokenEnd]!.start - tokens[tokenEnd - 1]!.end > 1) return false;
    foreignHits.clear();
    names.walk(tokens, tokenEnd, fold, false, foreignHits);
    const next = bestOf(tokens, tokenEnd, foreignHits, tokenEnd)?.entry;
    return next?.subtype === 'country' && next.country !== undefined && next.country !== entry.country;
  }

  /** Whether a country's match is a language: "Inggris" in "bahasa Inggris", "berbahasa Inggris". */
  function isLanguage(tokens: readonly Token[], match: ActorMatch, fold: (k: number) => string): boolean {
    const i = match.tokenStart;
    if (i === 0 || (match.entry.subtype !== 'country' && match.entry.subtype !== 'territory')) return false;
    return tokens[i]!.start - tokens[i - 1]!.end <= 1 && languageNouns.has(fold(i - 1));
  }

  /** Where the name after a people noun at token `i` starts ("warga Rusia" → 1), or -1. */
  function demonymStart(tokens: readonly Token[], i: number, fold: (k: number) => string): number {
    if (!nounStarts.has(fold(i))) return -1;
    const noun = demonymNouns.matchWith(tokens, i, fold);
    if (!noun || noun.end >= tokens.length || tokens[noun.end]!.start - tokens[noun.end - 1]!.end > 1) return -1;
    return noun.end;
  }

  /**
   * The best match at token `i`, or every match there, longest first. `fold` caches folded tokens
   * across calls on one document and `hits` is scratch space, so a token that starts nothing costs
   * two hash lookups and no allocation.
   */
  function matchAt(tokens: readonly Token[], i: number, fold: (k: number) => string, hits: PhraseHits<ActorForm>): ActorMatch | null {
    hits.clear();
    names.walk(tokens, i, fold, true, hits);
    let plain = hits.length ? bestOf(tokens, i, hits, i) : null;
    if (plain && (foreignAfter(tokens, plain, fold) || isLanguage(tokens, plain, fold))) plain = null;
    const at = demonymStart(tokens, i, fold);
    if (at < 0) return plain;
    hits.clear();
    demonyms.walk(tokens, at, fold, false, hits);
    const group = hits.length ? bestOf(tokens, i, hits, at) : null;
    // A name the dictionary spells out ("Tentara Israel") wins over the same words read as a demonym.
    return group && (!plain || group.tokenEnd > plain.tokenEnd) ? group : plain;
  }

  function everyMatchAt(tokens: readonly Token[], i: number, fold: (k: number) => string): ActorMatch[] {
    const hits = new PhraseHits<ActorForm>();
    names.walk(tokens, i, fold, true, hits);
    const plain = everyOf(tokens, i, hits, i).filter((m) => !foreignAfter(tokens, m, fold) && !isLanguage(tokens, m, fold));
    const at = demonymStart(tokens, i, fold);
    if (at < 0) return plain;
    const demonymHits = new PhraseHits<ActorForm>();
    demonyms.walk(tokens, at, fold, false, demonymHits);
    return [...plain, ...everyOf(tokens, i, demonymHits, at)].sort((a, b) => b.tokenEnd - a.tokenEnd);
  }

  /**
   * The first match everyMatchAt lists that is not a demonym: its name and alias matches come first
   * among equals and in their own order, each entry once (at its longest), a foreign body or a
   * language skipped. Hits of one phrase, the usual, are read without sorting.
   */
  function namedMatchAt(tokens: readonly Token[], i: number, fold: (k: number) => string, start: ActorStart | undefined): ActorMatch | null {
    const hits = namedHits;
    const seen = namedSeen;
    hits.clear();
    // Setting a length calls into the runtime even when it changes nothing: most walks skip no entry.
    if (seen.length !== 0) seen.length = 0;
    if (start) names.walkFrom(tokens, i, start, fold, true, hits);
    else names.walk(tokens, i, fold, true, hits);
    for (let h = hits.length - 1; h >= 0; h--) {
      const hit = hits.at(h);
      const phrase = hit.node.only;
      if (phrase !== null) {
        const c = caseMatch(tokens, i, hit, phrase);
        // Most walks skip no entry: an empty list is not searched (a call out for each hit).
        if (c < 0 || (seen.length !== 0 && seen.includes(phrase.value.entry))) continue;
        const m = actorMatch(i, i, hit, phrase, c === 1);
        if (!foreignAfter(tokens, m, fold) && !isLanguage(tokens, m, fold)) return m;
        // Only an entry skipped here is ever looked for again (a match returns).
        seen.push(phrase.value.entry);
        continue;
      }
      for (const { phrase, exact } of allowed(tokens, i, hit)) {
        if (seen.length !== 0 && seen.includes(phrase.value.entry)) continue;
        const m = actorMatch(i, i, hit, phrase, exact);
        if (!foreignAfter(tokens, m, fold) && !isLanguage(tokens, m, fold)) return m;
        seen.push(phrase.value.entry);
      }
    }
    return null;
  }

  return {
    dictionaries: active,
    actors,
    words(name) {
      let list = lists.get(name);
      if (!list) lists.set(name, (list = empty(name)));
      return list;
    },
    matchActors(tokens) {
      const fold = recentFolds(tokens);
      const hits = new PhraseHits<ActorForm>();
      const matches: ActorMatch[] = [];
      let i = 0;
      while (i < tokens.length) {
        const best = matchAt(tokens, i, fold, hits);
        if (best) {
          matches.push(best);
          i = best.tokenEnd;
        } else i++;
      }
      return matches;
    },
    actorsAt(tokens, index, folded) {
      if (index < 0 || index >= tokens.length) return [];
      return everyMatchAt(tokens, index, folded ? (k) => folded[k]! : (k) => foldToken(tokens[k]!.text));
    },
    namedActorAt(tokens, index, folded, start) {
      if (index < 0 || index >= tokens.length) return null;
      if (!folded) return namedMatchAt(tokens, index, (k) => foldToken(tokens[k]!.text), start);
      const match = namedMatchAt(tokens, index, namedFolds.lend(folded), start);
      namedFolds.release();
      return match;
    },
    opensActor: (folded) => names.opens(folded),
    forEachActorStart: (visit) => names.forEachStart(visit),
    findActors,
    holders: (title, query) => roleIndex().holders(title, query),
  };
}
