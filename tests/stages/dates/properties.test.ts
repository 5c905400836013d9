// Properties over any text: every expression is an exact slice of the input on token boundaries,
// expressions never overlap, and values have the contract's shapes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { datesPipeline } from './helpers.js';

const pipeline = datesPipeline();
const VALUE = /^(?:[\dX]{4}(?:-(?:[\dX]{2}|W[\dX]{2})(?:-(?:[\dX]{2}|\d|WE))?)?(?:T\d{2}:\d{2})?|P-?(?:\d+|X)[DWMY]|PT(?:\d+|X)[HMS])$/;
const WORDS = ['Senin', 'Minggu', 'minggu', 'lalu', 'depan', 'pekan', 'ini', 'hari', 'kemarin', 'besok', 'pukul', 'jam', 'WIB', 'malam', 'dini', 'tahun', 'bulan', 'Juni', 'Desember', 'Nov.', 'Agt', 'awal', 'akhir', 'tanggal', 'hingga', 'sampai', '–', '-', '/', '(', ')', ',', '.', '\n', 'setiap', 'selama', 'dua', 'tiga', 'puluh', 'belas', 'berusia', 'Nomor', 'Tahun', 'pada', 'sejak', 'akan', '2024', '2020', '9/11/2024', '9/11', '14.30', '09:00', '10', '12', '31', '1945', '2-1', 'Rp', '(41)'];

const sentence = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((ws) => ws.join(' '));

describe('dates: properties', () => {
  it('every expression is an exact, non-overlapping slice with a contract-shaped value', () => {
    fc.assert(
      fc.property(sentence, fc.option(fc.constantFrom('2024-11-20', '2024-12-31', '2024-02-29', '0001-01-01', '9999-12-31')), (text, documentDate) => {
        const r = pipeline.run(text, documentDate ? { documentDate } : {});
        let lastEnd = 0;
        for (const d of r.dates) {
          expect(text.slice(d.start, d.end)).toBe(d.text);
          expect(d.start).toBeGreaterThanOrEqual(lastEnd);
          expect(r.tokens.some((t) => t.start === d.start)).toBe(true);
          expect(r.tokens.some((t) => t.end === d.end)).toBe(true);
          for (const part of d.value.split('/')) expect(part).toMatch(VALUE);
          lastEnd = d.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
