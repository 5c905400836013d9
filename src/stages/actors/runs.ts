// Runs of name-like tokens ("Badan Penanggulangan Bencana Daerah (BPBD) Riau", "Kombes Pol. Andika
// Wirawan") and their segments: known actors, titles, organization and place phrases, names of
// things that are not actors, and plain capitalized words that the scanner still has to read.
import type { ActorMatch } from '../../lexicon/lexicon.js';
import { Shape, type TokenView } from './tokenView.js';
import { Word, type ActorVocabulary } from './vocabulary.js';

export type SegmentKind = 'known' | 'title' | 'organization' | 'place' | 'thing' | 'plain' | 'outlet';

export interface Segment {
  kind: SegmentKind;
  /** Token indices [first, last). */
  first: number;
  last: number;
  known: ActorMatch | undefined;
  /** The title kind (office, rank, …) or the head's kind (state, unit, company, region, …). */
  detail: string | undefined;
  /** Token range of an acronym in parentheses inside the segment. */
  acronym: [number, number] | undefined;
}

/**
 * The segments of one run, in a list that keeps its segment objects for the next run: the scanner
 * reads a run's segments before it splits the next, and a list and objects of their own for each of
 * the tens of thousands of runs a megabyte holds would be most of what the scanner allocates.
 */
export class Segments {
  private readonly held: Segment[] = [];
  /** The segments since the last clear. */
  length = 0;

  /** Segment k, undefined past the last. */
  at(k: number): Segment | undefined {
    return k < this.length ? this.held[k] : undefined;
  }

  clear(): void {
    this.length = 0;
  }

  /** Adds a segment; every one has the same fields, so that the code reading them sees one shape. */
  push(kind: SegmentKind, first: number, last: number, detail?: string, known?: ActorMatch): Segment {
    let seg = this.held[this.length];
    if (seg) {
      seg.kind = kind;
      seg.first = first;
      seg.last = last;
      seg.known = known;
      seg.detail = detail;
      seg.acronym = undefined;
    } else this.held.push((seg = { kind, first, last, known, detail, acronym: undefined }));
    this.length++;
    return seg;
  }
}

/** Whether a token is a hyphen or dash that may join the parts of a name: "-", "–", "‐", "—" (one test, no lookup). */
function isJoiner(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x2d || c === 0x2013 || c === 0x2010 || c === 0x2014;
}

/** What the scanner knows per token: the dictionary match starting there, if any. */
export interface RunContext {
  view: TokenView;
  vocabulary: ActorVocabulary;
  /** Dictionary matches by start token. */
  knownAt: (ActorMatch | undefined)[];
  /** Title matches accepted by case at each token (computed on demand). */
  titleEnd(i: number): { end: number; kind: string } | null;
}

function isOpenParen(view: TokenView, i: number): boolean {
  return view.tokens[i]?.text === '(';
}

/** "(BPBD)" at i, followed by more of the name: the acronym's token index, else -1. */
export function innerAcronymAt(view: TokenView, i: number): number {
  if (!isOpenParen(view, i) || view.tokens[i + 2]?.text !== ')') return -1;
  const s = view.shape[i + 1];
  if (s !== Shape.Acronym && s !== Shape.Capitalized) return -1;
  // "(Persero)" closes a company's name; it is not its acronym.
  if (view.folded[i + 1] === 'persero') return -1;
  return i + 1;
}

/** Whether a connector at i ("dan", "&", "of", "bin") continues the name run begun at `first`. */
function connects(ctx: RunContext, first: number, i: number, orgSeen: boolean): boolean {
  const { view, vocabulary } = ctx;
  if (i === first || !view.is(i, Word.Particle)) return false;
  const kind = vocabulary.particles.get(view.folded[i]!);
  const next = i + 1;
  if (!view.isNamePart(next) || !view.adjacent(i) || !view.adjacent(i - 1)) return false;
  if (kind === 'organization') {
    // "Institute for Development of Economics and Finance": English joiners inside a body's name.
    if (orgSeen && vocabulary.englishNameJoiners.has(view.folded[i]!)) return true;
    // "Komunikasi dan Informatika", "Hotel dan Restoran": only between name words of an organization.
    return view.is(next, Word.NameWord) && (view.is(i - 1, Word.NameWord) || (orgSeen && view.shape[i - 1] === Shape.Acronym));
  }
  // "bin", "van", "al": lower case between two capitalized words of a person's name.
  return !orgSeen && view.shape[i] === Shape.Lower && view.shape[i - 1] === Shape.Capitalized;
}

