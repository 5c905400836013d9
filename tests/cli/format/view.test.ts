import { describe, expect, it } from 'vitest';
import { eventLine, oneLine } from '../../../src/cli/format/view.js';

describe('oneLine', () => {
  it('folds whitespace and keeps terminal controls out of the output', () => {
    expect(oneLine('  Ketua\n\tDPR \x1b[31mmerah\x1b[0m\u202e ')).toBe('Ketua DPR \uFFFD[31mmerah\uFFFD[0m\uFFFD');
  });

  it('cuts long text at a word boundary', () => {
    expect(oneLine('satu dua tiga empat lima', 14)).toBe('satu dua tiga…');
    expect(oneLine('pendek', 14)).toBe('pendek');
  });
});

describe('eventLine', () => {
  it('marks what the text does not say with ·, and negation with "not"', () => {
    expect(eventLine({ who: 'Rusia', what: 'not mengonfirmasi', whom: null, when: '2024-11-07', where: null })).toBe(
      'Rusia – not mengonfirmasi – · – 2024-11-07 – ·',
    );
  });
});
