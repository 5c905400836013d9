// The left-to-right reading of a document's tokens into candidate mentions: a title and what it
// says of the name after it ("Kepala Dinas Kesehatan Sumut, dr. Rosmawati Sinaga, M.Kes."),
// organizations and places by their heads, dictionary names, acronyms defined in parentheses, and
// the plain capitalized words that context types (a preposition, a speech verb, an age).
import type { ActorMatch } from '../../lexicon/lexicon.js';
import type { ActorType } from '../../types.js';
import { addTitle, candidate, Strength, type Candidate } from './candidate.js';
import { nameRunEnd, segmentsOf, Segments, type RunContext, type Segment } from './runs.js';
import { Bytes, Shape, verbShaped, type TokenView } from './tokenView.js';
import { Word, type ActorVocabulary } from './vocabulary.js';

/** Title kinds in the order one is chosen when a form has several ("Kapten": office and rank). */
const TITLE_KINDS = ['office', 'rank', 'honorific', 'degree', 'modifier', 'postnominal', 'role'];
/** The most titles read in a row ("Wakil Ketua Umum Prof. Dr. Ir. H."); a longer string of them is no title. */
const MAX_TITLES = 8;
/** Bytes.TitleKind: no title at the token, and the code of TITLE_KINDS[0]. */
const NO_TITLE = 1;
const FIRST_KIND = 2;
/** Title kinds that may stand before a name. */
const BEFORE_NAME = new Set(['office', 'rank', 'honorific', 'degree', 'modifier', 'role']);
/** The head kind of embassies and consulates (dictionaries/actor-heads.json). */
const MISSION = 'mission';
/** Lower-case descriptors a title may take before its affiliation ("ekonom senior", "pakar kebijakan pendidikan"). */
const MAX_DESCRIPTORS = 4;

export interface ScanResult {
  candidates: Candidate[];
  /** Acronyms of things that are not actors (laws, meetings, indexes). */
  things: Set<string>;
  /** 1 for tokens a title of a found person takes: no group starts there. */
  claimed: Uint8Array;
}

/** A title at a token: the token after it and its kind (office, rank, …). */
interface TitleMatch {
  readonly end: number;
  readonly kind: string;
}

interface Pending {
  /** Token index of the first title word, or -1. */
  first: number;
  /** Token index after the affiliation read so far. */
  affiliationEnd: number;
  /** Titles written right before the name ("Dr.", "Kombes Pol."). */
  near: string[];
  kinds: string[];
  personFound: boolean;
  /** The mention the title belongs to once found. */
  person: Candidate | null;
}

export class Scanner {
  private readonly view: TokenView;
  private readonly vocabulary: ActorVocabulary;
  private readonly ctx: RunContext;
  private readonly out: Candidate[] = [];
  private readonly things = new Set<string>();
  /** Title matches by token, read once each: the kind (Bytes.TitleKind) and the match. */
  private readonly titleKind: Uint8Array;
  private readonly titles: (TitleMatch | undefined)[];
  private readonly claimed: Uint8Array;
  /** What readGroup has read of its titles so far: one for the scanner, reset at each group. */
  private readonly pending: Pending = { first: -1, affiliationEnd: -1, near: [], kinds: [], personFound: false, person: null };
  /** The segments of the run readRun reads (it reads one at a time). */
  private readonly segments = new Segments();

  constructor(view: TokenView, vocabulary: ActorVocabulary, knownAt: (ActorMatch | undefined)[]) {
    this.view = view;
    this.vocabulary = vocabulary;
    this.ctx = { view, vocabulary, knownAt, titleEnd: (i) => this.titleAt(i) };
    this.claimed = view.bytes(Bytes.Claimed);
    this.titleKind = view.bytes(Bytes.TitleKind);
    this.titles = new Array<TitleMatch | undefined>(view.length);
  }

