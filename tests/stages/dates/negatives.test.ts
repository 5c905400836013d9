// What the dates stage must not report: ages, scores, money, counts, law numbers, names with years,
// quarters, the week in "minggu lalu" as a Sunday, dates in boilerplate lines.
import { describe, expect, it } from 'vitest';
import { datesOf } from './helpers.js';

const D = '2024-11-20';

describe('dates: negatives', () => {
  it.each([
    'Pemain berusia 19 tahun itu mencetak gol.',
    'Korban berusia sekitar 40 tahun ditemukan.',
    'Gedung itu berumur seratus tahun.',
    'Lukas Brenner (34) mengaku kaget.',
    'Aturan itu tertuang dalam UU Nomor 27 Tahun 2022 tentang data pribadi.',
    'Persebaya menundukkan PSM 2-1 dalam laga pekan ke-9 Liga 1 2024/2025.',
    'Pertumbuhan ekonomi kuartal III-2024 mencapai 4,95 persen.',
    'Warga merayakan Natal dan Tahun Baru bersama.',
    'Harga naik menjadi Rp 15.900 per dolar, setara 0,3 persen.',
    'Gereja itu direnovasi setelah Perang Tiga Puluh Tahun.',
  ])('reports nothing in %s', (input) => {
    expect(datesOf(input, D).map((d) => [d.text, d.kind])).toEqual([]);
  });

  it('reads "selama 2 minggu" as a duration, never as Sunday', () => {
    expect(datesOf('Warga mengungsi selama 2 minggu.', D).map((d) => [d.text, d.kind, d.value])).toEqual([['2 minggu', 'duration', 'P2W']]);
  });

  it('reads "minggu lalu" as a week and "Minggu (27/10/2024)" as a Sunday', () => {
    const dates = datesOf('Harga naik minggu lalu, lalu turun pada Minggu (27/10/2024).', D);
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['minggu lalu', '2024-W46'],
      ['Minggu (27/10/2024)', '2024-10-27'],
    ]);
  });

  it('skips boilerplate lines: a related headline\'s "Hari Ini" is not the article\'s day', () => {
    const text = 'Harga emas naik kemarin.\nBaca juga: Harga Emas Antam Hari Ini Naik Rp 12.000\nCopyright © ANTARA 2024';
    expect(datesOf(text, D).map((d) => d.text)).toEqual(['kemarin']);
  });

  it('keeps a year only after a cue: "hingga 2026" yes, "Piala Dunia 2026" and "UUD 1945" no', () => {
    expect(datesOf('Target berlaku hingga 2026, bukan Piala Dunia 2026 atau UUD 1945.', D).map((d) => d.text)).toEqual(['2026']);
  });

  it('keeps a bare day/month only in brackets or after a cue', () => {
    const text = 'Peristiwa 9/11 diperingati, sidang digelar (9/11) dan tanggal 10/11.';
    const dates = datesOf(text, D);
    expect(dates.map((d) => d.text)).toEqual(['9/11', '10/11']);
    expect(dates[0]!.start).toBe(text.indexOf('(9/11)') + 1);
  });

  it('rejects impossible dates', () => {
    expect(datesOf('Tanggal 31/2/2024 dan 32/1/2024 tidak ada, juga (30/2).', D)).toEqual([]);
  });

  it('does not read a clock time from "2 jam 30 menit" or a bare decimal', () => {
    expect(datesOf('Antrean mencapai 2 jam 30 menit, naik 14.30 persen.', D).filter((d) => d.kind === 'time')).toEqual([]);
  });
});
