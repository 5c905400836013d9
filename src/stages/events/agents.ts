// Who does what to whom: the actors named around a verb, read by the words that govern them.
// A name right after "oleh" is an agent, after "di" a place, after "ke"/"kepada"/"dengan" a target;
// an ungoverned name before an active verb is its subject, after a passive one its agent
// ("ditangkap polisi", "diresmikan Gubernur"). Names joined by "dan", "serta", "bersama", "/"
// act together; a place before ", Name" is the title of the person after it
// ("Presiden Korea Utara, Kim Jong un").
import type { OrganizationAt } from './party.js';
import { SLOTS, type ScratchArrays } from './scratch.js';
import { SHAPE, type EventView, type MentionUnit } from './view.js';
import { pronounOf, roleOf, WORD_CLASS, type PrepositionRole } from './vocabulary.js';

/** Whether a token is a verb of the clause (the caller's predicate test). */
export interface Verbs {
  isVerb(token: number): boolean;
}

/**
 * Distances in tokens, as a const enum: esbuild writes its members into the code as numbers, where
 * a module constant is read from the module scope at every use in a loop.
 */
const enum REACH {
  /** Words a preposition may stand before its name ("di kota Kazan", "oleh personel Polda Riau"). */
  governor = 2,
  /** How far after a passive verb its agent may come without "oleh" ("dicetak Yanuar Halim"). */
  bareAgent = 8,
  /** How far after an active verb its object's name may come ("mengalahkan pasangan Malaysia"). */
  object = 3,
}
/**
 * What stands between two names (AgentReader.gap), as bits of one number rather than an object per
 * call: it joins them; only commas do; it is an apposition (nothing or one comma); a "dan" is among it.
 */
const enum GAP {
  /** A gap that does not join the names around it. */
  none = 0,
  joins = 1,
  commaOnly = 2,
  apposition = 4,
  and = 8,
}
/** No names: shared, never changed. */
const NO_UNITS: readonly MentionUnit[] = [];

/**
 * Kept for the stage's lifetime and set to each document with `reset`, so that a document makes no
 * reader of its own nor its lists.
 */
export class AgentReader {
  /**
   * The last agents that acted together (or a group that acted): what "mereka" and "keduanya" name
   * when the actors layer has not resolved them. The caller updates it as it reads the document.
   */
  antecedent: string[] = [];
  private view!: EventView;
  /** The organization "pihaknya" or "perseroan" at a token names. */
  private organizationAt!: OrganizationAt;
  /** Each unit's governor, for the floor it was read from (a clause's or a verb's start). */
  private governorFloor!: Int32Array;
  /** Each unit's governor role, read only where governorFloor says this document wrote it. */
  private readonly governorRole: (PrepositionRole | null)[] = [];
  /**
   * Scratch list of the units a governor lookup passes, reused between lookups: its first
   * `chainLength` entries count (emptying an array frees its storage, and the next push allocates).
   */
  private readonly chain: number[] = [];
  private chainLength = 0;

  constructor(private readonly verbs: Verbs) {}

  /** Sets the reader to a document's view. */
  reset(view: EventView, organizationAt: OrganizationAt, scratch: ScratchArrays): void {
    this.view = view;
    this.organizationAt = organizationAt;
    this.antecedent = [];
    this.governorFloor = scratch.int32(SLOTS.governorFloor, view.units.length, -1);
    // Grown by pushes, not filled: Array.prototype.fill is a call into the runtime, dearer than a short loop.
    const roles = this.governorRole;
    while (roles.length < view.units.length) roles.push(null);
  }

  unit(i: number): MentionUnit | undefined {
    const at = this.view.unitAt[i]!;
    return at < 0 ? undefined : this.view.units[at];
  }

  /** Whether the unit may name someone here: a pronoun clitic on a verb is that verb's object. */
  private usable(u: MentionUnit): boolean {
    return !(u.clitic && this.verbs.isVerb(u.first));
  }

