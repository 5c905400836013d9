// Stage `actors`: the people, organizations, places and groups of a document, one actor per
// referent, with every mention (pronouns included) as an exact span.
// Reads: doc.tokens, doc.sentences (boilerplate flags), doc.documentDate, doc.layers.boilerplate
// (the dateline), the lexicon's known actors and dated roles, and its word lists `titles`,
// `organization-heads`, `organization-tails`, `place-heads`, `non-actor-heads`, `name-words`,
// `group-heads`, `group-openers`, `group-closers`, `group-context`, `not-names`, `name-particles`, `person-cues`,
// `place-markers`, `pronouns`, `title-anaphors`, `speech-stems`, `function-words`, `source-cues`, `acronym-skips`,
// `abbreviation-prefixes`, `affiliation-links`, `english-name-joiners`, `abbreviations`.
// Writes: doc.actors (article actors only), doc.layers.actors (every actor, boilerplate-only ones
// flagged, and every mention by offset for the quotes and events stages).
//
// Known actors come from the dictionaries; unknown names from titles, heads, acronyms and the
// words around them (src/stages/actors/scan.ts); groups from their head nouns when they act;
// mentions of one referent are joined (coreference.ts) and pronouns linked to them (pronouns.ts).
import type { Actor, ActorType, Doc, Mention, Stage } from '../types.js';
import type { ActorMatch, Lexicon } from '../lexicon/lexicon.js';
import type { BoilerplateLayer } from './boilerplate.js';
import { tokenOffsets, tokenRange, type TokenOffsets } from '../spans.js';
import { sortUnlessOrdered } from '../order.js';
import { byFirst, candidate, sortByIndex, Strength, type Candidate } from './actors/candidate.js';
import { Coreference, CoreferenceTables, type Cluster, type ClusterMention } from './actors/coreference.js';
import { findGroups } from './actors/groups.js';
import { findPronouns, type PronounMention } from './actors/pronouns.js';
import { isWeak, Scanner } from './actors/scan.js';
import { Bytes, Scratch, Shape, TokenView } from './actors/tokenView.js';
import { compileVocabulary, Word, type ActorVocabulary } from './actors/vocabulary.js';
import { applyTagger } from './actors/tagged.js';
import { createNerTagger, type NerModel, type NerTagger } from './actors/tagger.js';
import nerModel from '../../dictionaries/ner-model.json';

export interface ActorMentionRef {
  start: number;
  end: number;
  role: Mention['role'];
  /** Actor.id */
  actor: string;
}

export interface ActorsLayer {
  /** Every actor, those named only in boilerplate lines too (flagged `boilerplate: true`). */
  all: Actor[];
  /** Every mention of the actors in doc.actors, ordered by start, with its actor's id (listed when first read). */
  readonly mentions: ActorMentionRef[];
}

/** The layer over the document's actors; the mention index is built only if a later stage reads it. */
class Layer implements ActorsLayer {
  private index: ActorMentionRef[] | null = null;

  constructor(
    readonly all: Actor[],
    private readonly reported: readonly Actor[],
  ) {}

  get mentions(): ActorMentionRef[] {
    if (!this.index) {
      const index: ActorMentionRef[] = [];
      for (const a of this.reported) for (const m of a.mentions) index.push({ start: m.start, end: m.end, role: m.role, actor: a.id });
      this.index = index.sort((a, b) => a.start - b.start || a.end - b.end);
    }
    return this.index;
  }
}

/** The country whose offices a bare title names ("Presiden" in Indonesian news). */
const HOME_COUNTRY = 'ID';

/** Longest document whose known-actor list the stage keeps for the next (KnownMatches): ~180 kB of text. */
const KEPT_TOKENS = 32768;

/**
 * The known-actor match at each token of a document (knownActors), in one list the stage keeps from
 * document to document, where a new one each time (a slot a token, ~1.4 MB per MB of text) would be
 * garbage after the stage. It may be longer than the document: past its tokens it holds none.
 */
class KnownMatches {
  private at: (ActorMatch | undefined)[] = [];
  /** Where the document's matches are, for the next document to clear: most articles have a few. */
  private readonly filled: number[] = [];
  private count = 0;

  /** The list for a document of `length` tokens, empty: undefined at every index. */
  empty(length: number): (ActorMatch | undefined)[] {
    // A long document's list is let go of, not kept for the articles after it.
    if (this.at.length > KEPT_TOKENS && length <= KEPT_TOKENS) this.at = [];
    else for (let k = 0; k < this.count; k++) this.at[this.filled[k]!] = undefined;
    this.count = 0;
    const at = this.at;
    while (at.length < length) at.push(undefined);
    return at;
  }

