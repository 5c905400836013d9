// Words that name an organization without naming it. "pihaknya" ("his side") names the one the
// person named before it speaks for, the one in that person's title ("Kepala Dinas Kesehatan Sumut,
// dr. Rosmawati Sinaga … Ia menjelaskan, pihaknya telah mengirimkan …" → Dinas Kesehatan Sumut).
// "perseroan" ("the company") names the company named last ("PT Sinar Nusantara Logistik Tbk").
import type { Actor, Doc } from '../../types.js';
import { isWhitespace, lowerBound, sentenceIndexAt } from '../../spans.js';
import type { EventView, MentionUnit } from './view.js';
import type { EventVocabulary, PronounKind } from './vocabulary.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A title word without the punctuation around it ("Sumut," → "sumut"; "Tbk." keeps its period). */
function bareWord(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !WORD_CHAR.test(word[start]!)) start++;
  while (end > start && word[end - 1] !== '.' && !WORD_CHAR.test(word[end - 1]!)) end--;
  return word.slice(start, end);
}
/** The words of a text between whitespace (split(/\s+/) without its empty strings), by code. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (let from = -1, k = 0; k <= text.length; k++) {
    const space = k === text.length || isWhitespace(text.charCodeAt(k));
    if (space && from >= 0) {
      words.push(text.slice(from, k));
      from = -1;
    } else if (!space && from < 0) from = k;
  }
  return words;
}
/** How many tokens back "pihaknya" looks for the person it speaks for (about a long sentence). */
const PERSON_REACH = 80;

/** The organization a "party" or "company" word at a token names, or null. */
export type OrganizationAt = (kind: Extract<PronounKind, 'party' | 'company'>, token: number) => string | null;

/** The last unit in `units` (in text order) that starts before `token`. */
function lastBefore(units: readonly MentionUnit[], token: number): MentionUnit | undefined {
  return units[lowerBound(units, token, (unit) => unit.first) - 1];
}

export function organizationResolver(doc: Doc, view: EventView, vocabulary: EventVocabulary): OrganizationAt {
  const partyAt = partyResolver(doc, view);
  // Units naming a company ("PT …", "… Tbk"), found on the first "perseroan".
  let companies: MentionUnit[] | null = null;
  const companyAt = (token: number): string | null => {
    if (!companies) {
      const ids = new Set<string>();
      for (const a of doc.actors) if (a.type === 'organization' && wordsOf(a.name).some((w) => vocabulary.isCompanyMarker(w))) ids.add(a.id);
      companies = [];
      // An index loop: a for-of over a long document's units, run once, makes an iterator result per unit.
      const units = view.units;
      for (let k = 0; k < units.length; k++) {
        const u = units[k]!;
        if (u.actors.length === 1 && ids.has(u.actors[0]!)) companies.push(u);
      }
    }
    return lastBefore(companies, token)?.actors[0] ?? null;
  };
  return (kind, token) => (kind === 'party' ? partyAt(token) : companyAt(token));
}

/** Titles are read for organization names up to this many words long ("Badan Penanggulangan Bencana Daerah Riau"). */
const MAX_NAME_WORDS = 8;

/** A function from a token to the organization "pihaknya" there names, or null. */
function partyResolver(doc: Doc, view: EventView): (token: number) => string | null {
  // Built on the first "pihaknya", as the rest.
  let byId: Map<string, Actor> | null = null;
  let parties: Map<string, string | null> | null = null;
  // Built on the first "pihaknya": every organization by each of its lowercase forms.
  let organizations: Map<string, string> | null = null;

  /** The first organization named in a title, by its words (no scan of every organization). */
  const namedIn = (title: string, orgs: ReadonlyMap<string, string>): string | null => {
    const words = wordsOf(title.toLowerCase()).map(bareWord).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
        const id = orgs.get(words.slice(i, i + n).join(' '));
        if (id) return id;
      }
    }
    return null;
  };

  const partyOf = (person: Actor): string | null => {
    parties ??= new Map();
    let party = parties.get(person.id);
    if (party !== undefined) return party;
    if (!organizations) {
      organizations = new Map();
      for (const a of doc.actors) if (a.type === 'organization') for (const f of [a.name, ...a.aliases]) organizations.set(f.toLowerCase(), a.id);
    }
    party = null;
    for (const title of person.titles) if ((party = namedIn(title, organizations)) !== null) break;
    parties.set(person.id, party);
    return party;
  };

  /** The first person of these actors (by id), or undefined. */
  const personAmong = (ids: readonly string[]): Actor | undefined => {
    byId ??= new Map(doc.actors.map((a) => [a.id, a]));
    for (let k = 0; k < ids.length; k++) {
      const actor = byId.get(ids[k]!);
      if (actor?.type === 'person') return actor;
    }
    return undefined;
  };

  /** The organization of the person named last before `token` in its sentence (PERSON_REACH tokens at most). */
  const partyAt = (token: number): string | null => {
    const sentence = sentenceIndexAt(doc.sentences, view.offsets.starts[token]!);
    const floor = Math.max(sentence < 0 ? 0 : view.index.indexAt(doc.sentences[sentence]!.start), token - PERSON_REACH);
    for (let k = token - 1; k >= floor; k--) {
      const unit = view.unitAt[k]!;
      const quote = view.cueOf[k]!;
      const speaker = unit < 0 && quote >= 0 ? doc.quotes[quote]!.speaker : null;
      const person = unit >= 0 ? personAmong(view.units[unit]!.actors) : speaker ? personAmong([speaker]) : undefined;
      if (person) return partyOf(person);
    }
    return null;
  };

  // The agents' reader asks for a "pihaknya" at every reading of its clause that meets it: each is
  // answered once, by token.
  let answers: Map<number, string | null> | null = null;
  return (token) => {
    answers ??= new Map();
    let party = answers.get(token);
    if (party === undefined) answers.set(token, (party = partyAt(token)));
    return party;
  };
}