  /**
   * The role of the preposition that governs the name starting at `first`, or null when none does.
   * A name joined to an earlier one ("atas Lim/Tan", "di Medan dan Binjai") shares its governor;
   * the answer is kept for every name of the chain, so a long list is read once.
   */
  governor(first: number, floor: number): PrepositionRole | null {
    const { view } = this;
    const chain = this.chain;
    this.chainLength = 0;
    let role: PrepositionRole | null = null;
    let start = first;
    conjuncts: for (;;) {
      const at = view.unitAt[start]!;
      if (at >= 0 && view.units[at]!.first === start) {
        if (this.governorFloor[at] === floor) {
          role = this.governorRole[at]!;
          break;
        }
        chain[this.chainLength++] = at;
      }
      let words = 0;
      let discourse = false;
      for (let k = start - 1; k >= floor; k--) {
        const shape = view.shape[k]!;
        const word = view.wordClass(k);
        const joined = (word & WORD_CLASS.coordinator) !== 0 && ((shape & SHAPE.comma) === 0 || this.placeApposition(k, start));
        if (joined) {
          const conjunct = this.unit(k - 1);
          if (!conjunct || conjunct.first < floor) break conjuncts;
          start = conjunct.first;
          continue conjuncts;
        }
        if ((shape & SHAPE.word) === 0 || view.unitAt[k]! >= 0) break conjuncts;
        const found = roleOf(word);
        if (found) {
          // "Di lain sisi Korea Selatan …": "di" opens a discourse phrase, and the name is free.
          role = found === 'place' && discourse ? null : found;
          break conjuncts;
        }
        if (this.verbs.isVerb(k) || ++words > REACH.governor) break conjuncts;
        discourse ||= (word & WORD_CLASS.discourseNoun) !== 0;
      }
      break;
    }
    for (let c = 0; c < this.chainLength; c++) {
      const at = chain[c]!;
      this.governorFloor[at] = floor;
      this.governorRole[at] = role;
    }
    return role;
  }

  /** Whether the comma at `comma` sets a place beside the place at `start` ("di Baku, Azerbaijan"). */
  private placeApposition(comma: number, start: number): boolean {
    const before = this.unit(comma - 1);
    const after = this.unit(start);
    return before !== undefined && after !== undefined && before.place && after.place;
  }

  /** "mereka", "keduanya", "pihaknya" at `k`, as the actors they stand for, when no mention resolves them. */
  private pronoun(k: number): MentionUnit | undefined {
    if ((this.view.shape[k]! & SHAPE.mayBePronoun) === 0) return undefined;
    const kind = pronounOf(this.view.wordClass(k));
    if (kind === 'party' || kind === 'company') {
      const organization = this.organizationAt(kind, k);
      return organization ? { first: k, end: k + 1, actors: [organization], place: false, person: false, clitic: false } : undefined;
    }
    if (this.view.unitAt[k]! >= 0) return undefined;
    const actors = this.antecedent;
    if (!kind || actors.length === 0 || (kind === 'pair' && actors.length !== 2)) return undefined;
    return { first: k, end: k + 1, actors, place: false, person: false, clitic: false };
  }

  /** The last name before `end` (from `from`) that no preposition governs: a subject. */
  head(from: number, end: number): MentionUnit | null {
    for (let k = end - 1; k >= from; k--) {
      const named = this.unit(k);
      // "pihaknya" may carry a clitic mention; the organization it names is the subject.
      const u = named && !named.clitic ? named : (this.pronoun(k) ?? named);
      if (!u) continue;
      k = u.first;
      if (u.first < from || !this.usable(u)) continue;
      if (this.governor(u.first, from) === null) return u;
    }
    return null;
  }

  /** The names that act with `u`, reading backwards ("Putin dan Kim", "Raka/Dimas"). */
  groupBefore(u: MentionUnit, from: number): MentionUnit[] {
    const group = [u];
    let current = u;
    let sawAnd = false;
    while (current.first > from) {
      const prev = this.previousUnit(current.first, from);
      if (!prev || prev.first < from) break;
      const gap = this.gap(prev.end, current.first);
      if (gap === GAP.none || ((gap & GAP.commaOnly) !== 0 && !sawAnd)) break;
      sawAnd ||= (gap & GAP.and) !== 0;
      if (!((gap & GAP.apposition) !== 0 && prev.place && !current.place)) group.push(prev);
      current = prev;
    }
    return group.reverse();
  }