  scan(): ScanResult {
    const view = this.view;
    // Only a name part (the only tokens with a known actor) or a word that opens a title starts a group.
    const { nameOrTitleStarts: starts, nameOrTitleStartCount: count } = view;
    let i = 0;
    for (let p = 0; p < count; p++) {
      // A group read runs past the starts inside it.
      if (starts[p]! < i) continue;
      i = starts[p]!;
      // "Di", "Namun", "Sementara" open sentences with a capital and open no name.
      if (view.isNamePart(i) && !this.ctx.knownAt[i] && !this.titleAt(i) && view.is(i, Word.NotName) && !this.opensHead(i)) i++;
      else if (view.isNamePart(i) || this.ctx.knownAt[i] || this.titleAt(i)) i = Math.max(i + 1, this.readGroup(i));
      else i++;
    }
    return { candidates: this.out, things: this.things, claimed: this.claimed };
  }

  /** The title starting at token i, if its case allows one here. */
  titleAt(i: number): TitleMatch | null {
    if (!this.view.is(i, Word.OpensTitle)) return null;
    if (this.titleKind[i] === 0) this.readTitle(i);
    return this.titleKind[i] === NO_TITLE ? null : this.titles[i]!;
  }

  private readTitle(i: number): void {
    const view = this.view;
    this.titleKind[i] = NO_TITLE;
    const m = view.tokens[i]!.kind === 'word' ? this.vocabulary.titles.at(view, i) : null;
    if (!m) return;
    // Role nouns ("putri", "anak") are names when capitalized inside a sentence: "Nadia Putri Lestari".
    const roles = view.shape[i] === Shape.Lower || view.opensSentence[i] === 1;
    // The entries' first kind in TITLE_KINDS's order that the case allows.
    let kind = -1;
    for (const e of m.entries) {
      const k = TITLE_KINDS.indexOf(e.kind ?? 'office');
      if (k >= 0 && (kind < 0 || k < kind) && (roles || TITLE_KINDS[k] !== 'role')) kind = k;
    }
    if (kind < 0) return;
    this.titleKind[i] = FIRST_KIND + kind;
    this.titles[i] = { end: m.end, kind: TITLE_KINDS[kind]! };
  }

  /** Whether an organization's, place's or thing's head starts at i with a name after it ("Gedung DPRD", "Tol Cipali"). */
  private opensHead(i: number): boolean {
    const v = this.vocabulary;
    const tokens = this.view.tokens;
    const head = v.organizationHeads.at(this.view, i) ?? v.placeHeads.at(this.view, i) ?? v.nonActorHeads.at(this.view, i);
    return head !== null && head.end < tokens.length && (this.view.isNamePart(head.end) || tokens[head.end]!.text === '(') && this.view.adjacent(head.end - 1);
  }

  private isRunStart(i: number): boolean {
    return i < this.view.length && (this.view.isNamePart(i) || this.ctx.knownAt[i] !== undefined);
  }

  private isDescriptor(i: number): boolean {
    const view = this.view;
    if (view.shape[i] !== Shape.Lower || view.tokens[i]!.kind !== 'word') return false;
    if (view.is(i, Word.NotName | Word.PersonCue | Word.Particle)) return false;
    const f = view.folded[i]!;
    // A lower-case word with a verb's prefix ends a title's descriptors.
    return !this.vocabulary.affiliationLinks.has(f) && !verbShaped(f);
  }

