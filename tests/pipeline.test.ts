import { describe, expect, it } from 'vitest';
import { createPipeline, extractEvents, type Stage } from '../src/index.js';

const ARTICLE = 'Bisnis.com, JAKARTA - Presiden Rusia Vladimir Putin menandatangani undang-undang itu.\nBaca Juga\nDunia Gonjang-ganjing, Xi Pastikan Rusia-China Tetap Solid\nIa tiba di Kazan pada Sabtu (9/11/2024).';

describe('pipeline', () => {
  it('runs the shipped stages in order', () => {
    expect(createPipeline().stages.slice(0, 3)).toEqual(['tokenize', 'sentences', 'boilerplate']);
  });

  it('lets a user stage write under doc.extensions, after a named stage', () => {
    const counter: Stage = {
      name: 'wordCount',
      run(doc) {
        doc.extensions.wordCount = doc.tokens.filter((t) => t.kind === 'word').length;
      },
    };
    const pipeline = createPipeline().use(counter, { after: 'tokenize' });
    expect(pipeline.stages[1]).toBe('wordCount');
    const result = pipeline.run(ARTICLE);
    expect(result.extensions.wordCount).toBeGreaterThan(10);
  });

  it('never changes another pipeline or the default', () => {
    const a = createPipeline().remove('boilerplate');
    const b = createPipeline();
    expect(a.stages).not.toContain('boilerplate');
    expect(b.stages).toContain('boilerplate');
    expect(extractEvents(ARTICLE).sentences.some((s) => s.boilerplate)).toBe(true);
    expect(a.run(ARTICLE).sentences.some((s) => s.boilerplate)).toBe(false);
  });

  it('throws with the known names for an unknown stage', () => {
    expect(() => createPipeline().remove('nope')).toThrow(/tokenize, sentences, boilerplate/);
    expect(() => createPipeline().use({ name: 'x', run() {} }, { before: 'nope' })).toThrow(/no stage named "nope"/);
  });

  it('replaces a stage by name and times stages on request', () => {
    const pipeline = createPipeline().replace('boilerplate', { name: 'boilerplate', run() {} });
    const result = pipeline.run(ARTICLE, { profile: true });
    expect(result.sentences.every((s) => !s.boilerplate)).toBe(true);
    expect(result.profile?.map((p) => p.stage)).toEqual(pipeline.stages);
  });

  it('rejects text that is not a string with a TypeError saying what was expected', () => {
    expect(() => extractEvents(42 as unknown as string)).toThrow(TypeError);
    expect(() => extractEvents(undefined as unknown as string)).toThrow(/text must be a string; got undefined/);
  });

  it('rejects a malformed documentDate with a RangeError', () => {
    expect(() => extractEvents('x', { documentDate: '2024-13-45' })).toThrow(RangeError);
    expect(() => extractEvents('x', { documentDate: 'kemarin' })).toThrow(/YYYY-MM-DD/);
    expect(extractEvents('x', { documentDate: '2024-11-10' }).documentDate).toBe('2024-11-10');
  });

  it('returns an empty result for empty text', () => {
    const r = extractEvents('  \n ');
    expect(r.tokens).toEqual([]);
    expect(r.sentences).toEqual([]);
  });
});
