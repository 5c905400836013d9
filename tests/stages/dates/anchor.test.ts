// The anchor: the document date given, else the dateline's date, else the first full date of the
// first sentence; without any, relative expressions keep what is unknown unknown.
import { describe, expect, it } from 'vitest';
import { datesPipeline } from './helpers.js';

const pipeline = datesPipeline();
const run = (text: string, documentDate?: string | Date) => pipeline.run(text, documentDate ? { documentDate } : {});
const pairs = (text: string, documentDate?: string) => run(text, documentDate).dates.map((d) => [d.text, d.value]);

describe('dates: anchor', () => {
  it('takes the date of the dateline as document date', () => {
    const r = run('JAKARTA, Senin (4/11/2024) - Harga emas naik kemarin.');
    expect(r.documentDate).toBe('2024-11-04');
    expect(r.dates.find((d) => d.text === 'kemarin')).toMatchObject({ value: '2024-11-03', relative: true });
  });

  it('takes the first full date of the first sentence when the dateline has none', () => {
    const r = run('Presiden tiba di Kazan pada Sabtu (9/11/2024) dan pulang Juni 2024.\nIa kembali kemarin.');
    expect(r.documentDate).toBe('2024-11-09');
    expect(r.dates.find((d) => d.text === 'kemarin')?.value).toBe('2024-11-08');
  });

  it('never takes a later sentence, a month or a relative date as document date', () => {
    expect(run('Harga naik pada Juni 2024.\nRapat digelar 9/11/2024.').documentDate).toBeNull();
    expect(run('Harga naik kemarin (9/11).').documentDate).toBeNull();
  });

  it('prefers the document date given, as a string or a Date', () => {
    expect(run('JAKARTA, Senin (4/11/2024) - Harga naik kemarin.', '2024-11-10').documentDate).toBe('2024-11-10');
    expect(run('Harga naik kemarin.', new Date(2024, 10, 10)).dates[0]?.value).toBe('2024-11-09');
  });

  it('without an anchor keeps relative expressions unresolved, offsets as signed durations', () => {
    const text = 'Ia pulang kemarin, berangkat besok, bertemu hari ini, pekan lalu, tahun depan, tiga hari lalu, akhir pekan ini dan bulan depan.';
    expect(pairs(text)).toEqual([
      ['kemarin', 'P-1D'],
      ['besok', 'P1D'],
      ['hari ini', 'P0D'],
      ['pekan lalu', 'P-1W'],
      ['tahun depan', 'P1Y'],
      ['tiga hari lalu', 'P-3D'],
      ['akhir pekan ini', 'XXXX-WXX-WE'],
      ['bulan depan', 'P1M'],
    ]);
    expect(run(text).dates.every((d) => d.relative)).toBe(true);
  });

  it('without an anchor keeps the stated parts and marks the missing ones with X', () => {
    expect(pairs('Harga naik.\nIa tiba (9/11), Juni lalu, pada Senin dan tanggal 9, pukul 14.30 WIB dan dini hari.')).toEqual([
      ['9/11', 'XXXX-11-09'],
      ['Juni lalu', 'XXXX-06'],
      ['Senin', 'XXXX-WXX-1'],
      ['tanggal 9', 'XXXX-XX-09'],
      ['pukul 14.30 WIB', 'XXXX-XX-XXT14:30'],
      ['dini hari', 'XXXX-XX-XX'],
    ]);
  });

  it('still resolves what is written in full without an anchor', () => {
    const r = run('Harga naik.\nRapat digelar 4 November 2024 pukul 10.00 WIB.');
    expect(r.dates.map((d) => [d.text, d.value, d.relative])).toEqual([
      ['4 November 2024', '2024-11-04', false],
      ['pukul 10.00 WIB', '2024-11-04T10:00', false],
    ]);
  });
});