  /** Reads titles, then one or two runs of names (the second after a comma), from token i. */
  private readGroup(i: number): number {
    const view = this.view;
    const pending = this.pending;
    pending.first = -1;
    pending.affiliationEnd = -1;
    // Setting a length calls into the runtime even when it changes nothing: most groups read no titles.
    if (pending.near.length !== 0) pending.near.length = 0;
    if (pending.kinds.length !== 0) pending.kinds.length = 0;
    pending.personFound = false;
    pending.person = null;
    let j = i;
    const lead = this.readTitles(j, pending);
    if (lead > j) {
      j = lead;
      let d = j;
      let count = 0;
      while (count < MAX_DESCRIPTORS && d < view.length && view.adjacent(d - 1) && this.isDescriptor(d)) {
        d++;
        count++;
      }
      if (d < view.length && this.vocabulary.affiliationLinks.has(view.folded[d]!) && this.isRunStart(d + 1)) d++;
      if (this.isRunStart(d) && view.adjacent(d - 1)) j = d;
      else if (!this.isRunStart(j) || !view.adjacent(j - 1)) return this.titleAlone(i, j, pending);
    }
    if (!this.isRunStart(j)) return j;
    const end = nameRunEnd(this.ctx, j);
    let afterRun = end;
    if (pending.first >= 0) {
      let d = end;
      while (d - end < MAX_DESCRIPTORS && d < view.length && view.adjacent(d - 1) && (this.isDescriptor(d) || view.folded[d] === 'tersebut' || view.folded[d] === 'itu')) d++;
      if (view.tokens[d]?.text === ',') afterRun = d;
    }
    const commaName = pending.first >= 0 ? this.nameAfterComma(afterRun) : -1;
    this.readRun(j, end, pending, commaName >= 0);
    let k = this.missionCity(this.trailingAcronym(end));
    if (pending.first >= 0 && !pending.personFound && commaName >= 0) {
      const start = this.readTitles(commaName, pending, true);
      if (this.isRunStart(start)) {
        const end2 = nameRunEnd(this.ctx, start);
        this.readRun(start, end2, pending, false);
        k = end2;
      }
    }
    if (pending.person) k = this.postnominals(k, pending.person);
    else if (pending.first >= 0 && pending.kinds[0] === 'office') this.titleAlone(pending.first, Math.max(pending.affiliationEnd, lead, pending.first + 1), pending);
    return k;
  }

  /** Consecutive titles from j ("Wakil Ketua", "Prof. Dr.", "Kombes Pol."); returns the token after them. */
  private readTitles(j: number, pending: Pending, near = false): number {
    const view = this.view;
    let k = j;
    for (let count = 0; k < view.length && count < MAX_TITLES; count++) {
      const t = this.titleAt(k);
      if (!t || !BEFORE_NAME.has(t.kind)) break;
      // A known name that starts here and is longer wins: "Raja Ampat" is a place.
      const known = this.ctx.knownAt[k];
      if (known && known.tokenEnd > t.end) break;
      if (k > j && !view.adjacent(k - 1)) break;
      if (pending.first < 0) pending.first = k;
      pending.kinds.push(t.kind);
      if (near || k > j || t.kind === 'rank' || t.kind === 'degree' || t.kind === 'honorific') pending.near.push(this.slice(k, t.end));
      k = t.end;
    }
    if (k > j && !near && pending.affiliationEnd < k) pending.affiliationEnd = k;
    return k;
  }

  /** ", (titles) Name" after a run: the token where the titles or name start, else -1. */
  private nameAfterComma(end: number): number {
    const view = this.view;
    if (view.tokens[end]?.text !== ',') return -1;
    let k = end + 1;
    while (k < view.length && this.titleAt(k) && BEFORE_NAME.has(this.titleAt(k)!.kind)) k = this.titleAt(k)!.end;
    if (!this.isRunStart(k)) return -1;
    const known = this.ctx.knownAt[k];
    if (known && known.entry.type !== 'person') return -1;
    const last = nameRunEnd(this.ctx, k);
    // The name is followed by a comma, a verb, a parenthesis or the end of the sentence.
    const after = view.tokens[last];
    if (after && after.kind === 'word' && view.shape[last] === Shape.Capitalized) return -1;
    const hadTitle = k > end + 1;
    const words = last - k;
    if (!hadTitle && words < 2 && !(known && known.entry.type === 'person')) {
      // A lone word after a comma is a name only when a comma or a verb closes the apposition.
      if (!after || (after.text !== ',' && !view.is(last, Word.PersonCue))) return -1;
    }
    return end + 1;
  }

  /** A title with no name after it: the holder on the document's date is resolved later. */
  private titleAlone(i: number, end: number, pending: Pending): number {
    const view = this.view;
    if (pending.kinds[0] === 'office' && view.shape[i] === Shape.Capitalized) {
      const c = candidate(i, end, 'person', Strength.Head, 'title alone', { titleOnly: true });
      addTitle(c, this.slice(i, end));
      this.out.push(c);
    }
    return end;
  }

  private slice(first: number, last: number): string {
    const tokens = this.view.tokens;
    return this.view.text.slice(tokens[first]!.start, tokens[last - 1]!.end);
  }

