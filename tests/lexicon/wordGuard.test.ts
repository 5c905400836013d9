import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordGuard } from '../../src/lexicon/wordGuard.js';

describe('wordGuard', () => {
  it('lets every word of its list through, whatever the list', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }), (words) => {
        const guard = wordGuard(words);
        for (const w of words) expect(guard(w)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('turns away words by their first two letters and their length', () => {
    const guard = wordGuard(['kata', 'ujar', 'menurut']);
    expect(guard('kaki')).toBe(true);
    expect(guard('kapal')).toBe(false);
    expect(guard('buku')).toBe(false);
    expect(guard('menurutnya')).toBe(false);
  });
});
