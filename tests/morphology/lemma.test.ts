import { describe, expect, it } from 'vitest';
import { analyzeWord, createLemmatizer, lemmatize } from '../../src/morphology/lemma.js';

function expectLemmas(pairs: Record<string, string>): void {
  for (const [word, lemma] of Object.entries(pairs)) expect([word, lemmatize(word)]).toEqual([word, lemma]);
}

describe('lemmatize', () => {
  it('strips meN- with nasal assimilation: meny- → s, meng- → k or vowel, mem- → p, men- → t', () => {
    expectLemmas({
      menyerang: 'serang',
      mengirim: 'kirim',
      mengambil: 'ambil',
      memukul: 'pukul',
      menanam: 'tanam',
      membuka: 'buka',
      mendukung: 'dukung',
      melemah: 'lemah',
      mengguncang: 'guncang',
      mengebom: 'bom',
    });
  });

  it('keeps the m-, n- and ny-roots the root list knows', () => {
    expectLemmas({ memakan: 'makan', meminta: 'minta', menilai: 'nilai', memasukkan: 'masuk', menikah: 'nikah' });
  });

  it('strips di-, ber-, ter-, memper- and the suffixes -kan, -i, -an', () => {
    expectLemmas({
      ditangkap: 'tangkap',
      dilakukan: 'laku',
      diberlakukan: 'laku',
      memberlakukan: 'laku',
      mempertahankan: 'tahan',
      diperkirakan: 'kira',
      berencana: 'rencana',
      bertabrakan: 'tabrak',
      terdeteksi: 'deteksi',
      terasa: 'rasa',
      mengenai: 'kena',
      memiliki: 'milik',
      mengatakan: 'kata',
    });
  });

  it('gives a compound root as two words: "menandatangani" → "tanda tangan"', () => {
    expectLemmas({ menandatangani: 'tanda tangan', ditandatangani: 'tanda tangan', menindaklanjuti: 'tindak lanjut' });
  });

  it('keeps roots that end like a suffix or begin like a prefix', () => {
    expectLemmas({ mencapai: 'capai', memulai: 'mulai', menteri: 'menteri', dinas: 'dinas', berita: 'berita', masalah: 'masalah' });
  });

  it('reads nouns in peN-…-an, ke-…-an and ber- over them', () => {
    expectLemmas({ peluncuran: 'luncur', pembangunan: 'bangun', kehadiran: 'hadir', keberhasilan: 'hasil', berkelanjutan: 'lanjut' });
  });

  it('drops enclitics and particles, and lemmatizes reduplication once', () => {
    expectLemmas({ mencabutnya: 'cabut', ujarnya: 'ujar', 'negara-negara': 'negara', 'tembak-menembak': 'tembak' });
  });

  it('falls back to the rules for roots it does not know, and says so', () => {
    expect(analyzeWord('mengoptimalkan')).toEqual({ lemma: 'optimal', prefix: 'me', suffix: 'kan', known: true });
    const unknown = analyzeWord('menyosialisasikan');
    expect(unknown).toMatchObject({ lemma: 'sosialisasi', prefix: 'me', suffix: 'kan', known: false });
    expect(analyzeWord('mentransfer')).toMatchObject({ lemma: 'transfer', known: false });
  });

  it('is case-insensitive and leaves numbers and names with hyphens alone', () => {
    expect(lemmatize('Menandatangani')).toBe('tanda tangan');
    expect(lemmatize('11.000')).toBe('11.000');
    expect(lemmatize('Rusia-China')).toBe('rusia-china');
  });

  it('builds an independent lemmatizer from another root list', () => {
    const own = createLemmatizer([{ form: 'nanam' }], []);
    expect(own.lemmatize('menanam')).toBe('nanam');
    expect(lemmatize('menanam')).toBe('tanam');
  });
});
