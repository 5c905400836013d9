// The verbs of a clause and who does them. A verb is a word in meN-, di-, ber-, ter- (or memper-,
// diper-, diber-) with a plausible root, or a root that is a verb on its own ("naik", "tiba").
// Its subject is the last ungoverned name before it; a verb with none takes the subject of the verb
// before it ("memutuskan mempertahankan") or of the clause before ("…, setelah mengalahkan …"),
// unless a name stands between them as the object of the first and the subject of the second
// ("membuat Persebaya naik"). A passive verb's agent follows it; the name before it is acted on.
import { AgentReader, actorIds } from './agents.js';
import type { Clause } from './clauses.js';
import type { OrganizationAt } from './party.js';
import { isCapitalizedWord, isLowerWord, SHAPE, type EventView, type MentionUnit } from './view.js';
import { hashOfFolded, Hash } from '../../lexicon/normalize.js';
import type { ScratchArrays } from './scratch.js';
import { verbMarks, VERB_MARK, WORD_CLASS, type EventVocabulary, type VerbForm } from './vocabulary.js';

/**
 * The verbs and cues of a clause: for each, its first token, the token after it (after the speaker
 * named right after a cue), and the quote whose cue it is or -1 for a verb. One list, refilled for
 * every clause.
 */
class Anchors {
  count = 0;
  readonly first: number[] = [];
  readonly end: number[] = [];
  readonly quote: number[] = [];

  add(first: number, end: number, quote: number): void {
    this.first[this.count] = first;
    this.end[this.count] = end;
    this.quote[this.count] = quote;
    this.count++;
  }
}

const NO_UNITS: readonly MentionUnit[] = [];

export interface Predicate {
  token: number;
  /**
   * The verb's form (its root and event category), read only for a verb that reports an event: the
   * others need only its marks.
   */
  verb: VerbForm;
  /** The form's VERB_MARK bits: VERB_MARK.silent, a verb that bounds subjects and objects but reports no event ("merupakan", "berusia"). */
  marks: number;
  passive: boolean;
  agents: string[];
  targets: string[];
  /** Who the next verb inherits as subject: the agents, or a passive verb's patient. */
  subject: string[];
}

/** Words that join two verb phrases between a name and the next verb, and their word hashes. */
const JOINERS: readonly string[] = [',', 'dan', 'serta', 'lalu', 'kemudian'];
const JOINER_HASHES: readonly number[] = JOINERS.map(hashOfFolded);
const OLEH = 'oleh';
const OLEH_HASH = hashOfFolded(OLEH);
const enum REACH {
  /** How far after a ter- verb "oleh" makes it passive ("terdeteksi oleh tim"). */
  oleh = 3,
}

/** The targets that are not also agents (a set only for long lists, which hostile text can make). */
function withoutAgents(targets: string[], agents: readonly string[]): string[] {
  if (agents.length === 0) return targets;
  if (agents.length <= 8) return targets.filter((id) => !agents.includes(id));
  const acting = new Set(agents);
  return targets.filter((id) => !acting.has(id));
}

/**
 * Which words are verbs: those the view read as verbs (SHAPE.verb), and for `testInitial`, a
 * capitalized word opening a clause ("Dikutip …").
 */
class VerbTest {
  private view!: EventView;
  private vocabulary!: EventVocabulary;

  /** Sets the test to a document's view. */
  reset(view: EventView, vocabulary: EventVocabulary): void {
    this.view = view;
    this.vocabulary = vocabulary;
  }

  isVerb(i: number): boolean {
    return (this.view.shape[i]! & SHAPE.verb) !== 0;
  }

  /** The form of a verb (isVerb, or testInitial passed). */
  formAt(i: number): VerbForm {
    return this.view.verbForm(i);
  }

  /** The VERB_MARK bits of a verb's form (formAt), without reading it. */
  marksAt(i: number): number {
    return this.view.verbMarks(i);
  }

