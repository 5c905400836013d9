// Words that name an organization without naming it. "pihaknya" ("his side") names the one the
// person named before it speaks for, the one in that person's title ("Kepala Dinas Kesehatan Sumut,
// dr. Rosmawati Sinaga … Ia menjelaskan, pihaknya telah mengirimkan …" → Dinas Kesehatan Sumut).
// "perseroan" ("the company") names the company named last ("PT Sinar Nusantara Logistik Tbk").
import type { Actor, Doc } from '../../types.js';
import { sentenceIndexAt, tokenIndexAt } from '../../spans.js';
import type { EventView, MentionUnit } from './view.js';
import type { EventVocabulary, PronounKind } from './vocabulary.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** How many tokens back "pihaknya" looks for the person it speaks for (about a long sentence). */
const PERSON_REACH = 80;

function containsWord(haystack: string, needle: string): boolean {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

/** The organization a "party" or "company" word at a token names, or null. */
export type OrganizationAt = (kind: Extract<PronounKind, 'party' | 'company'>, token: number) => string | null;

/** The last unit in `units` (in text order) that starts before `token`. */
function lastBefore(units: readonly MentionUnit[], token: number): MentionUnit | undefined {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (units[mid]!.first < token) lo = mid + 1;
    else hi = mid;
  }
  return units[lo - 1];
}

export function organizationResolver(doc: Doc, view: EventView, vocabulary: EventVocabulary): OrganizationAt {
  const partyAt = partyResolver(doc, view);
  // Units naming a company ("PT …", "… Tbk"), found on the first "perseroan".
  let companies: MentionUnit[] | null = null;
  const companyAt = (token: number): string | null => {
    if (!companies) {
      const ids = new Set(doc.actors.filter((a) => a.type === 'organization' && a.name.split(/\s+/).some((w) => vocabulary.isCompanyMarker(w))).map((a) => a.id));
      companies = view.units.filter((u) => u.actors.length === 1 && ids.has(u.actors[0]!));
    }
    return lastBefore(companies, token)?.actors[0] ?? null;
  };
  return (kind, token) => (kind === 'party' ? partyAt(token) : companyAt(token));
}

/** A function from a token to the organization "pihaknya" there names, or null. */
function partyResolver(doc: Doc, view: EventView): (token: number) => string | null {
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const parties = new Map<string, string | null>();
  // Read once, on the first "pihaknya": the lowercase forms of every organization.
  let organizations: { id: string; forms: string[] }[] | null = null;

  const partyOf = (person: Actor): string | null => {
    let party = parties.get(person.id);
    if (party !== undefined) return party;
    party = null;
    const titles = person.titles.map((t) => t.toLowerCase());
    organizations ??= doc.actors.filter((a) => a.type === 'organization').map((a) => ({ id: a.id, forms: [a.name, ...a.aliases].map((f) => f.toLowerCase()) }));
    for (const org of organizations) {
      if (titles.some((t) => org.forms.some((f) => containsWord(t, f)))) {
        party = org.id;
        break;
      }
    }
    parties.set(person.id, party);
    return party;
  };

  return (token) => {
    const sentence = sentenceIndexAt(doc.sentences, view.tokens[token]!.start);
    const floor = Math.max(sentence < 0 ? 0 : tokenIndexAt(view.tokens, doc.sentences[sentence]!.start), token - PERSON_REACH);
    for (let k = token - 1; k >= floor; k--) {
      const unit = view.unitAt[k]!;
      const quote = view.cueOf[k]!;
      const ids = unit >= 0 ? view.units[unit]!.actors : quote >= 0 && doc.quotes[quote]!.speaker ? [doc.quotes[quote]!.speaker!] : [];
      const person = ids.map((id) => byId.get(id)).find((a) => a?.type === 'person');
      if (person) return partyOf(person);
    }
    return null;
  };
}
