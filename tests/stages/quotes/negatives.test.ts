import { describe, expect, it } from 'vitest';
import { runWith } from './helpers.js';

const RINALDI = { name: 'Rinaldi Saputra', type: 'person' as const, aliases: ['Rinaldi'] };

const indirect = (text: string) => runWith(text, [RINALDI]).quotes.filter((q) => q.kind === 'indirect').map((q) => q.text);

describe('not reported speech', () => {
  it('rejects speech verbs with a plain noun object', () => {
    for (const text of [
      'Asosiasi Fintech menyatakan dukungan terhadap langkah OJK.',
      'Beijing membantah tudingan tersebut.',
      'Pelatih itu telah mengumumkan 30 nama pemain yang dipanggil.',
      'Negosiator itu mengungkapkan kekecewaan atas lambannya pembahasan.',
      'Rusia belum mengonfirmasi kehadiran pasukan Korea Utara.',
      'Kominfo memanggil manajemen untuk meminta klarifikasi.',
      'Keduanya menyerukan untuk saling membantu jika terjadi serangan.',
      'Rinaldi mengatakan hal itu kepada wartawan di Jakarta.',
    ]) {
      expect(indirect(text), text).toEqual([]);
    }
  });

  it('never reads speech verbs inside a direct quote as indirect speech', () => {
    const r = runWith('“Kami mendesak Filipina menghentikan provokasi,” ujar Rinaldi.', [RINALDI]);
    expect(r.quotes.map((q) => q.kind)).toEqual(['direct']);
  });
});

describe('not direct quotes', () => {
  it('leaves titles, scare quotes and boilerplate alone', () => {
    for (const text of [
      '“Agak Laen” menjadi film terlaris tahun ini.',
      'Warga menyebut kawasan itu sebagai ‘kampung mati’ sejak banjir.',
      'Baca Juga: "Kami siap bertanding," kata Rinaldi',
      'Simak Video "Detik-detik Tanggul Jebol, Warga Panik Selamatkan Diri"',
    ]) {
      expect(runWith(text, [RINALDI]).quotes.filter((q) => q.kind === 'direct'), text).toEqual([]);
    }
  });
});