  /** Whether the word opening a clause is a verb, a capitalized one ("Dikutip") too. */
  testInitial(i: number): boolean {
    const { view, vocabulary } = this;
    const shape = view.shape[i]!;
    // A lowercase-initial word was read in the view's pass, with the same answer: the test below
    // admits no other lowercase-initial word than a verb-like one of lowercase letters.
    if ((shape & SHAPE.lowerInitial) !== 0) return (shape & SHAPE.verb) !== 0;
    if ((shape & (SHAPE.word | SHAPE.quoted | SHAPE.cue)) !== SHAPE.word) return false;
    const unit = view.unitAt[i]!;
    if (unit >= 0 && !view.units[unit]!.clitic) return false;
    // Most capitalized words (names, "Pada", "Sementara") stop here, without being read again.
    if (shape & SHAPE.capitalNoVerb) return false;
    const text = view.tokens[i]!.text;
    const form = view.lower(i);
    if (!vocabulary.mayBeVerb(form, Hash.NotAscii)) return false;
    if (!isLowerWord(text) && !isCapitalizedWord(text)) return false;
    const verb = vocabulary.verbForm(form);
    if (verb === null) return false;
    view.keepVerbForm(i, verb, verbMarks(verb));
    return true;
  }
}

/**
 * Kept for the stage's lifetime and set to each document with `reset`, so that a document makes no
 * reader of its own, nor its lists and predicates.
 */
export class PredicateReader {
  private readonly verbs = new VerbTest();
  readonly agents = new AgentReader(this.verbs);
  private view!: EventView;
  private readonly anchors = new Anchors();
  /**
   * The verbs `read` found in its clause, the first `count` entries: the same objects refilled for
   * every clause, as the anchors are, so a caller reads them before it reads the next clause.
   */
  readonly predicates: Predicate[] = [];
  count = 0;
  /** The subject the clause read last leaves to the next, or null when it has no verb nor cue. */
  left: string[] | null = null;

  /** Sets the reader to a document's view. */
  reset(view: EventView, vocabulary: EventVocabulary, organizationAt: OrganizationAt, scratch: ScratchArrays): void {
    this.view = view;
    this.verbs.reset(view, vocabulary);
    this.agents.reset(view, organizationAt, scratch);
    this.count = 0;
    this.left = null;
  }

  /**
   * The verbs of a clause and the cues of its quotes, in order: a cue is no action, but like a verb
   * it ends the stretch where the next verb finds its subject, and lends its speaker to the verbs
   * after it ("Siti mengaku tak sempat menyelamatkan …").
   */
  private anchorsOf(clause: Clause): Anchors {
    const { view } = this;
    const out = this.anchors;
    out.count = 0;
    for (let i = clause.first; i < clause.end; i++) {
      const shape = view.shape[i]!;
      if (shape & SHAPE.cue) {
        const quote = view.cueOf[i]!;
        const first = i;
        while (i + 1 < clause.end && view.cueOf[i + 1] === quote) i++;
        // The speaker named right after the cue belongs to it ("kata Budi", "Menurut Holm, …").
        const speakerEnd = view.speakerEnds[quote]!;
        out.add(first, speakerEnd > i && speakerEnd <= clause.end ? speakerEnd : i + 1, quote);
      } else if (i === clause.first ? this.verbs.testInitial(i) : (shape & SHAPE.verb) !== 0) out.add(i, i + 1, -1);
    }
    return out;
  }

  /** Whether the verb at `i`, of VERB_MARK bits `marks`, is passive. */
  private passive(i: number, marks: number, end: number): boolean {
    if (marks & VERB_MARK.passive) return true;
    if ((marks & VERB_MARK.ter) === 0) return false;
    for (let k = i + 1; k < end && k <= i + REACH.oleh; k++) {
      // Most words are told apart by their hash, without reading them.
      const hash = this.view.hashes[k]!;
      if ((hash === OLEH_HASH || hash === Hash.NotAscii) && this.view.lower(k) === OLEH) return true;
    }
    return false;
  }

  /** The subject a clause starts with: for "yang", the name it follows; else the clause before's. */
  private openingSubject(clause: Clause, inherited: string[], sentenceFirst: number): string[] {
    if (clause.kind !== 'relative') return inherited;
    const u = this.agents.unit(clause.first - 1);
    return u && u.first >= sentenceFirst ? actorIds(this.agents.groupBefore(u, sentenceFirst)) : [];
  }