  set(i: number, match: ActorMatch): void {
    this.at[i] = match;
    if (this.count < this.filled.length) this.filled[this.count] = i;
    else this.filled.push(i);
    this.count++;
  }
}

/**
 * The longest dictionary match at every capitalized token, nested ones too ("Surabaya" inside
 * "Kota Surabaya", which "Wali Kota Surabaya" needs); demonyms ("warga Rusia") are left to the groups.
 */
function knownActors(view: TokenView, { lexicon, actorStarts }: ActorVocabulary, matches: KnownMatches): (ActorMatch | undefined)[] {
  const at = matches.empty(view.length);
  // The constructor reads every capitalized word and acronym: their bits tell those that open a name.
  const { nameParts, namePartCount } = view;
  for (let p = 0; p < namePartCount; p++) {
    const i = nameParts[p]!;
    if (view.shape[i] === Shape.Initial || !view.is(i, Word.OpensKnown)) continue;
    // The token's word, read with its bits, finds where its names go on without a lookup.
    const slot = view.slotOf(i);
    const known = lexicon.namedActorAt(view.tokens, i, view.folded, slot >= 0 ? actorStarts[slot] : undefined);
    if (known) matches.set(i, known);
  }
  return at;
}

/** The dateline's outlet and place are actors even though nothing else in their line says so. */
function datelineCandidates(doc: Doc, view: TokenView, knownAt: (ActorMatch | undefined)[]): Candidate[] {
  const dateline = (doc.layers.boilerplate as BoilerplateLayer | undefined)?.dateline;
  if (!dateline) return [];
  const out: Candidate[] = [];
  const add = (span: { start: number; end: number } | null, type: ActorType) => {
    if (!span) return;
    const [first, last] = tokenRange(view.tokens, span);
    if (last <= first) return;
    // A dateline names its place and outlet in capitalized words; "Tak hanya menghasilkan film -" is a sentence.
    for (let k = first; k < last; k++) if (!view.isNamePart(k) && view.tokens[k]!.kind !== 'url' && view.tokens[k]!.kind !== 'punct') return;
    if (!knownAt[first] && last - first === 1 && view.shape[first] === Shape.Capitalized && view.is(first, Word.NotName)) return;
    const known = knownAt[first];
    const c = candidate(first, last, type, Strength.Head, 'dateline');
    if (known && known.tokenEnd === last) {
      c.entry = known.entry;
      c.type = known.entry.type;
      c.strength = Strength.Known;
    }
    out.push(c);
  };
  add(dateline.outlet, 'organization');
  add(dateline.place, 'location');
  return out;
}

/** Trims brackets and joiners off a name's edges ("(BEI) Medan" → "Medan"); false when nothing is left. */
function trimToName(view: TokenView, c: Candidate): boolean {
  // A name part is never punctuation: a name's edges, most often name parts, are read from the shapes alone.
  while (c.first < c.last && !view.isNamePart(c.first) && view.tokens[c.first]!.kind === 'punct') c.first++;
  while (c.last > c.first && !view.isNamePart(c.last - 1) && view.tokens[c.last - 1]!.kind === 'punct' && view.tokens[c.last - 1]!.text !== ')') c.last--;
  if (c.last > c.first && !view.isNamePart(c.last - 1) && view.tokens[c.last - 1]!.text === ')' && !c.acronym && view.folded[c.last - 2] !== 'persero') c.last--;
  if (c.coreFirst < c.first) c.coreFirst = c.first;
  if (c.coreLast > c.last) c.coreLast = c.last;
  return c.last > c.first && c.coreLast > c.coreFirst;
}

function overlapsAny(c: Candidate, kept: Candidate[]): number {
  for (let k = kept.length - 1; k >= 0; k--) {
    const o = kept[k]!;
    if (o.last <= c.first) break;
    if (o.first < c.last && c.first < o.last) return k;
  }
  return -1;
}

/** Keeps one reading of each stretch of text: the stronger, then the longer. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const named = sortUnlessOrdered(
    candidates.filter((c) => c.type !== 'group'),
    (a, b) => a.first - b.first || b.last - a.last,
  );
  const kept: Candidate[] = [];
  for (const c of named) {
    const k = overlapsAny(c, kept);
    if (k < 0) {
      kept.push(c);
      continue;
    }
    const o = kept[k]!;
    const better = c.strength > o.strength || (c.strength === o.strength && c.last - c.first > o.last - o.first);
    if (better) kept[k] = c;
  }
  for (const c of candidates) if (c.type === 'group') kept.push(c);
  return sortUnlessOrdered(kept, byFirst);
}

/**
 * The statistical tagger, or none when the shipped model does not fit this build's features (a
 * model not yet retrained): the rules and dictionaries still find actors without it.
 */