  /** Reads the segments of the run [first, last) with what the titles before it said. */
  private readRun(first: number, last: number, pending: Pending, affiliationOnly: boolean): void {
    // "Denmark Open 2024", "Piala Dunia": a competition or award, and nothing in it is an actor.
    if (!pending.first || pending.first < 0) {
      for (let k = first; k < last; k++) if (this.view.is(k, Word.NonActorTail) && k > first) return;
    }
    const segments = segmentsOf(this.ctx, first, last, this.segments);
    const titled = pending.first >= 0;
    if (segments.length > 1 && plainOrPlaces(segments) && this.vocabulary.organizationTails.at(this.view, last - 1)) {
      // A name with a place inside that ends like a body's: "South China Morning Post", "Bursa Malaysia Derivatives".
      this.out.push(candidate(first, last, 'organization', Strength.Head, 'organization tail'));
      if (titled) pending.affiliationEnd = last;
      return;
    }
    for (let s = 0; s < segments.length; s++) {
      const seg = segments.at(s)!;
      const beforeName = titled && !pending.personFound;
      switch (seg.kind) {
        case 'title':
          if (seg.detail && BEFORE_NAME.has(seg.detail)) {
            if (pending.first < 0) pending.first = seg.first;
            pending.near.push(this.slice(seg.first, seg.last));
            pending.kinds.push(seg.detail);
          }
          break;
        case 'known': {
          const known = seg.known!;
          const next = segments.at(s + 1);
          if (!beforeName && known.entry.type === 'location' && next?.kind === 'plain' && next.first === seg.last && this.vocabulary.organizationTails.at(this.view, next.first)) {
            // "Bali United", "Madura United": a club named after its place.
            this.out.push(candidate(seg.first, next.last, 'organization', Strength.Head, 'place with organization tail'));
            s++;
            break;
          }
          if (known.entry.type === 'person' && next?.kind === 'plain' && next.first === seg.last && this.personLike(next.first)) {
            // "Xi Jinpin": a known first name with an unknown surname is another spelling, left to coreference.
            this.addPerson(candidate(known.nameStart, next.last, 'person', Strength.Cue, 'known name spelled otherwise'), pending, seg.first);
            s++;
            break;
          }
          if (known.entry.type === 'person') {
            const c = candidate(known.nameStart, seg.last, 'person', Strength.Known, 'dictionary', { entry: known.entry });
            this.addPerson(c, pending, seg.first);
          } else {
            this.out.push(candidate(known.nameStart, seg.last, known.entry.type, Strength.Known, 'dictionary', { entry: known.entry }));
            if (beforeName) pending.affiliationEnd = seg.last;
          }
          break;
        }
        case 'organization':
        case 'place':
          if (beforeName && seg.detail === 'unit') this.readInside(seg);
          else this.out.push(this.headed(seg));
          if (beforeName) pending.affiliationEnd = seg.last;
          break;
        case 'thing':
          this.noteThing(seg);
          break;
        case 'outlet':
          this.out.push(candidate(seg.first, seg.last, 'organization', Strength.Cue, 'domain'));
          break;
        case 'plain': {
          const next = segments.at(s + 1);
          if (beforeName) this.readTitledPlain(seg, pending, affiliationOnly);
          else if (next && next.kind === 'known' && next.known!.entry.type === 'location' && this.bodyOfPlace(seg)) {
            // "PSM Makassar", "Persib Bandung", "BPBD Riau": a body named with its place.
            const c = candidate(seg.first, next.last, 'organization', Strength.Cue, 'name with its place');
            this.out.push(c);
            s++;
          } else this.readPlain(seg.first, seg.last);
          break;
        }
      }
    }
  }

  /** Inside a sub-unit of an affiliation ("Departemen Komunikasi BI"), only its known names and acronyms are actors. */
  private readInside(seg: Segment): void {
    const view = this.view;
    for (let k = seg.first + 1; k < seg.last; k++) {
      const known = this.ctx.knownAt[k];
      if (known && known.tokenEnd <= seg.last) {
        this.out.push(candidate(known.nameStart, known.tokenEnd, known.entry.type, Strength.Known, 'dictionary', { entry: known.entry }));
        k = known.tokenEnd - 1;
      } else if (view.shape[k] === Shape.Acronym && !view.is(k, Word.NameWord)) {
        this.out.push(candidate(k, k + 1, 'organization', Strength.Cue, 'acronym in affiliation'));
      }
    }
  }

