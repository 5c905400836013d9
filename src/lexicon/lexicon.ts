// The compiled dictionaries a pipeline runs with: built once per pipeline (and once per distinct
// set of per-call dictionaries), then only read. Matching never depends on the number of entries.
import type { ActorEntry, Dictionary, Token, WordEntry } from '../types.js';
import { foldForMatch } from './normalize.js';

/** A word list compiled for lookup by form and for longest multi-token matches. */
export interface WordList {
  readonly name: string;
  readonly entries: readonly WordEntry[];
  /** Whether `form` (one or more space-separated tokens) is in the list. */
  has(form: string): boolean;
  /** The entries written as `form`. */
  get(form: string): readonly WordEntry[] | undefined;
  /** The longest entry that starts at token `index`: its entries and the token index after it. */
  matchAt(tokens: readonly Token[], index: number): WordMatch | null;
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
  /** Whether the text has the alias in the same case as the dictionary. */
  exactCase: boolean;
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
}

interface Phrase<T> {
  /** Folded token texts. */
  parts: string[];
  /** Exact token texts, for case-sensitive forms and the exact-case preference. */
  exact: string[];
  caseSensitive: boolean;
  value: T;
}

/** Phrases indexed by their first folded token, longest first: a lookup per token, whatever the size. */
class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();

  add(form: string, value: T, caseSensitive: boolean): void {
    const exact = splitForm(form);
    if (exact.length === 0) return;
    const parts = exact.map(foldForMatch);
    const phrase: Phrase<T> = { parts, exact, caseSensitive, value };
    const list = this.byFirst.get(parts[0]!);
    if (list) list.push(phrase);
    else this.byFirst.set(parts[0]!, [phrase]);
  }

  seal(): void {
    for (const list of this.byFirst.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  }

  /** Phrases matching at `index`, longest first, each with its token end and exact-case flag. */
  *matchesAt(tokens: readonly Token[], index: number, folded: (i: number) => string): Generator<[Phrase<T>, number, boolean]> {
    const list = this.byFirst.get(folded(index));
    if (!list) return;
    for (const phrase of list) {
      const end = index + phrase.parts.length;
      if (end > tokens.length) continue;
      let ok = true;
      let exactCase = true;
      for (let k = 0; k < phrase.parts.length && ok; k++) {
        const tok = tokens[index + k]!;
        if (folded(index + k) !== phrase.parts[k]) ok = false;
        else if (tok.text !== phrase.exact[k]) {
          exactCase = false;
          if (phrase.caseSensitive) ok = false;
        }
        // The words of a phrase follow each other with at most one space or a hyphen between them.
        if (ok && k > 0 && tok.start - tokens[index + k - 1]!.end > 1) ok = false;
      }
      if (ok) yield [phrase, end, exactCase];
    }
  }
}

/** Splits a dictionary form into the token texts the tokenizer produces for it. */
function splitForm(form: string): string[] {
  return form
    .trim()
    .split(/\s+/)
    .flatMap((w) => (/^[^-]+-[^-]+$/.test(w) && /^\p{Lu}/u.test(w) && /-\p{Lu}\p{Ll}/u.test(w) ? [w.slice(0, w.indexOf('-')), '-', w.slice(w.indexOf('-') + 1)] : [w]))
    .filter(Boolean);
}

function compileWordList(name: string, entries: WordEntry[]): WordList {
  const index = new PhraseIndex<WordEntry>();
  const byForm = new Map<string, WordEntry[]>();
  for (const entry of entries) {
    index.add(entry.form, entry, entry.caseSensitive === true);
    const key = entry.caseSensitive ? entry.form : foldForMatch(entry.form);
    const list = byForm.get(key);
    if (list) list.push(entry);
    else byForm.set(key, [entry]);
  }
  index.seal();
  const lookup = (form: string): WordEntry[] | undefined => {
    const exact = byForm.get(form)?.filter((e) => e.caseSensitive && e.form === form);
    const folded = byForm.get(foldForMatch(form))?.filter((e) => !e.caseSensitive);
    const all = [...(exact ?? []), ...(folded ?? [])];
    return all.length ? all : undefined;
  };
  return {
    name,
    entries,
    has: (form) => lookup(form) !== undefined,
    get: lookup,
    matchAt(tokens, i) {
      const folded = (k: number) => foldForMatch(tokens[k]!.text);
      const found: WordEntry[] = [];
      let end = -1;
      for (const [phrase, phraseEnd] of index.matchesAt(tokens, i, folded)) {
        if (end >= 0 && phraseEnd < end) break;
        end = phraseEnd;
        found.push(phrase.value);
      }
      return end < 0 ? null : { entries: found, end };
    },
  };
}

/** Applies switches and overrides: later dictionaries win by actor id, word lists add up. */
export function compileLexicon(dictionaries: readonly Dictionary[]): Lexicon {
  const disabled = new Set(dictionaries.flatMap((d) => d.disables ?? []));
  const active = dictionaries.filter((d) => !disabled.has(d.name));
  const actors = new Map<string, ActorEntry>();
  const wordEntries = new Map<string, WordEntry[]>();
  for (const dict of active) {
    for (const entry of dict.actors ?? []) actors.set(entry.id, entry);
    for (const [list, entries] of Object.entries(dict.words ?? {})) {
      const into = wordEntries.get(list);
      if (into) into.push(...entries);
      else wordEntries.set(list, [...entries]);
    }
  }
  const actorIndex = new PhraseIndex<ActorEntry>();
  for (const entry of actors.values()) {
    for (const form of new Set([entry.name, ...(entry.aliases ?? [])])) {
      // Short all-caps acronyms ("AS", "MA") only match in capitals, so "as" and "ma" stay words.
      actorIndex.add(form, entry, form.length <= 3 && form === form.toUpperCase());
    }
  }
  actorIndex.seal();
  const lists = new Map<string, WordList>();
  for (const [name, entries] of wordEntries) lists.set(name, compileWordList(name, entries));
  const empty = (name: string) => compileWordList(name, []);

  return {
    dictionaries: active,
    actors,
    words: (name) => lists.get(name) ?? empty(name),
    matchActors(tokens) {
      const foldedCache = new Array<string | undefined>(tokens.length);
      const folded = (k: number) => (foldedCache[k] ??= foldForMatch(tokens[k]!.text));
      const matches: ActorMatch[] = [];
      let i = 0;
      while (i < tokens.length) {
        let best: ActorMatch | null = null;
        for (const [phrase, end, exactCase] of actorIndex.matchesAt(tokens, i, folded)) {
          if (best && end < best.tokenEnd) break;
          // Among matches of the same length, prefer the one written in the dictionary's case.
          if (!best || (exactCase && !best.exactCase)) best = { entry: phrase.value, tokenStart: i, tokenEnd: end, exactCase };
        }
        if (best) {
          matches.push(best);
          i = best.tokenEnd;
        } else i++;
      }
      return matches;
    },
  };
}
