import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import abbreviationsDictionary from '../../../dictionaries/abbreviations.json';
import nerModel from '../../../dictionaries/ner-model.json';
import { compileLexicon } from '../../../src/lexicon/lexicon.js';
import { loadDictionary } from '../../../src/lexicon/load.js';
import { tokenize } from '../../../src/stages/tokenize.js';
import { FEATURES_PER_TOKEN, HASH_SLOTS, markNames, tokenFeatures, type NameMark } from '../../../src/stages/actors/features.js';
import { createNerTagger, type NerModel, type NerSpan } from '../../../src/stages/actors/tagger.js';
import type { Token } from '../../../src/types.js';

const abbreviations = compileLexicon([loadDictionary(abbreviationsDictionary)]).words('abbreviations');
const model: NerModel = nerModel;
const tagger = createNerTagger(model);

/** The entities of one sentence as [type, text] pairs, text sliced from the input by token offsets. */
function entities(text: string): [string, string][] {
  const tokens = tokenize(text, abbreviations);
  return tagger.tag(tokens).map((s) => [s.type, text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end)]);
}

describe('ner tagger', () => {
  it('ships a model under 125 kB gzipped (most of the browser bundle) for the features it computes', () => {
    expect(gzipSync(readFileSync(new URL('../../../dictionaries/ner-model.json', import.meta.url))).length).toBeLessThan(125_000);
    expect(model.tags[0]).toBe('O');
  });

  it('finds people, places and organizations in a news sentence', () => {
    const found = entities('Gubernur Ridwan Hartono meninjau banjir di Kabupaten Bandung bersama Badan Nasional Penanggulangan Bencana, Senin.');
    expect(found).toContainEqual(['person', 'Ridwan Hartono']);
    expect(found).toContainEqual(['location', 'Kabupaten Bandung']);
    expect(found).toContainEqual(['organization', 'Badan Nasional Penanggulangan Bencana']);
    expect(found.map(([, t]) => t)).not.toContain('Senin');
  });

  it('reads a name after a speech verb and an acronym in parentheses', () => {
    const found = entities('"Kami akan terus mengawasi," kata Siti Rahmawati, juru bicara Komisi Pemilihan Umum (KPU).');
    expect(found).toContainEqual(['person', 'Siti Rahmawati']);
    expect(found).toContainEqual(['organization', 'KPU']);
  });

  it('leaves sentences without names empty', () => {
    expect(entities('Harga beras naik lagi pekan ini, sementara pasokan dari petani menurun.')).toEqual([]);
    expect(tagger.tag([])).toEqual([]);
  });

  it('tags only inside the range it is given, with indices into the whole array', () => {
    const text = 'Warga mengungsi. Wali Kota Surabaya Eri Cahyono datang ke lokasi.';
    const tokens = tokenize(text, abbreviations);
    const second = tokens.findIndex((t) => t.text === 'Wali');
    const spans = tagger.tag(tokens, second, tokens.length);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(s.tokenStart).toBeGreaterThanOrEqual(second);
    expect(spans.map((s) => text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end))).toContain('Eri Cahyono');
  });

  it('gives the same answer for a sentence alone, inside a document, and after a longer one', () => {
    const sentence = 'Menteri Keuangan Sri Wahyuni berbicara di Jakarta.';
    const alone = tokenize(sentence, abbreviations);
    const long = tokenize(`${'Kata demi kata terus ditulis. '.repeat(40)}${sentence}`, abbreviations);
    const offset = long.length - alone.length;
    const strip = (spans: NerSpan[], by: number) => spans.map((s) => ({ ...s, tokenStart: s.tokenStart - by, tokenEnd: s.tokenEnd - by }));
    const first = tagger.tag(alone);
    tagger.tag(long);
    expect(strip(tagger.tag(long, offset, long.length), offset)).toEqual(first);
    expect(tagger.tag(alone)).toEqual(first);
  });

  it('scores spans between 0 and 1, surer of clear names than of doubtful ones', () => {
    const tokens = tokenize('Presiden Prabowo Subianto tiba di Jakarta.', abbreviations);
    const spans = tagger.tag(tokens);
    for (const s of spans) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThan(1);
    }
    expect(spans.find((s) => s.type === 'person')?.score).toBeGreaterThan(0.7);
  });

  it('decodes around what the caller already knows', () => {
    const text = 'Presiden Rusia Vladimir Putin bertemu Perdana Menteri India Narendra Modi.';
    const tokens = tokenize(text, abbreviations);
    const at = (word: string) => tokens.findIndex((t) => t.text === word);
    const spans = tagger.tag(tokens, 0, tokens.length, {
      known: [
        { tokenStart: at('Rusia'), tokenEnd: at('Rusia') + 1, type: 'location' },
        { tokenStart: at('India'), tokenEnd: at('India') + 1, type: 'location' },
        { tokenStart: at('Perdana'), tokenEnd: at('Menteri') + 1, type: 'outside' },
      ],
    });
    const found = spans.map((s) => [s.type, text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end)]);
    expect(found).toContainEqual(['location', 'Rusia']);
    expect(found).toContainEqual(['person', 'Vladimir Putin']);
    expect(found).toContainEqual(['location', 'India']);
    expect(found).toContainEqual(['person', 'Narendra Modi']);
  });

  it('keeps a known name to its own tokens, even one cut by the range', () => {
    const text = 'Juru bicara Kementerian Luar Negeri Andi Wijaya hadir.';
    const tokens = tokenize(text, abbreviations);
    const ministry = { tokenStart: 2, tokenEnd: 5, type: 'organization' as const };
    const whole = tagger.tag(tokens, 0, tokens.length, { known: [ministry] });
    expect(whole.find((s) => s.tokenStart === 2)).toMatchObject({ tokenEnd: 5, type: 'organization' });
    const cut = tagger.tag(tokens, 3, tokens.length, { known: [ministry] });
    expect(cut[0]).toMatchObject({ tokenStart: 3, tokenEnd: 5, type: 'organization' });
    expect(tagger.tag(tokens, 0, tokens.length, { known: [{ tokenStart: 0, tokenEnd: tokens.length, type: 'outside' }] })).toEqual([]);
  });

  it('tags a long run without stops in stretches, never cutting a name', () => {
    const text = 'warga bertemu Budi Santoso di Desa Sukamaju lalu '.repeat(400);
    const tokens = tokenize(text, abbreviations);
    const found = tagger.tag(tokens).map((s) => text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end));
    expect(found.filter((t) => t === 'Budi Santoso')).toHaveLength(400);
    expect(found.filter((t) => t === 'Desa Sukamaju')).toHaveLength(400);
  });

  it('weighs the dictionary names it is given against the words around them', () => {
    const text = 'Gubernur Bank Indonesia Sutrisno Hadi hadir di Jakarta.';
    const tokens = tokenize(text, abbreviations);
    const at = (word: string) => tokens.findIndex((t) => t.text === word);
    const names: NameMark[] = [
      { tokenStart: at('Bank'), tokenEnd: at('Indonesia') + 1, type: 'organization', exactCase: true },
      { tokenStart: at('Jakarta'), tokenEnd: at('Jakarta') + 1, type: 'location', exactCase: true },
    ];
    const found = tagger.tag(tokens, 0, tokens.length, { names }).map((s) => [s.type, text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end)]);
    expect(found).toContainEqual(['organization', 'Bank Indonesia']);
    expect(found).toContainEqual(['person', 'Sutrisno Hadi']);
    expect(found).toContainEqual(['location', 'Jakarta']);
  });

  it('refuses a model built for other features or with damaged weights', () => {
    expect(() => createNerTagger({ ...model, featureSet: 'other' })).toThrow(/features/);
    expect(() => createNerTagger({ ...model, positions: '!!!!' })).toThrow(/no symbol/);
    expect(() => createNerTagger({ ...model, weights: '!' + model.weights.slice(1) })).toThrow(/corrupt/);
    expect(() => createNerTagger({ ...model, weights: model.weights.slice(1) })).toThrow(/corrupt/);
    expect(() => createNerTagger({ ...model, weights: model.weights + model.weights[0] })).toThrow(/positions/);
    expect(() => createNerTagger({ ...model, levels: [0, 128] })).toThrow(/levels/);
    expect(() => createNerTagger({ ...model, transitions: [1, 2] })).toThrow(/transitions/);
    // Decoding is written out for the seven BIO tags the trainer uses.
    expect(() => createNerTagger({ ...model, tags: ['O', 'B-PER', 'I-PER'] })).toThrow(/tags/);
    expect(() => createNerTagger({ ...model, tags: [...model.tags].reverse() })).toThrow(/tags/);
  });

  it('returns ordered, disjoint, non-empty spans inside the range for any tokens', () => {
    const word = fc.constantFrom('Jakarta', 'di', 'PT', 'Tbk', 'kata', 'Budi', '.', ',', '(', ')', 'KPK', '"', 'Bisnis.com', 'Kim', 'Jong-un', '2024', 'Desa');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.nat(), (texts, cut) => {
        const tokens: Token[] = texts.map((text, i) => ({ text, start: i, end: i + 1, kind: 'word' }));
        const start = texts.length ? cut % texts.length : 0;
        let previous = start;
        for (const s of tagger.tag(tokens, start, tokens.length)) {
          expect(s.tokenStart).toBeGreaterThanOrEqual(previous);
          expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
          expect(s.tokenEnd).toBeLessThanOrEqual(tokens.length);
          previous = s.tokenEnd;
        }
      }),
    );
  });
});