function taggerOrNone(model: NerModel): NerTagger | null {
  try {
    return createNerTagger(model);
  } catch {
    return null;
  }
}

export function createActorsStage(): Stage {
  // One compiled vocabulary per lexicon, held by this stage only: pipelines never share state.
  const vocabularies = new WeakMap<Lexicon, ActorVocabulary>();
  const scratch = new Scratch();
  const coreferenceTables = new CoreferenceTables();
  const knownMatches = new KnownMatches();
  const tagger = taggerOrNone(nerModel as NerModel);
  return {
    name: 'actors',
    run(doc, { lexicon }) {
      let vocabulary = vocabularies.get(lexicon);
      if (!vocabulary) {
        vocabulary = compileVocabulary(lexicon);
        vocabularies.set(lexicon, vocabulary);
      }
      const view = new TokenView(doc, vocabulary, scratch);
      const knownAt = knownActors(view, vocabulary, knownMatches);
      const scanner = new Scanner(view, vocabulary, knownAt);
      const scanned = scanner.scan();
      const { things, claimed } = scanned;
      // Names trimmed to their words, and no lone acronym of a thing that is not an actor.
      const candidates = (tagger ? applyTagger(view, tagger, scanned.candidates, knownAt, (i) => scanner.titleAt(i)) : scanned.candidates).filter(
        (c) => (c.type === 'group' || trimToName(view, c)) && !(c.last - c.first === 1 && things.size > 0 && things.has(view.textOf(c.first))),
      );
      const dateline = datelineCandidates(doc, view, knownAt);
      const resolved = resolveOverlaps(candidates);
      let all = dateline.length ? resolveOverlapsKeepingDateline([...dateline, ...resolved], dateline) : resolved;
      // Organizations and places claim their tokens (2) over people (1), whichever comes first.
      for (const c of all) {
        if (c.type === 'person') {
          if (!isWeak(c, view)) for (let k = c.first; k < c.last; k++) claimed[k] ||= 1;
        } else if (c.type !== 'group') for (let k = c.first; k < c.last; k++) claimed[k] = 2;
      }
      const groups = findGroups(view, vocabulary, claimed);
      // A lone capitalized word that opens a group phrase ("Panitia pelaksana menyatakan") is the group's.
      const inGroup = view.bytes(Bytes.InGroup);
      for (const g of groups) inGroup.fill(1, g.first, g.last);
      if (groups.length) all = all.filter((c) => !(isWeak(c, view) && inGroup[c.first]));
      for (const g of groups) all.push(g);
      const clusters = cluster(view, vocabulary, knownAt, all, doc, lexicon, coreferenceTables);
      const pronouns = findPronouns(view, vocabulary, clusters.clusters);
      const actors = buildActors(doc, view, clusters, pronouns);
      doc.actors = actors.filter((a) => !a.boilerplate);
      doc.layers.actors = new Layer(actors, doc.actors);
    },
  };
}

/** The dateline's reading of its own tokens wins over the scanner's. */
function resolveOverlapsKeepingDateline(all: Candidate[], dateline: Candidate[]): Candidate[] {
  return all.filter((c) => dateline.includes(c) || !dateline.some((d) => d.first < c.last && c.first < d.last));
}

function cluster(view: TokenView, vocabulary: ActorVocabulary, knownAt: (ActorMatch | undefined)[], candidates: Candidate[], doc: Doc, lexicon: Lexicon, tables: CoreferenceTables): Coreference {
  const coreference = new Coreference(view, vocabulary, knownAt, tables);
  const strong: Candidate[] = [];
  const multi: Candidate[] = [];
  const lone: Candidate[] = [];
  const weak: Candidate[] = [];
  const titles: Candidate[] = [];
  for (const c of candidates) {
    if (c.titleOnly) titles.push(c);
    else if (c.strength > Strength.Shape) strong.push(c);
    else if (isWeak(c, view)) weak.push(c);
    else if (c.last - c.first > 1) multi.push(c);
    else lone.push(c);
  }
  for (const c of strong) coreference.add(c, true);
  for (const c of multi) coreference.add(c, true);
  for (const c of lone) coreference.add(c, true);
  for (const c of weak) coreference.add(c, false);
  if (doc.documentDate) {
    for (const c of titles) {
      const title = c.titles?.[0];
      if (!title) continue;
      const holder = lexicon.holders(title, { date: doc.documentDate, country: HOME_COUNTRY })[0];
      if (holder) coreference.addHolder(c, holder.entry);
    }
  }
  return coreference;
}