  private headed(seg: Segment): Candidate {
    const type: ActorType = seg.kind === 'organization' ? 'organization' : 'location';
    const c = candidate(seg.first, seg.last, type, Strength.Head, `${seg.kind} head`);
    if (seg.acronym) c.acronym = seg.acronym;
    // The bare name after the head: "Demak" in "Kabupaten Demak".
    const head = (seg.kind === 'organization' ? this.vocabulary.organizationHeads : this.vocabulary.placeHeads).at(this.view, seg.first);
    // "Kabupaten Demak" is also "Demak", "PT Sinar Nusantara Logistik" also "Sinar Nusantara Logistik"; "Universitas Indonesia" is not "Indonesia".
    if (head && head.end < seg.last && (seg.detail === 'region' || seg.detail === 'company')) c.coreFirst = head.end;
    return c;
  }

  /** Whether a plain stretch before a place names a body there: one or two words, not a person's title or name word. */
  private bodyOfPlace(seg: Segment): boolean {
    const view = this.view;
    if (seg.last - seg.first > 2) return false;
    for (let k = seg.first; k < seg.last; k++) if (view.is(k, Word.NotName | Word.NameWord)) return false;
    return !(view.opensSentence[seg.first] === 1 && seg.last - seg.first === 1 && view.shape[seg.first] !== Shape.Acronym && verbShaped(view.folded[seg.first]!));
  }

  private noteThing(seg: Segment): void {
    for (let k = seg.first; k < seg.last; k++) if (this.view.shape[k] === Shape.Acronym) this.things.add(this.view.tokens[k]!.text);
  }

  /** A plain stretch after a title: its last person-like words are the name, the rest the affiliation. */
  private readTitledPlain(seg: Segment, pending: Pending, affiliationOnly: boolean): void {
    const view = this.view;
    let split = seg.last;
    if (!affiliationOnly) {
      while (split > seg.first && this.personLike(split - 1)) split--;
      // Keep particles and initials inside: "Wijaya T. Halim".
      if (split < seg.last && split > seg.first && view.shape[split] === Shape.Initial) split--;
    }
    if (split > seg.first) {
      // "Direktur Penilaian Perusahaan BEI": the body is "BEI"; "Direktur Utama Sinar Nusantara Logistik": all of it.
      let from = split;
      while (from > seg.first && !view.is(from - 1, Word.NameWord)) from--;
      if (from === split) {
        let any = false;
        for (let k = seg.first; k < split && !any; k++) any = !view.is(k, Word.NameWord);
        if (any) from = seg.first;
      }
      if (from < split) this.out.push(candidate(from, split, 'organization', Strength.Cue, 'affiliation'));
      pending.affiliationEnd = split;
    }
    if (split < seg.last) this.addPerson(candidate(split, seg.last, 'person', Strength.Head, 'after title'), pending, split);
  }

  /** "Kuta dan Jimbaran", "Kuta, Jimbaran": a name listed right after a place is a place. */
  private coordinatedPlace(a: number): boolean {
    const view = this.view;
    const link = view.folded[a - 1];
    if (link !== 'dan' && link !== 'atau' && link !== ',') return false;
    const before = this.out[this.out.length - 1];
    return !!before && before.type === 'location' && before.last === a - 1;
  }

  /** "dilansir Bloomberg", "dikutip dari Reuters": a medium cited as a source. */
  private citesSource(a: number): boolean {
    const view = this.view;
    const cues = this.vocabulary.sourceCues;
    if (a > 0 && cues.has(view.folded[a - 1]!)) return view.folded[a - 1] !== 'kepada' || view.shape[a] !== Shape.Capitalized || a + 1 >= view.length || view.tokens[a + 1]!.text === ',';
    return a > 1 && view.folded[a - 1] === 'dari' && cues.has(view.folded[a - 2]!);
  }

