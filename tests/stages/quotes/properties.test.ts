import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPipeline } from '../../../src/index.js';
import { createTokenizeStage } from '../../../src/stages/tokenize.js';
import { createSentencesStage } from '../../../src/stages/sentences.js';
import { createBoilerplateStage } from '../../../src/stages/boilerplate.js';
import { createQuotesStage } from '../../../src/stages/quotes.js';
import { givenActors } from './helpers.js';

const FRAGMENTS = [
  '“', '”', '"', '‘', '’', "'", '«', '»', ',', '.', ':', ';', ' ', ' ', ' ', '\n', '\n\n', '(', ')',
  'kata', 'ujarnya', 'mengatakan', 'bahwa', 'Menurut', 'menurut', 'dikutip dari', 'Reuters', 'Budi', 'dia', 'Ia',
  'menyatakan', 'dukungan', 'akan', 'naik', 'harga', 'Dikatakan', 'Baca Juga:', 'Hal itu', 'disampaikan', 'yang',
];

const pipeline = createPipeline({
  stages: [
    createTokenizeStage(),
    createSentencesStage(),
    createBoilerplateStage(),
    givenActors([
      { name: 'Budi', type: 'person' },
      { name: 'Reuters', type: 'organization' },
    ]),
    createQuotesStage(),
  ],
});

describe('quotes on any text', () => {
  it('gives exact, ordered, non-overlapping quotes and never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const r = pipeline.run(text);
        const slice = (s: { start: number; end: number; text: string } | null) => s === null || text.slice(s.start, s.end) === s.text;
        let previousEnd = 0;
        for (const q of r.quotes) {
          expect(q.start).toBeLessThan(q.end);
          expect(q.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = q.end;
          expect(slice(q) && slice(q.cue) && slice(q.speakerMention)).toBe(true);
          if (q.speaker !== null) expect(r.actors.some((a) => a.id === q.speaker)).toBe(true);
          if (q.source !== null) expect(q.source).not.toBe(q.speaker);
        }
      }),
      { numRuns: 300 },
    );
  });
});
