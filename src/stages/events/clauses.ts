// Clauses within a sentence: cut at a semicolon, around direct quotes, and before the words that
// open a clause ("bahwa", "yang", "sedangkan", "setelah" …). A clause is where a verb finds its
// subject, and where its date and place are looked for first.
import { SHAPE, type EventView } from './view.js';
import { openerOf, WORD_CLASS, WORD_CLASSES, type OpenerKind } from './vocabulary.js';

export interface Clause {
  first: number;
  /** Token index after the clause. */
  end: number;
  kind: 'main' | OpenerKind;
}

/** Adds the clause [first, end) unless it is empty. */
function close(clauses: Clause[], first: number, end: number, kind: Clause['kind']): void {
  if (end > first) clauses.push({ first, end, kind });
}

export function splitClauses(view: EventView, first: number, end: number): Clause[] {
  const clauses: Clause[] = [];
  const shapes = view.shape;
  let start = first;
  let kind: Clause['kind'] = 'main';
  for (let i = first; i < end; i++) {
    const shape = shapes[i]!;
    if (shape & SHAPE.quoted) {
      close(clauses, start, i, kind);
      while (i + 1 < end && (shapes[i + 1]! & SHAPE.quoted) !== 0) i++;
      start = i + 1;
      kind = 'main';
      continue;
    }
    if ((shape & (SHAPE.punct | SHAPE.semicolon)) === (SHAPE.punct | SHAPE.semicolon)) {
      close(clauses, start, i, kind);
      start = i + 1;
      kind = 'main';
      continue;
    }
    // Openers are lowercase words: a capital one ("Setelah …") starts its sentence anyway.
    if ((shape & SHAPE.lowerInitial) === 0) continue;
    const opener = openerOf(shape & WORD_CLASSES);
    // "saat ini", "sementara itu", "sejak Januari 2024": before a demonstrative or a date the opener
    // is a time or discourse word, not a new clause.
    if (!opener || (i + 1 < end && ((shapes[i + 1]! & WORD_CLASS.demonstrative) !== 0 || view.dateStart[i + 1]))) continue;
    close(clauses, start, i, kind);
    start = i;
    kind = opener;
  }
  close(clauses, start, end, kind);
  return clauses;
}
