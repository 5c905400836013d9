// Clauses within a sentence: cut at a semicolon, around direct quotes, and before the words that
// open a clause ("bahwa", "yang", "sedangkan", "setelah" …). A clause is where a verb finds its
// subject, and where its date and place are looked for first.
import { SHAPE, type EventView } from './view.js';
import { openerOf, WORD_CLASS, type OpenerKind } from './vocabulary.js';

export interface Clause {
  first: number;
  /** Token index after the clause. */
  end: number;
  kind: 'main' | OpenerKind;
}

export function splitClauses(view: EventView, first: number, end: number): Clause[] {
  const clauses: Clause[] = [];
  let start = first;
  let kind: Clause['kind'] = 'main';
  const close = (at: number) => {
    if (at > start) clauses.push({ first: start, end: at, kind });
  };
  for (let i = first; i < end; i++) {
    if (view.quoted[i]) {
      close(i);
      while (i + 1 < end && view.quoted[i + 1]) i++;
      start = i + 1;
      kind = 'main';
      continue;
    }
    const shape = view.shape[i]!;
    if ((shape & (SHAPE.punct | SHAPE.semicolon)) === (SHAPE.punct | SHAPE.semicolon)) {
      close(i);
      start = i + 1;
      kind = 'main';
      continue;
    }
    // Openers are lowercase words: a capital one ("Setelah …") starts its sentence anyway.
    if ((shape & SHAPE.lowerInitial) === 0) continue;
    const opener = openerOf(view.wordClass(i));
    // "saat ini", "sementara itu", "sejak Januari 2024": before a demonstrative or a date the opener
    // is a time or discourse word, not a new clause.
    if (!opener || (i + 1 < end && ((view.wordClass(i + 1) & WORD_CLASS.demonstrative) !== 0 || view.dateStart[i + 1]))) continue;
    close(i);
    start = i;
    kind = opener;
  }
  close(end);
  return clauses;
}