/**
 * The end (exclusive) of the run of name-like tokens starting at `first`, within one sentence and
 * one line: capitalized words, acronyms, initials, dictionary names, hyphen-joined parts,
 * connectors inside organization names, "(ACR)" inside a name and numbers inside unit names.
 */
export function nameRunEnd(ctx: RunContext, first: number): number {
  const { view, vocabulary, knownAt } = ctx;
  const n = view.length;
  const sentence = view.sentence[first];
  let k = first;
  let orgSeen = false;
  while (k < n && view.sentence[k] === sentence) {
    if (k > first && !view.adjacent(k - 1)) break;
    const known = knownAt[k];
    if (known && known.tokenEnd > k) {
      k = known.tokenEnd;
      continue;
    }
    const s = view.shape[k];
    if (s === Shape.Capitalized || s === Shape.Acronym || s === Shape.Initial) {
      if (view.tokens[k]!.kind === 'url') {
        if (k === first) k++;
        break;
      }
      if (!orgSeen && vocabulary.organizationHeads.at(view, k)) orgSeen = true;
      k++;
      continue;
    }
    if (k === first) break;
    const t = view.tokens[k]!;
    if (isJoiner(t.text) && view.touching(k - 1) && view.touching(k) && view.isNamePart(k + 1)) {
      k++;
      continue;
    }
    if (s === Shape.Number && orgSeen && (view.isNamePart(k + 1) || k + 1 >= n || view.tokens[k + 1]!.kind === 'punct')) {
      // "Daop 8 Surabaya", "SMA Negeri 1 Semarang".
      k++;
      continue;
    }
    const inner = innerAcronymAt(view, k);
    if (inner >= 0 && (view.isNamePart(k + 3) || view.shape[k + 3] === Shape.Number) && view.adjacent(k + 2)) {
      k += 3;
      continue;
    }
    if (connects(ctx, first, k, orgSeen)) {
      k++;
      continue;
    }
    break;
  }
  return k;
}