  private personLike(k: number): boolean {
    const view = this.view;
    const s = view.shape[k];
    if (s === Shape.Initial) return true;
    if (s !== Shape.Capitalized) return false;
    return !view.is(k, Word.NameWord | Word.NotName) && this.vocabulary.organizationTails.at(view, k) === null;
  }

  private addPerson(c: Candidate, pending: Pending, nameStart: number): void {
    if (pending.first >= 0) {
      for (let k = pending.first; k < nameStart; k++) this.claimed[k] = 1;
      const titleEnd = Math.min(pending.affiliationEnd, nameStart);
      const lead = pending.first < titleEnd ? trimEndCommas(this.slice(pending.first, titleEnd)) : '';
      if (lead && !pending.near.includes(lead)) addTitle(c, lead);
      for (const t of pending.near) if (!c.titles?.includes(t)) addTitle(c, t);
      c.strength = Math.max(c.strength, Strength.Head);
    }
    pending.personFound = true;
    pending.person = c;
    this.out.push(c);
  }

  /** ", M.Kes.," after a name: postnominal degrees join the person's titles. */
  private postnominals(k: number, person: Candidate): number {
    const view = this.view;
    let at = k;
    while (view.tokens[at]?.text === ',') {
      const t = this.titleAt(at + 1);
      if (!t || t.kind !== 'postnominal') break;
      addTitle(person, this.slice(at + 1, t.end));
      at = t.end;
    }
    return at;
  }

  /**
   * "di Tokyo" right after an embassy's or consulate's name belongs to it: "Kedutaan Besar Republik
   * Indonesia (KBRI) di Tokyo" is the embassy in Tokyo, also "KBRI Tokyo". Returns the token after it.
   */
  private missionCity(k: number): number {
    const view = this.view;
    const last = this.out[this.out.length - 1];
    if (!last || last.type !== 'organization' || view.folded[k] !== 'di' || !view.adjacent(k)) return k;
    if (last.last !== k && !(last.acronym && last.acronym[1] + 1 === k)) return k;
    if (!this.vocabulary.organizationHeads.at(view, last.first)?.entries.some((e) => e.kind === MISSION)) return k;
    // A known place, or an unknown name: after an embassy's "di" comes its city.
    const known = this.ctx.knownAt[k + 1];
    let end: number;
    if (known) end = known.entry.type === 'location' ? known.tokenEnd : k;
    else end = view.shape[k + 1] === Shape.Capitalized && !view.is(k + 1, Word.NotName) ? nameRunEnd(this.ctx, k + 1) : k;
    if (end <= k + 1) return k;
    last.last = end;
    last.coreLast = end;
    return end;
  }

  /** "(KPK)" right after a name: the acronym the name defines. */
  private trailingAcronym(end: number): number {
    const view = this.view;
    if (view.tokens[end]?.text !== '(') return end;
    const a = end + 1;
    let close = a;
    while (close < view.length && close - a < 3 && view.isNamePart(close)) close++;
    if (close === a || view.tokens[close]?.text !== ')') return end;
    if (close - a === 1 && this.vocabulary.organizationTails.at(view, a)) {
      // "PT Kereta Api Indonesia (Persero)": the company form belongs to the name.
      const last = this.out[this.out.length - 1];
      if (last && last.last === end && last.type === 'organization') last.last = close + 1;
      return close + 1;
    }
    if (close - a > 1) {
      // "The Federal Reserve (The Fed)": a short name in parentheses.
      const last = this.out[this.out.length - 1];
      if (last && last.last === end && last.type === 'organization') {
        last.acronym = [a, close];
        return close + 1;
      }
      return end;
    }
    const last = this.out[this.out.length - 1];
    const acronymText = view.tokens[a]!.text;
    if (last && last.last === end && last.type !== 'person' && view.tokens[end - 1]?.kind !== 'url') {
      last.acronym = [a, a + 1];
      return end + 3;
    }
    if (!last || last.last !== end) {
      // The name before it was not an actor (a law, a meeting): neither is its acronym.
      this.things.add(acronymText);
    }
    return end;
  }

