import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenizedDoc } from '../tokenizedDoc.js';
import { foldedHash, foldForMatch, hashOfFolded, Int32Slab, NOT_ASCII_HASH, wordHashes } from '../../src/lexicon/normalize.js';


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

  it("keeps every document's hashes: a later document's are never cut from the same memory", () => {
    // One slab for all the documents, as a pipeline keeps one for its runs.
    const slab = new Int32Slab();
    const texts = ['Presiden Prabowo bertemu Gibran', 'x '.repeat(20000), 'Menlu Retno di Beijing', 'a b c '.repeat(3000)];
    const seen: { doc: ReturnType<typeof tokenizedDoc>; hashes: Int32Array; copy: number[] }[] = [];
    for (let round = 0; round < 40; round++) {
      const doc = tokenizedDoc(texts[round % texts.length]!);
      doc.layers.int32Slab = slab;
      const hashes = wordHashes(doc);
      seen.push({ doc, hashes, copy: [...hashes] });
    }
    for (const { doc, hashes, copy } of seen) {
      expect([...hashes]).toEqual(copy);
      expect(copy).toEqual(doc.tokens.map((t) => (isAscii(t.text) ? hashOfFolded(foldForMatch(t.text)) : NOT_ASCII_HASH)));
    }
    for (let a = 0; a < seen.length; a++) {
      for (let b = a + 1; b < seen.length; b++) {
        const x = seen[a]!.hashes;
        const y = seen[b]!.hashes;
        if (x.buffer !== y.buffer) continue;
        expect(x.byteOffset + x.byteLength <= y.byteOffset || y.byteOffset + y.byteLength <= x.byteOffset).toBe(true);
      }
    }
  });
});

describe('Int32Slab', () => {
  it('hands out zeroed arrays of the length asked, never two over the same memory', () => {
    const slab = new Int32Slab();
    const taken: Int32Array[] = [];
    for (const length of [0, 1, 7, 1000, 16383, 16384, 16385, 5, 40000, 3000, 3000, 3000, 3000, 3000, 3000]) {
      const array = slab.take(length);
      expect(array.length).toBe(length);
      expect(array.every((v) => v === 0)).toBe(true);
      array.fill(taken.length + 1);
      taken.push(array);
    }
    taken.forEach((array, k) => expect(array.every((v) => v === k + 1)).toBe(true));
  });
});
