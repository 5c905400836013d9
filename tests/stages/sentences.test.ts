import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractEvents } from '../../src/index.js';

const sentences = (text: string): string[] => extractEvents(text).sentences.map((s) => s.text);

describe('sentences', () => {
  it('ends at full stops before a new sentence', () => {
    expect(sentences('Budi datang. Ia membawa buku! Siapa dia? Entah.')).toEqual(['Budi datang.', 'Ia membawa buku!', 'Siapa dia?', 'Entah.']);
  });

  it('treats every line break as a boundary', () => {
    expect(sentences('Baca Juga\nDunia Gonjang-ganjing')).toEqual(['Baca Juga', 'Dunia Gonjang-ganjing']);
  });

  it('keeps an attribution after a quote in the sentence', () => {
    expect(sentences('“Kami siap,” tutur Xi. Putin setuju.')).toEqual(['“Kami siap,” tutur Xi.', 'Putin setuju.']);
    expect(sentences('“Apa?” tanya dia heran.')).toEqual(['“Apa?” tanya dia heran.']);
  });

  it('does not cut a quotation that spans sentences', () => {
    expect(sentences('“Kami siap. Semua tim sudah di lokasi,” ujar Budi. Lalu hujan.')).toEqual(['“Kami siap. Semua tim sudah di lokasi,” ujar Budi.', 'Lalu hujan.']);
  });

  it('does not end at abbreviations, initials or decimals', () => {
    expect(sentences('Prof. Dr. H. Budi tiba di Jl. Sudirman No. 5 pukul 14.30 WIB. Ia senang.')).toEqual([
      'Prof. Dr. H. Budi tiba di Jl. Sudirman No. 5 pukul 14.30 WIB.',
      'Ia senang.',
    ]);
    expect(sentences('Harga naik 2,5 persen. Inflasi 3.2 persen.')).toHaveLength(2);
  });

  it('may end at a terminal abbreviation such as dll.', () => {
    expect(sentences('Ada beras, gula, dll. Semua habis.')).toEqual(['Ada beras, gula, dll.', 'Semua habis.']);
  });

  it('ends before a quotation glued to the full stop or opened with ”, as scrapers write them', () => {
    expect(sentences('Ia pulang.“Saya lelah,” katanya.')).toEqual(['Ia pulang.', '“Saya lelah,” katanya.']);
    expect(sentences('Ia pulang. ”Saya lelah,” katanya.')).toEqual(['Ia pulang.', '”Saya lelah,” katanya.']);
  });

  it('keeps an unbalanced quotation mark from swallowing the rest', () => {
    expect(sentences('Ia berkata “tidak. Kami pergi. Mereka pulang.')).toHaveLength(3);
  });

  it('covers every token exactly once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Budi', 'datang', '.', '“', '”', '"', '?', '!', ' ', '\n', 'dll.', 'Dr.', ',', 'tutur'), { maxLength: 80 }), (pieces) => {
        const text = pieces.join(' ');
        const r = extractEvents(text);
        let t = 0;
        for (const s of r.sentences) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          while (t < r.tokens.length && r.tokens[t]!.end <= s.end) {
            expect(r.tokens[t]!.start).toBeGreaterThanOrEqual(s.start);
            t++;
          }
        }
        expect(t).toBe(r.tokens.length);
      }),
      { numRuns: 300 },
    );
  });
});