describe('ner features', () => {
  it('puts every feature in the table and does not depend on the scratch space', () => {
    const tokens = tokenize('Kapolres Sleman AKBP Yuswanto Ardi, S.H., menyebut “pelaku” kabur ke Yogyakarta.', abbreviations);
    const a = new Int32Array(tokens.length * FEATURES_PER_TOKEN);
    const b = new Int32Array(tokens.length * FEATURES_PER_TOKEN);
    tokenFeatures(tokens, 0, tokens.length, 12, a);
    tokenFeatures(tokens, 0, tokens.length, 12, b, { hashes: new Int32Array(tokens.length * HASH_SLOTS).fill(-7) });
    expect(Array.from(a)).toEqual(Array.from(b));
    for (const bucket of a) expect(bucket >= 0 && bucket < 4096).toBe(true);
  });

  it('marks dictionary names by type and position, clipped to the range', () => {
    const marks = new Uint8Array(6).fill(9);
    markNames(
      [
        { tokenStart: 1, tokenEnd: 4, type: 'organization' },
        { tokenStart: 6, tokenEnd: 8, type: 'person' },
        { tokenStart: 8, tokenEnd: 9, type: 'location', exactCase: false },
        { tokenStart: 9, tokenEnd: 10, type: 'group' },
      ],
      2,
      6,
      marks,
    );
    expect(Array.from(marks)).toEqual([5, 5, 0, 0, 2, 3]);
  });

  it('opens a sentence at the range start unless told otherwise, and after a stop', () => {
    const tokens = tokenize('Warga melihat Budi di pasar. Ia lari.', abbreviations);
    const features = (opensSentence: boolean) => {
      const out = new Int32Array((tokens.length - 2) * FEATURES_PER_TOKEN);
      tokenFeatures(tokens, 2, tokens.length, 16, out, { opensSentence });
      return Array.from(out);
    };
    const opening = features(true);
    const inside = features(false);
    const differing = opening.flatMap((bucket, i) => (bucket === inside[i] ? [] : [i]));
    // Only the first token's sentence-start features change; "Ia" after the stop opens one either way.
    expect(differing.length).toBeGreaterThan(0);
    for (const i of differing) expect(i).toBeLessThan(FEATURES_PER_TOKEN);
  });

  it('treats typographic and plain quotes, and any digits, alike', () => {
    const features = (text: string) => {
      const tokens = tokenize(text, abbreviations);
      const out = new Int32Array(tokens.length * FEATURES_PER_TOKEN);
      tokenFeatures(tokens, 0, tokens.length, 16, out);
      return Array.from(out);
    };
    expect(features('“Aman,” kata Budi pada 2019.')).toEqual(features('"Aman," kata Budi pada 2024.'));
  });
});