// No \s* around the brackets: the spaces collapse right after, and \s* there retries every space of a long run.
const PARENTHESIZED = /\([^()]*\)/g;
const SPACES = /\s+/g;
/** What a mention's text needs before it compares with a name: brackets, or spaces other than single ones. */
const UNTIDY = /[()]|[^\S ]| {2}|^ | $/;

/** A mention's words as a name writes them: "(KPK)" left out, single spaces. */
function tidy(text: string): string {
  return UNTIDY.test(text) ? text.replace(PARENTHESIZED, ' ').replace(SPACES, ' ').trim() : text;
}

/** Where a cluster's name stands in the text, written as it is there: [start, end), or start -1 (canonicalName). */
interface NameSpan {
  start: number;
  end: number;
}

/** The cluster's name; `span` is set to where it stands in the text when it is a mention's text as written. */
function canonicalName(view: TokenView, offsets: TokenOffsets, c: Cluster, span: NameSpan): string {
  span.start = -1;
  if (c.entry) return c.entry.name;
  let bestWords = -1;
  let start = 0;
  let end = 0;
  for (const m of c.mentions) {
    if (m.role !== 'name') continue;
    const words = m.last - m.first;
    if (words > bestWords) {
      bestWords = words;
      start = offsets.starts[m.first]!;
      end = offsets.ends[m.last - 1]!;
    }
  }
  const best = view.text.slice(start, end);
  // Most names are ASCII with nothing to tidy: told by a scan of the text, not the regular expression.
  if (!isTidyAscii(view.text, start, end)) return tidy(best) || best;
  span.start = start;
  span.end = end;
  return best;
}

/** Most actors are named a few times: their distinct names are gathered without a Set below this many mentions. */
const FEW_MENTIONS = 16;

/**
 * Whether the mention text[start, end) (its slice `mention`) writes the name, letter case aside:
 * sameIgnoringCase(name, tidy(mention)). Most mentions are ASCII with nothing to tidy, and are
 * compared where they stand in the document's flat text, in the pass that finds them tidy.
 */
function writesName(name: string, text: string, start: number, end: number, mention: string): boolean {
  if (end > start && (text.charCodeAt(start) === 0x20 || text.charCodeAt(end - 1) === 0x20)) return sameIgnoringCase(name, tidy(mention));
  // Of another length, the mention writes the name only once tidy shortens it: the rest of the pass only looks for that.
  const sameLength = name.length === end - start;
  let previous = 0;
  for (let k = 0; k < end - start; k++) {
    const y = text.charCodeAt(start + k);
    // isTidyAscii's test, letter by letter.
    if (y >= 0x80 || y === 0x28 || y === 0x29 || (y >= 0x09 && y <= 0x0d) || (y === 0x20 && previous === 0x20)) return sameIgnoringCase(name, tidy(mention));
    previous = y;
    if (!sameLength) continue;
    const x = name.charCodeAt(k);
    // A name's lower case may hold a letter beyond ASCII ("İ" → "i̇").
    if (x >= 0x80) return isTidyAscii(text, start, end) ? name.toLowerCase() === mention.toLowerCase() : sameIgnoringCase(name, tidy(mention));
    // Tidy up to here, the mention keeps these letters whatever tidy makes of the rest: one that differs answers.
    if (x !== y && (x >= 0x41 && x <= 0x5a ? x + 32 : x) !== (y >= 0x41 && y <= 0x5a ? y + 32 : y)) return false;
  }
  return sameLength;
}

/** Whether text[start, end) is ASCII that tidy leaves as it is (false also for any other letter: tidy decides those). */
function isTidyAscii(text: string, start: number, end: number): boolean {
  if (end > start && (text.charCodeAt(start) === 0x20 || text.charCodeAt(end - 1) === 0x20)) return false;
  let previous = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80 || c === 0x28 || c === 0x29 || (c >= 0x09 && c <= 0x0d) || (c === 0x20 && previous === 0x20)) return false;
    previous = c;
  }
  return true;
}

/** The distinct texts of the name and alias mentions, in order (a list of its own size for the one mention most actors have). */
function aliasesOf(mentions: readonly Mention[]): string[] {
  if (mentions.length === 1) return mentions[0]!.role === 'name' || mentions[0]!.role === 'alias' ? [mentions[0]!.text] : [];
  if (mentions.length > FEW_MENTIONS) {
    const aliases = new Set<string>();
    for (const m of mentions) if (m.role === 'name' || m.role === 'alias') aliases.add(m.text);
    return [...aliases];
  }
  const aliases: string[] = [];
  for (const m of mentions) if ((m.role === 'name' || m.role === 'alias') && !aliases.includes(m.text)) aliases.push(m.text);
  return aliases;
}

