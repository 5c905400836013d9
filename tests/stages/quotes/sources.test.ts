import { describe, expect, it } from 'vitest';
import { createPipeline, loadDictionary, type ExtractionResult } from '../../../src/index.js';
import { runWith, speakerName } from './helpers.js';

const ACTORS = [
  { name: 'Ramon Dela Cruz', type: 'person' as const, aliases: ['Dela Cruz'] },
  { name: 'Reuters', type: 'organization' as const },
  { name: 'AFP', type: 'organization' as const },
  { name: 'Sione Tafua', type: 'person' as const },
];

describe('sources', () => {
  it('puts the cited medium in source, never in speaker', () => {
    const r = runWith('“Ini tindakan yang sangat berbahaya,” kata Dela Cruz, dikutip dari Reuters.', ACTORS);
    const [q] = r.quotes;
    expect(speakerName(r, q!)).toBe('Ramon Dela Cruz');
    expect(r.actors.find((a) => a.id === q!.source)?.name).toBe('Reuters');
  });

  it('skips a source that opens the sentence when looking for the speaker', () => {
    const r = runWith('Negosiator asal Tuvalu, Sione Tafua, hadir. Dikutip dari AFP, ia menyebut negara-negara pulau kecil tidak punya waktu.', ACTORS);
    const q = r.quotes.find((x) => x.cue?.text === 'menyebut')!;
    expect(speakerName(r, q)).toBe('Sione Tafua');
    expect(r.actors.find((a) => a.id === q.source)?.name).toBe('AFP');
  });
});

describe('the quotes layer and dictionaries', () => {
  it('leaves the cue lemma and kind for later stages', () => {
    const r = createPipeline()
      .use({ name: 'peek', run: (doc) => void (doc.extensions.quotes = doc.layers.quotes) }, { after: 'quotes' })
      .run('Budi mengatakan bahwa harga akan naik.');
    expect(r.extensions.quotes).toEqual({ quotes: [{ lemma: 'kata', kind: 'say', sentence: 0 }] });
  });

  it('reads speech verbs a user adds, for that call only', () => {
    const extra = loadDictionary({ name: 'my-verbs', words: { 'speech-verbs': [{ form: 'cetus', lemma: 'cetus', kind: 'say' }] } });
    const text = '“Kami tidak akan mundur,” cetus Budi.';
    expect(runWith(text).quotes[0]!.cue).toBeNull();
    expect(createPipeline().run(text, { dictionaries: [extra] }).quotes[0]!.cue?.text).toBe('cetus');
    expect(createPipeline().run(text).quotes[0]!.cue).toBeNull();
  });

  it('reads the words that rule out or open reported speech from the dictionaries', () => {
    const text = 'Menteri Keuangan Sri Mulyani hendak mengatakan bahwa harga beras akan naik bulan depan.';
    expect(createPipeline().run(text).quotes.map((q) => q.text)).toEqual(['harga beras akan naik bulan depan']);
    const intent = loadDictionary({ name: 'intent', words: { 'not-spoken-after': [{ form: 'hendak' }] } });
    expect(createPipeline().run(text, { dictionaries: [intent] }).quotes).toEqual([]);
    const pair = 'Retno Marsudi beserta Prabowo Subianto mengatakan bahwa kerja sama kedua negara akan diperkuat.';
    const speakerOf = (r: ExtractionResult) => r.actors.find((a) => a.id === r.quotes[0]!.speaker)?.name;
    expect(speakerOf(createPipeline().run(pair))).toBe('Prabowo Subianto');
    const together = loadDictionary({ name: 'together', words: { 'speaker-coordinators': [{ form: 'beserta' }] } });
    expect(speakerOf(createPipeline().run(pair, { dictionaries: [together] }))).toBe('Retno Marsudi');
    const linker = 'Budi mengatakan bahwasanya harga beras akan naik.';
    expect(createPipeline().run(linker).quotes.map((q) => q.text)).toEqual(['harga beras akan naik']);
  });
});
