import { describe, expect, it } from 'vitest';
import { WordMap } from '../../src/lexicon/wordMap.js';

describe('WordMap', () => {
  it('finds what was set, by content, through growth, and nothing else', () => {
    const words = Array.from({ length: 1000 }, (_, k) => `kata${k}`);
    const map = new WordMap<number>();
    words.forEach((w, k) => map.set(w, k));
    map.set('kata7', -7);
    expect(map.size).toBe(1000);
    // Strings built anew, as a token's text is: found by their code units.
    words.forEach((_, k) => expect(map.get(['kata', String(k)].join(''))).toBe(k === 7 ? -7 : k));
    expect(map.get('kata1000')).toBeUndefined();
    expect(map.get('')).toBeUndefined();
    expect(new WordMap([['ia', 1], ['dia', 2]]).get('dia')).toBe(2);
  });
});