/**
 * Whether a.toLowerCase() === b.toLowerCase(), without building the lower-case copies while both
 * are ASCII (only a letter beyond it may lower-case to another length: "İ" to two).
 */
function sameIgnoringCase(a: string, b: string): boolean {
  const common = Math.min(a.length, b.length);
  for (let k = 0; k < common; k++) {
    const x = a.charCodeAt(k);
    const y = b.charCodeAt(k);
    if (x >= 0x80 || y >= 0x80) return a.toLowerCase() === b.toLowerCase();
    if (x !== y && (x >= 0x41 && x <= 0x5a ? x + 32 : x) !== (y >= 0x41 && y <= 0x5a ? y + 32 : y)) return false;
  }
  // Equal so far in ASCII: the longer one's lower-case copy is longer too, whatever its next letters.
  return a.length === b.length;
}

/**
 * The named mentions and the pronouns in order of start, the named first at one start: both lists
 * are in that order already (pronouns are found in text order), so they are merged, not sorted,
 * in the named mentions' own list, from its end.
 */
function withPronouns(text: string, named: Mention[], pronouns: readonly PronounMention[]): Mention[] {
  let k = named.length - 1;
  let to = named.length + pronouns.length - 1;
  // Room at the end made by pushes (copies, every one overwritten below): setting the length calls
  // into the runtime, and leaves the list holey for every later reader of the mentions.
  for (let p = 0; p < pronouns.length; p++) named.push(named[k]!);
  for (let p = pronouns.length - 1; p >= 0; p--) {
    const { start, end, role } = pronouns[p]!;
    while (k >= 0 && named[k]!.start > start) named[to--] = named[k--]!;
    named[to--] = { start, end, text: text.slice(start, end), role };
  }
  return named;
}

const firstOf = (c: Cluster): number => c.first;
const byPlace = (a: ClusterMention, b: ClusterMention): number => a.first - b.first || a.last - b.last;

function buildActors(doc: Doc, view: TokenView, coreference: Coreference, pronouns: ReturnType<typeof findPronouns>): Actor[] {
  // Each cluster's pronouns, by its place in the founding order.
  const pronounsOf = new Array<PronounMention[] | undefined>(pronouns.length ? coreference.clusters.length : 0);
  for (const p of pronouns) {
    for (const c of p.clusters) {
      const list = pronounsOf[c.order];
      if (list) list.push(p);
      else pronounsOf[c.order] = [p];
    }
  }
  // Every cluster has a mention (it is founded with one); the clusters are read for the last time here.
  const ordered = sortByIndex(coreference.clusters, firstOf, view.length);
  const actors: Actor[] = [];
  // Offsets from typed arrays: token objects, spread over a long document's heap, miss the cache.
  const offsets = tokenOffsets(doc);
  const { starts, ends } = offsets;
  const span: NameSpan = { start: -1, end: 0 };
  for (let index = 0; index < ordered.length; index++) {
    const c = ordered[index]!;
    const id = `a${index + 1}`;
    const name = canonicalName(view, offsets, c, span);
    let mentions: Mention[] = [];
    let inBoilerplate = true;
    let previous: Mention | null = null;
    // The cluster is read for the last time here: its mentions are put in order where they are.
    for (const m of sortUnlessOrdered(c.mentions, byPlace)) {
      const start = starts[m.first]!;
      const end = ends[m.last - 1]!;
      if (previous && previous.start === start && previous.end === end) continue;
      const text = doc.text.slice(start, end);
      // The mention the name was read from writes it (most clusters have that one mention only).
      const role: Mention['role'] = m.role === 'title' ? 'title' : (start === span.start && end === span.end) || writesName(name, doc.text, start, end, text) ? 'name' : 'alias';
      previous = { start, end, text, role };
      // A list of its own size for the one mention most actors have (a push on [] makes room for seventeen).
      if (mentions.length === 0) mentions = [previous];
      else mentions.push(previous);
      if (!view.boilerplate[m.first]) inBoilerplate = false;
    }
    const named = mentions.length;
    const linked = pronounsOf[c.order];
    const all = linked ? withPronouns(doc.text, mentions, linked) : mentions;
    const actor: Actor = { id, name, type: c.type, aliases: aliasesOf(all), titles: c.titles, mentions: all };
    if (c.entry) actor.ref = c.entry.id;
    if (named && inBoilerplate) actor.boilerplate = true;
    actors.push(actor);
  }
  return actors;
}
