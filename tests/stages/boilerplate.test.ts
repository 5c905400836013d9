import { describe, expect, it } from 'vitest';
import { createPipeline, type Stage } from '../../src/index.js';
import type { BoilerplateLayer } from '../../src/stages/boilerplate.js';

/** Runs the pipeline and captures the boilerplate layer the later stages read. */
function run(text: string) {
  let layer: BoilerplateLayer | undefined;
  const capture: Stage = { name: 'capture', run: (doc) => void (layer = doc.layers.boilerplate as BoilerplateLayer) };
  const result = createPipeline().use(capture, { after: 'boilerplate' }).run(text);
  return { result, dateline: layer!.dateline, flagged: result.sentences.filter((s) => s.boilerplate).map((s) => s.text) };
}

describe('boilerplate', () => {
  it('flags "Baca Juga" alone and the headline on the next line', () => {
    const { flagged } = run('Putin tiba.\nBaca Juga\nDunia Gonjang-ganjing, Xi Pastikan Rusia-China Tetap Solid\nIa pulang.');
    expect(flagged).toEqual(['Baca Juga', 'Dunia Gonjang-ganjing, Xi Pastikan Rusia-China Tetap Solid']);
  });

  it.each([
    'Baca juga: Harga Emas Hari Ini Naik',
    'Simak Video "Detik-detik Tanggul Jebol"',
    'ADVERTISEMENT',
    'SCROLL TO CONTINUE WITH CONTENT',
    'Penulis: Budi Santoso',
    'Editor: Sri Handayani',
    'Pewarta: Bayu Pratama',
    '(rdp/nwy)',
    '[Gambas:Video CNN]',
    'Copyright © ANTARA 2024',
  ])('flags %s', (line) => {
    const { flagged } = run(`Budi datang.\n${line}\nIa pulang.`);
    expect(flagged.join('\n')).toBe(line);
  });

  it('does not flag body text that mentions a marker word', () => {
    expect(run('Ia meminta warga membaca juga aturan itu.\nEditor senior itu pensiun.').flagged).toEqual([]);
  });

  it.each([
    ['Bisnis.com, JAKARTA - Presiden datang.', 'Bisnis.com', 'JAKARTA'],
    ['JAKARTA, KOMPAS.com - Bank Indonesia menahan suku bunga.', 'KOMPAS.com', 'JAKARTA'],
    ['Liputan6.com, Medan: Kasus DBD melonjak.', 'Liputan6.com', 'Medan'],
    ['Medan (ANTARA) - Kebakaran melanda.', 'ANTARA', 'Medan'],
    ['Jakarta, CNN Indonesia -- Gempa mengguncang.', 'CNN Indonesia', 'Jakarta'],
    ['KONTAN.CO.ID - JAKARTA. Emiten sawit naik.', 'KONTAN.CO.ID', 'JAKARTA'],
    ['Denpasar - Pemerintah Provinsi Bali mengumpulkan pungutan.', null, 'Denpasar'],
  ])('finds the dateline of %s', (text, outlet, place) => {
    const { dateline, flagged } = run(text);
    expect(dateline?.outlet?.text ?? null).toBe(outlet);
    expect(dateline?.place?.text).toBe(place);
    expect(flagged).toEqual([]);
  });

  it('finds no dateline in a plain first sentence', () => {
    expect(run('Presiden Joko Widodo meresmikan jalan tol itu.').dateline).toBeNull();
  });
});