/** Splits the run [first, last) into segments, left to right, longest reading first, in `segments` (cleared first). */
export function segmentsOf(ctx: RunContext, first: number, last: number, segments: Segments): Segments {
  const { view, vocabulary, knownAt } = ctx;
  segments.clear();
  let p = first;
  let plainStart = -1;
  while (p < last) {
    const t = view.tokens[p]!;
    if (t.kind === 'url') {
      plainStart = flushPlain(segments, plainStart, p);
      segments.push('outlet', p, p + 1);
      p++;
      continue;
    }
    const known = knownAt[p];
    const title = ctx.titleEnd(p);
    const org = vocabulary.organizationHeads.at(view, p);
    const place = vocabulary.placeHeads.at(view, p);
    const thing = vocabulary.nonActorHeads.at(view, p);
    const knownEnd = known ? Math.min(known.tokenEnd, last) : -1;
    const headEnd = Math.max(org?.end ?? -1, place?.end ?? -1, thing?.end ?? -1);
    if (title && title.end > knownEnd && title.end >= headEnd) {
      plainStart = flushPlain(segments, plainStart, p);
      segments.push('title', p, Math.min(title.end, last), title.kind);
      p = Math.min(title.end, last);
      continue;
    }
    if (thing && thing.end >= knownEnd && thing.end >= (org?.end ?? -1) && thing.end >= (place?.end ?? -1)) {
      plainStart = flushPlain(segments, plainStart, p);
      // A law, meeting or index runs to the end of the name ("Peraturan Daerah (Perda) Provinsi Bali"),
      // or up to a known body or country ("KTT ASEAN").
      let end = thing.end;
      while (end < last && !(knownAt[end] && knownAt[end]!.entry.type === 'organization')) end++;
      segments.push('thing', p, end);
      p = end;
      continue;
    }
    // A head opens a phrase at a segment's start or after an acronym ("BMKG Stasiun Pekanbaru"), not inside a name ("Amerika Serikat").
    const atBoundary = plainStart < 0 || view.shape[p - 1] === Shape.Acronym;
    const isOrg = !!org && org.end >= (place?.end ?? -1);
    const head = isOrg ? org : place;
    // Streets and buildings take whole names after them ("Jl Medan Merdeka Selatan"); regions stop after a known place.
    const facility = !isOrg && head?.entries.some((e) => e.kind === 'facility') === true;
    const end = head && atBoundary && head.end > knownEnd ? phraseEnd(ctx, head.end, last, isOrg, facility) : -1;
    if (head && end > head.end) {
      plainStart = flushPlain(segments, plainStart, p);
      const phrase = segments.push(isOrg ? 'organization' : 'place', p, end, head.entries[0]?.kind ?? '');
      phrase.acronym = acronymInside(view, p, end);
      p = end;
      continue;
    }
    if (known && knownEnd > p) {
      plainStart = flushPlain(segments, plainStart, p);
      segments.push('known', p, knownEnd, undefined, known);
      p = knownEnd;
      continue;
    }
    if (plainStart < 0) plainStart = p;
    p++;
  }
  flushPlain(segments, plainStart, last);
  return segments;
}

/** Closes the plain stretch begun at `plainStart` (-1: none) before token `end`; the new plainStart, -1. */
function flushPlain(segments: Segments, plainStart: number, end: number): number {
  if (plainStart >= 0 && end > plainStart) segments.push('plain', plainStart, end);
  return -1;
}

function acronymInside(view: TokenView, first: number, last: number): [number, number] | undefined {
  for (let k = first + 1; k + 2 < last; k++) {
    const a = innerAcronymAt(view, k);
    if (a >= 0) return [a, a + 1];
  }
  return undefined;
}

/**
 * Where an organization's or place's phrase ends inside a run: it takes name words, acronyms,
 * places and further heads, and unknown capitalized words until a known place or acronym has been
 * read (after "Dinas Kesehatan Sumut" comes the official's name, not more of the office).
 */
function phraseEnd(ctx: RunContext, from: number, last: number, isOrg: boolean, facility = false): number {
  const { view, vocabulary, knownAt } = ctx;
  let k = from;
  let closed = false;
  while (k < last) {
    const known = knownAt[k];
    const title = ctx.titleEnd(k);
    if (title && title.kind !== 'honorific' && title.kind !== 'degree' && !view.is(k, Word.NameWord) && !(known && known.entry.type !== 'person')) break;
    if (known && known.tokenEnd > k) {
      if (known.entry.type === 'person') break;
      if (closed && !isOrg) break;
      k = Math.min(known.tokenEnd, last);
      if ((known.entry.type === 'location' || known.entry.type === 'organization') && !facility) closed = true;
      continue;
    }
    const s = view.shape[k];
    if (isJoiner(view.tokens[k]!.text)) {
      k++;
      closed = false;
      continue;
    }
    const isWord = view.is(k, Word.NameWord) || vocabulary.organizationTails.at(view, k) !== null;
    // After "PT Kereta Api Indonesia", "Daerah Operasi 8 Surabaya" is another body.
    if (closed && isOrg && (vocabulary.organizationHeads.at(view, k) || vocabulary.placeHeads.at(view, k))) break;
    if (closed && !isWord && s !== Shape.Number && !vocabulary.placeHeads.at(view, k) && !vocabulary.organizationHeads.at(view, k) && view.tokens[k]!.text !== '(') break;
    if (s === Shape.Acronym && !isWord) closed = true;
    if (innerAcronymAt(view, k) >= 0) {
      k += 3;
      continue;
    }
    k++;
  }
  return k;
}