  /**
   * Whether a verb without a named subject continues the subject before it: only auxiliaries,
   * negators, a comma, a coordinator, a preposition ("untuk menambah") or a verb stand between it and
   * the start of its stretch. A noun there is the verb's own subject ("keputusan … konsisten dengan
   * upaya menjaga", "cuaca mendukung"), which no actor names.
   */
  private continuesSubject(verb: number, from: number): boolean {
    const { view } = this;
    for (let k = verb - 1; k >= from; k--) {
      const shape = view.shape[k]!;
      if (shape & SHAPE.punct) return (shape & SHAPE.continuing) !== 0;
      if ((shape & SHAPE.word) === 0) return false;
      const word = view.wordClass(k);
      if (word & (WORD_CLASS.auxiliary | WORD_CLASS.negator)) continue;
      return (word & (WORD_CLASS.coordinator | WORD_CLASS.opener | WORD_CLASS.preposition)) !== 0 || this.verbs.isVerb(k) || view.cueOf[k]! >= 0;
    }
    return true;
  }

  /** Whether "dan", "serta" or a comma joins two verb phrases between a name and the next verb. */
  private coordinated(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const hash = this.view.hashes[k]!;
      if ((hash === Hash.NotAscii || JOINER_HASHES.includes(hash)) && JOINERS.includes(this.view.lower(k))) return true;
    }
    return false;
  }

  /** The names a clause without a verb we know starts with ("Raka/Dimas, keluar sebagai juara"). */
  subjectOf(clause: Clause): string[] | null {
    const from = clause.kind === 'main' ? clause.first : clause.first + 1;
    const head = this.agents.head(from, clause.end);
    return head ? actorIds(this.agents.groupBefore(head, from)) : null;
  }

  /**
   * Every verb of the clause with its agents and targets (`predicates`, the first `count`), and the
   * subject the clause leaves to the next (`left`).
   */
  read(clause: Clause, inherited: string[], sentenceFirst: number): void {
    const { view, agents } = this;
    const anchors = this.anchorsOf(clause);
    this.count = 0;
    let subject: string[] = this.openingSubject(clause, inherited, sentenceFirst);
    for (let k = 0; k < anchors.count; k++) {
      const i = anchors.first[k]!;
      const quote = anchors.quote[k]!;
      const next = k + 1 < anchors.count ? anchors.first[k + 1]! : clause.end;
      // The word that opens a clause ("sejak Rusia melancarkan") does not govern its subject.
      const from = k > 0 ? anchors.end[k - 1]! : clause.kind === 'main' ? clause.first : clause.first + 1;
      const before = subject;
      const head = agents.head(from, i);
      if (quote >= 0) {
        const speaker = view.speakers[quote];
        subject = speaker ? [speaker] : head ? actorIds(agents.groupBefore(head, from)) : this.continuesSubject(i, from) ? before : [];
        continue;
      }
      const marks = this.verbs.marksAt(i);
      const passive = this.passive(i, marks, clause.end);
      let targetUnits: readonly MentionUnit[];
      let agentIds: string[];
      if (passive) {
        agentIds = actorIds(agents.passiveAgents(i, next));
        targetUnits = head ? agents.groupBefore(head, from) : NO_UNITS;
        subject = head ? actorIds(targetUnits) : this.continuesSubject(i, from) ? before : [];
      } else {
        if (head && !(k > 0 && this.coordinated(head.end, i))) agentIds = actorIds(agents.groupBefore(head, from));
        else agentIds = head || this.continuesSubject(i, from) ? before : [];
        subject = agentIds;
        targetUnits = agents.targets(i, next);
      }
      const targets = targetUnits.length === 0 ? [] : withoutAgents(actorIds(targetUnits), agentIds);
      this.found(i, this.verbs.formAt(i), marks, passive, agentIds, targets, subject);
    }
    // The clause after takes the subject of the last verb or cue ("… ditabrak kapal China saat berpatroli").
    this.left = anchors.count > 0 ? subject : null;
  }

  /** Adds a predicate to `predicates`, in the place of the last clause's when there is one. */
  private found(token: number, verb: VerbForm, marks: number, passive: boolean, agents: string[], targets: string[], subject: string[]): void {
    const p = this.predicates[this.count++];
    if (p === undefined) {
      this.predicates.push({ token, verb, marks, passive, agents, targets, subject });
      return;
    }
    p.token = token;
    p.verb = verb;
    p.marks = marks;
    p.passive = passive;
    p.agents = agents;
    p.targets = targets;
    p.subject = subject;
  }
}
