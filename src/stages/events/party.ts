// "pihaknya" ("his side") names the organization the person named before it speaks for: the one
// in that person's title ("Kepala Dinas Kesehatan Sumut, dr. Rosmawati Sinaga … Ia menjelaskan,
// pihaknya telah mengirimkan …" → Dinas Kesehatan Sumut).
import type { Actor, Doc } from '../../types.js';
import { sentenceIndexAt, tokenIndexAt } from '../../spans.js';
import type { EventView } from './view.js';

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

/** A function from a token to the organization "pihaknya" there names, or null. */
export function partyResolver(doc: Doc, view: EventView): (token: number) => string | null {
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
