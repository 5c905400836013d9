import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../src/stages/tokenize.js';
import { tokenizedDoc } from './tokenizedDoc.js';
import { foldedTokens, foldForMatch, foldToken } from '../src/lexicon/normalize.js';
import { TokenOffsets, tokenIndexAt, tokenOffsets, tokenRange } from '../src/spans.js';

const noAbbreviations = { has: () => false };


const TEXT = 'JAKARTA, KOMPAS.com – Menlu Retno  Marsudi bertemu   "Wang Yi" di Beijing, Jum’at (8/11/2024).\nÉlysée menyebut…';

describe('TokenOffsets', () => {
  it('finds the same tokens as tokenIndexAt and tokenRange, for every span of a text', () => {
    const tokens = tokenize(TEXT, noAbbreviations);
    const offsets = new TokenOffsets(tokens);
    for (let start = 0; start <= TEXT.length; start++) {
      expect(offsets.indexAt(start)).toBe(tokenIndexAt(tokens, start));
      for (let end = start; end <= TEXT.length; end += 7) expect(offsets.range({ start, end })).toEqual(tokenRange(tokens, { start, end }));
    }
  });

  it('agrees with tokenRange on generated texts and spans', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.nat(), fc.nat(), (text, a, b) => {
        const tokens = tokenize(text, noAbbreviations);
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        expect(new TokenOffsets(tokens).range({ start, end })).toEqual(tokenRange(tokens, { start, end }));
      }),
      { numRuns: 300 },
    );
  });

  it('is built once per document, and anew when a stage replaces or extends the tokens', () => {
    const doc = tokenizedDoc(TEXT);
    const first = tokenOffsets(doc);
    expect(tokenOffsets(doc)).toBe(first);
    doc.tokens = tokenize('Kata baru.', noAbbreviations);
    const second = tokenOffsets(doc);
    expect(second).not.toBe(first);
    expect(second.indexAt(5)).toBe(1);
    doc.tokens.push({ start: 10, end: 15, text: 'lagi.', kind: 'word' });
    expect(tokenOffsets(doc).ends.length).toBe(doc.tokens.length);
  });
});

describe('foldedTokens', () => {
  it('folds every token as foldForMatch does', () => {
    const doc = tokenizedDoc(TEXT + ' GONZÁLEZ İstanbul Ñandú `x` ‘kutip’ KPK-nya');
    expect(foldedTokens(doc)).toEqual(doc.tokens.map((t) => foldForMatch(t.text)));
  });

  it('folds any string as foldForMatch does', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12, unit: 'binary' }), (s) => {
        expect(foldToken(s)).toBe(foldForMatch(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('is computed once per document, and anew when a stage replaces the tokens', () => {
    const doc = tokenizedDoc('Presiden Prabowo dan Wakil Presiden Gibran');
    const first = foldedTokens(doc);
    expect(foldedTokens(doc)).toBe(first);
    doc.tokens = doc.tokens.slice(3);
    expect(foldedTokens(doc)).toEqual(['wakil', 'presiden', 'gibran']);
  });
});