  /** The names that act with `u`, reading forwards; `lenient` lets commas list names without "dan". */
  groupAfter(u: MentionUnit, end: number, lenient = false): MentionUnit[] {
    const group = [u];
    let current = u;
    // Where the look for a "dan" ahead stopped, and what it found: later looks before there agree.
    let andStop = -1;
    let andFound = false;
    for (;;) {
      const next = this.nextUnit(current.end, end);
      if (!next) break;
      const gap = this.gap(current.end, next.first);
      const commaOnly = (gap & GAP.commaOnly) !== 0;
      const title = (gap & GAP.apposition) !== 0 && current.place && !next.place;
      if (commaOnly && !lenient && !title && next.end > andStop) [andStop, andFound] = this.andAhead(next.end, end);
      if (gap === GAP.none || (commaOnly && !lenient && !title && !andFound)) break;
      // "Presiden Korea Utara, Kim Jong un": the place was the title's, the person acts.
      if (title && group[group.length - 1] === current) group.pop();
      group.push(next);
      current = next;
    }
    return group;
  }

  /** A passive verb's agent: after "oleh", or a name soon after the verb; and who acts with it. */
  passiveAgents(verb: number, end: number): readonly MentionUnit[] {
    // After "oleh" the agent may come late, behind its description ("oleh perusahaan … asal Singapura, Ironclad");
    // without it, the agent follows the verb before any other phrase ("dijual di forum … dollar AS" has none).
    let afterOleh = false;
    let bareOpen = true;
    for (let k = verb + 1; k < end; k++) {
      const u = this.unit(k);
      if (!u) {
        const role = roleOf(this.view.wordClass(k));
        if (role === 'agent') afterOleh = true;
        else if (role !== undefined && role !== 'source') bareOpen = false;
        continue;
      }
      if (!this.usable(u)) {
        k = u.end - 1;
        continue;
      }
      const role = this.governor(u.first, verb + 1);
      if (role === 'agent' || (role === null && (afterOleh || (bareOpen && u.first - verb <= REACH.bareAgent)))) return this.groupAfter(u, end);
      // A name under another preposition takes its list with it ("di Kota Medan, Kabupaten Deli Serdang").
      k = this.listEnd(u, end) - 1;
    }
    return NO_UNITS;
  }

  /** Who an active verb acts on: its first ungoverned name, and names after "ke", "kepada", "dengan". */
  targets(verb: number, end: number): readonly MentionUnit[] {
    // Most verbs act on no name: the list is made for the first.
    let out: MentionUnit[] | null = null;
    let object = false;
    for (let k = verb + 1; k < end; k++) {
      const u = this.unit(k);
      if (!u) continue;
      const role = this.usable(u) ? this.governor(u.first, verb + 1) : 'other';
      // The object follows the verb, at most behind a word or two ("memanggil manajemen Pasarloka");
      // a name deep in the object's phrase is not acted on ("menuntut komitmen … dollar AS").
      if (role === null && u.first - verb > REACH.object) object = true;
      if ((role === null && !object) || role === 'goal' || role === 'with') {
        const group = this.groupAfter(u, end);
        (out ??= []).push(...group);
        k = group[group.length - 1]!.end - 1;
      } else k = this.listEnd(u, end) - 1;
      if (role === null) object = true;
    }
    return out ?? NO_UNITS;
  }

  /**
   * Token index after the list a governed name opens: names of its own kind joined to it
   * ("di Kota Medan, Kabupaten Deli Serdang, dan Kota Binjai"), not an apposition after it
   * ("asal Singapura, Ironclad Threat Intelligence").
   */
  private listEnd(u: MentionUnit, end: number): number {
    let current = u;
    for (;;) {
      const next = this.nextUnit(current.end, end);
      if (!next || next.place !== u.place || this.gap(current.end, next.first) === GAP.none) return current.end;
      current = next;
    }
  }