  /** A capitalized stretch with no title before it: typed by its shape and the words around it. */
  readPlain(first: number, last: number): void {
    const view = this.view;
    const v = this.vocabulary;
    let a = first;
    let b = last;
    while (a < b && (view.is(a, Word.NotName) || (view.opensSentence[a] === 1 && verbShaped(view.folded[a]!)))) a++;
    while (b > a && view.is(b - 1, Word.NotName)) b--;
    if (a >= b) return;
    // "demam berdarah dengue (DBD)", "Natal dan Tahun Baru (Nataru)": the acronym of a common noun is no actor.
    if (b - a === 1 && view.tokens[a - 1]?.text === '(' && view.tokens[b]?.text === ')' && (view.shape[a - 2] === Shape.Lower || v.notNames.has(view.folded[a - 2] ?? ''))) {
      this.things.add(view.tokens[a]!.text);
      return;
    }
    for (let k = a; k < b; k++) if (view.is(k, Word.NonActorTail)) return;
    // "Kuncinya", "Sebelumnya": a capitalized word with a clitic is a sentence's first word, not a name.
    if (b - a === 1 && view.folded[a]!.length > 5 && view.folded[a]!.endsWith('nya') && view.shape[a] === Shape.Capitalized) return;
    let allWords = true;
    for (let k = a; k < b && allWords; k++) if (!view.is(k, Word.NameWord)) allWords = false;
    if (allWords) return;
    const prev = a > 0 ? view.folded[a - 1]! : '';
    const next = b < view.length ? view.folded[b]! : '';
    const single = b - a === 1;
    const acronym = single && view.shape[a] === Shape.Acronym;
    const cueAfter = (view.is(b, Word.PersonCue) && v.personCues.get(next)?.some((e) => e.kind !== 'before')) ?? false;
    const cueBefore = (view.is(a - 1, Word.PersonCue) && v.personCues.get(prev)?.some((e) => e.kind === 'before')) ?? false;
    const place = a > 0 && view.shape[a - 1] === Shape.Lower && view.is(a - 1, Word.OpensPlaceMarker) ? v.placeMarkers.get(prev) : undefined;
    const age = view.tokens[b]?.text === '(' && view.shape[b + 1] === Shape.Number && view.tokens[b + 2]?.text === ')';
    let type: ActorType = 'person';
    let strength = Strength.Shape;
    let reason = 'capitalized';
    if (v.organizationTails.at(view, b - 1) && !single) {
      type = 'organization';
      strength = Strength.Head;
      reason = 'organization tail';
    } else if (age) {
      strength = Strength.Cue;
      reason = 'age';
    } else if (prev === 'berinisial' || prev === 'inisial') {
      strength = Strength.Cue;
      reason = 'initials';
    } else if (place) {
      type = 'location';
      strength = place[0]?.kind === 'weak' ? Strength.Shape : Strength.Cue;
      reason = `after "${prev}"`;
    } else if (this.coordinatedPlace(a)) {
      type = 'location';
      strength = Strength.Cue;
      reason = 'listed with a place';
    } else if (this.citesSource(a)) {
      type = 'organization';
      strength = Strength.Cue;
      reason = 'cited source';
    } else if (acronym) {
      type = 'organization';
      reason = 'acronym';
    } else if (cueAfter || cueBefore) {
      strength = Strength.Cue;
      reason = 'speech or action cue';
    }
    this.out.push(candidate(a, b, type, strength, reason));
  }
}

/** Whether every segment is plain words or a known place. */
function plainOrPlaces(segments: Segments): boolean {
  for (let s = 0; s < segments.length; s++) {
    const g = segments.at(s)!;
    if (g.kind !== 'plain' && !(g.kind === 'known' && g.known!.entry.type === 'location')) return false;
  }
  return true;
}

/** The candidate the scanner reads from a stretch inside a run. */
export function isWeak(c: Candidate, view: TokenView): boolean {
  return c.strength === Strength.Shape && c.last - c.first === 1 && view.opensSentence[c.first] === 1;
}

/** The text without its trailing spaces and commas (a backward scan: a regex anchored at the end retries every position of a long run). */
function trimEndCommas(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ',' || /\s/.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}
