import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenizedDoc } from '../tokenizedDoc.js';
import { foldedHash, foldForMatch, hashOfFolded, NOT_ASCII_HASH, wordHashes } from '../../src/lexicon/normalize.js';


const isAscii = (s: string) => [...s].every((c) => c.charCodeAt(0) < 0x80);

const TEXT = 'JAKARTA, KOMPAS.com – Menlu Retno  Marsudi bertemu   "Wang Yi" di Beijing, Jum`at (8/11/2024) pukul 14.30 WIB.\nÉlysée MENYEBUTNYA, kata-nya… KPK-nya';

describe('wordHashes', () => {
  it('gives an ASCII token the hash of its folded text, any other token NOT_ASCII_HASH', () => {
    const doc = tokenizedDoc(TEXT);
    const hashes = wordHashes(doc);
    expect(hashes.length).toBe(doc.tokens.length);
    doc.tokens.forEach((t, i) => {
      expect(hashes[i]).toBe(isAscii(t.text) ? hashOfFolded(foldForMatch(t.text)) : NOT_ASCII_HASH);
    });
  });

  it('agrees with hashOfFolded on generated texts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const doc = tokenizedDoc(text);
        const hashes = wordHashes(doc);
        doc.tokens.forEach((t, i) => {
          if (isAscii(t.text)) expect(hashes[i]).toBe(hashOfFolded(foldForMatch(t.text)));
          else expect(hashes[i]).toBe(NOT_ASCII_HASH);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('hashes a folded form to a number that is never the sentinel, and words that fold alike alike', () => {
    for (const form of ['', 'a', 'jum\'at', 'kata-nya', '2024', 'x'.repeat(40)]) expect(hashOfFolded(form)).toBeGreaterThanOrEqual(0);
    expect(hashOfFolded('élysée')).toBe(NOT_ASCII_HASH);
    const hashes = wordHashes(tokenizedDoc('Senin SENIN senin'));
    expect(new Set(hashes).size).toBe(1);
    expect(foldedHash('(JUM`AT)', 1, 7)).toBe(hashOfFolded("jum'at"));
  });

  it('is computed once per document, and anew when a stage replaces or extends the tokens', () => {
    const doc = tokenizedDoc('Presiden Prabowo dan Wakil Presiden Gibran lagi');
    const first = wordHashes(doc);
    expect(wordHashes(doc)).toBe(first);
    const all = doc.tokens;
    doc.tokens = all.slice(3, 6);
    expect([...wordHashes(doc)]).toEqual(['wakil', 'presiden', 'gibran'].map((w) => hashOfFolded(w)));
    doc.tokens.push(all[6]!);
    expect([...wordHashes(doc)]).toEqual(['wakil', 'presiden', 'gibran', 'lagi'].map((w) => hashOfFolded(w)));
  });
});
