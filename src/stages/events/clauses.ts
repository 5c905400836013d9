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

/**
 * The clauses of one sentence at a time, the first `count` of `items`: the same objects refilled
 * for every sentence, which its reader is done with before the next.
 */
export class Clauses {
  readonly items: Clause[] = [];
  count = 0;

  /** Splits the sentence's tokens [first, end) into clauses. */
  split(view: EventView, first: number, end: number): void {
    const shapes = view.shape;
    this.count = 0;
    let start = first;
    let kind: Clause['kind'] = 'main';
    for (let i = first; i < end; i++) {
      const shape = shapes[i]!;
      // Most tokens are neither quoted, a semicolon nor a clause opener: one test lets them pass.
      if ((shape & (SHAPE.quoted | SHAPE.semicolon | WORD_CLASS.opener)) === 0) continue;
      if (shape & SHAPE.quoted) {
        this.close(start, i, kind);
        while (i + 1 < end && (shapes[i + 1]! & SHAPE.quoted) !== 0) i++;
        start = i + 1;
        kind = 'main';
        continue;
      }
      if ((shape & (SHAPE.punct | SHAPE.semicolon)) === (SHAPE.punct | SHAPE.semicolon)) {
        this.close(start, i, kind);
        start = i + 1;
        kind = 'main';
        continue;
      }
      // Openers are lowercase words: a capital one ("Setelah …") starts its sentence anyway.
      if ((shape & SHAPE.lowerInitial) === 0) continue;
      const opener = openerOf(shape & WORD_CLASS.all);
      // "saat ini", "sementara itu", "sejak Januari 2024": before a demonstrative or a date the opener
      // is a time or discourse word, not a new clause.
      if (!opener || (i + 1 < end && ((shapes[i + 1]! & WORD_CLASS.demonstrative) !== 0 || view.dateStart[i + 1]))) continue;
      this.close(start, i, kind);
      start = i;
      kind = opener;
    }
    this.close(start, end, kind);
  }

  /** The clause holding `token`, if any (binary search: the clauses are in order and do not overlap). */
  at(token: number): Clause | undefined {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.items[mid]!.end <= token) lo = mid + 1;
      else hi = mid;
    }
    const c = lo < this.count ? this.items[lo]! : undefined;
    return c && c.first <= token ? c : undefined;
  }

  /** Adds the clause [first, end) unless it is empty. */
  private close(first: number, end: number, kind: Clause['kind']): void {
    if (end <= first) return;
    const c = this.items[this.count++];
    if (c === undefined) {
      this.items.push({ first, end, kind });
      return;
    }
    c.first = first;
    c.end = end;
    c.kind = kind;
  }
}