  /** The places named after "di" (or "di kota", "di wilayah", "dekat") in [from, end), in order. */
  places(from: number, end: number): MentionUnit[] {
    const out: MentionUnit[] = [];
    // Units are in text order and do not overlap: those starting in [from, end), not every token.
    // An index loop: a for-of over a long document's units, run once, is not optimized before it
    // ends, and makes an iterator result per unit.
    const units = this.view.units;
    for (let k = 0; k < units.length; k++) {
      const u = units[k]!;
      if (u.first >= end) break;
      if (u.place && u.first >= from && (this.view.shape[u.first]! & SHAPE.quoted) === 0 && this.governor(u.first, from) === 'place') out.push(u);
    }
    return out;
  }

  /** Whether the token ends a list of names: a mark other than a comma, a bracket, "/" or "&". */
  private endsList(k: number): boolean {
    const shape = this.view.shape[k]!;
    return (shape & SHAPE.punct) !== 0 && (shape & (SHAPE.bracket | SHAPE.comma | SHAPE.slash)) === 0;
  }

  private previousUnit(before: number, from: number): MentionUnit | undefined {
    for (let k = before - 1; k >= from; k--) {
      const u = this.unit(k);
      if (u) return u;
      if (this.endsList(k)) return undefined;
    }
    return undefined;
  }

  private nextUnit(after: number, end: number): MentionUnit | undefined {
    for (let k = after; k < end; k++) {
      const u = this.unit(k);
      if (u) return u;
      if (this.endsList(k)) return undefined;
    }
    return undefined;
  }

  /**
   * Whether "dan"/"serta" joins a further name before `end` (so the commas before it list names),
   * and the token where the look stopped.
   */
  private andAhead(from: number, end: number): [number, boolean] {
    for (let k = from; k < end; k++) {
      const shape = this.view.shape[k]!;
      if ((shape & SHAPE.word) !== 0 && (this.view.wordClass(k) & WORD_CLASS.additive) !== 0) return [k, true];
      if (((shape & SHAPE.punct) !== 0 && (shape & (SHAPE.comma | SHAPE.bracket)) === 0) || this.verbs.isVerb(k)) return [k, false];
    }
    return [end, false];
  }

  /**
   * What stands between two names, as GAP bits: GAP.none when it does not join them. Coordinators,
   * commas and brackets join; so does one other word ("bersama kelompok G77", "dan Presiden Kim").
   */
  private gap(from: number, to: number): number {
    let words = 0;
    let commas = 0;
    let others = 0;
    let and = false;
    for (let k = from; k < to; k++) {
      const shape = this.view.shape[k]!;
      const word = this.view.wordClass(k);
      if (shape & SHAPE.comma) commas++;
      else if (shape & SHAPE.bracket) continue;
      else if (word & WORD_CLASS.coordinator) {
        others++;
        and ||= (word & WORD_CLASS.additive) !== 0;
      } else if ((shape & SHAPE.word) !== 0 && !this.verbs.isVerb(k) && (word & (WORD_CLASS.preposition | WORD_CLASS.opener)) === 0) {
        if (++words > 1) return GAP.none;
      } else return GAP.none;
    }
    if (words > 0 && others === 0) return GAP.none;
    const commaOnly = commas > 0 && others === 0;
    // "Presiden Rusia Vladimir Putin", "Presiden Korea Utara, Kim Jong un": a name right after another.
    const apposition = others === 0 && words === 0 && commas <= 1;
    return GAP.joins | (commaOnly ? GAP.commaOnly : 0) | (apposition ? GAP.apposition : 0) | (and ? GAP.and : 0);
  }
}

/** The actor ids of units, each once, in order. */
export function actorIds(units: readonly MentionUnit[]): string[] {
  if (units.length === 0) return [];
  if (units.length === 1) return units[0]!.actors.slice();
  const ids = new Set<string>();
  for (const u of units) for (const id of u.actors) ids.add(id);
  return [...ids];
}
