import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractEvents } from '../../src/index.js';
import type { Token } from '../../src/types.js';

const tokens = (text: string): Token[] => extractEvents(text).tokens;
const texts = (text: string): string[] => tokens(text).map((t) => t.text);
const kindOf = (text: string, surface: string) => tokens(text).find((t) => t.text === surface)?.kind;

/** Every non-gap character is in exactly one token, in order. */
function assertLossless(text: string, toks: Token[]): void {
  let cursor = 0;
  for (const t of toks) {
    expect(t.start).toBeGreaterThanOrEqual(cursor);
    expect(text.slice(cursor, t.start)).toMatch(/^[\s\p{Cc}\u200B\u2060\u180E\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]*$/u);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(t.end).toBeGreaterThan(t.start);
    cursor = t.end;
  }
  expect(text.slice(cursor)).toMatch(/^[\s\p{Cc}\u200B\u2060\u180E\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]*$/u);
}

describe('tokenize', () => {
  it.each([
    ['negara-negara Barat', ['negara-negara', 'Barat']],
    ['sebaik-baiknya anak-anak', ['sebaik-baiknya', 'anak-anak']],
    ['Undang-Undang Dasar', ['Undang-Undang', 'Dasar']],
    ['hubungan Rusia-China', ['hubungan', 'Rusia', '-', 'China']],
    ['APBN-P non-migas ke-5 1990-an', ['APBN-P', 'non-migas', 'ke-5', '1990-an']],
    ['Kim Jong-un tiba', ['Kim', 'Jong-un', 'tiba']],
    ['PPh-nya naik', ['PPh', '-', 'nya', 'naik']],
    ['periode 2020-2024', ['periode', '2020', '-', '2024']],
  ])('keeps reduplication and splits name pairs: %s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    ['11.000 tentara', '11.000', 'number'],
    ['naik 2,5 persen', '2,5', 'number'],
    ['Rp1.250.000 per bulan', '1.250.000', 'number'],
    ['tumbuh 5,2%', '5,2', 'number'],
    ['Sabtu (9/11/2024)', '9/11/2024', 'date'],
    ['pada 09-11-2024', '09-11-2024', 'date'],
    ['pada 09.11.2024', '09.11.2024', 'date'],
    ['pada 2024-11-09', '2024-11-09', 'date'],
    ['Kamis (7/11)', '7/11', 'date'],
    ['pukul 14.30 WIB', '14.30', 'time'],
    ['pukul 09:00 WITA', '09:00', 'time'],
    ['lihat https://www.kompas.com/berita?id=1.', 'https://www.kompas.com/berita?id=1', 'url'],
    ['Bisnis.com, JAKARTA -', 'Bisnis.com', 'url'],
    ['kirim ke redaksi@tempo.co.id segera', 'redaksi@tempo.co.id', 'email'],
    ['tagar #PemiluDamai ramai', '#PemiluDamai', 'hashtag'],
    ['akun @kemenkeuRI menulis', '@kemenkeuRI', 'mention'],
    ['senang 👍🏽 sekali', '👍🏽', 'emoji'],
    ['keluarga 👨‍👩‍👧 bahagia', '👨‍👩‍👧', 'emoji'],
  ])('reads %s', (text, surface, kind) => {
    expect(kindOf(text, surface)).toBe(kind);
  });

  it('separates a currency from its amount, as UD does', () => {
    expect(texts('Rp2,5 triliun')).toEqual(['Rp', '2,5', 'triliun']);
    expect(kindOf('Rp2,5 triliun', 'Rp')).toBe('symbol');
  });

  it.each(['dll.', 'dsb.', 'Jl.', 'No.', 'Prof.', 'Dr.', 'H.', 'Hj.', 'Ir.', 'S.H.', 'M.Si.', 'Tbk.', 'a.n.', 's.d.'])('keeps the period of %s', (abbr) => {
    expect(texts(`kata ${abbr} lagi`)).toContain(abbr);
  });

  it('keeps the initials of a name', () => {
    expect(texts('Dr. H. M. Nasir')).toEqual(['Dr.', 'H.', 'M.', 'Nasir']);
  });

  it('separates quotes, apostrophes and brackets, and keeps inner apostrophes', () => {
    expect(texts('“Saya yakin,” tutur Xi.')).toEqual(['“', 'Saya', 'yakin', ',', '”', 'tutur', 'Xi', '.']);
    expect(texts("‘kekacauan’ pada hari Jum'at")).toEqual(['‘', 'kekacauan', '’', 'pada', 'hari', "Jum'at"]);
    expect(texts('"Ya" (41)')).toEqual(['"', 'Ya', '"', '(', '41', ')']);
  });

  it('keeps enclitics inside the surface token', () => {
    expect(texts('ujarnya, katanya')).toEqual(['ujarnya', ',', 'katanya']);
  });

  it('treats three dots as three full stops and … as one mark', () => {
    expect(texts('tunggu... ya…')).toEqual(['tunggu', '.', '.', '.', 'ya', '…']);
  });

  it('stays exact with CRLF, BOM, zero-width characters, NBSP, soft hyphens and lone surrogates', () => {
    const text = '\uFEFFKe\u00ADmarin\u00A0Budi\r\nberkata\u200B"\uD800x" \u200Fعربي e\u0301';
    assertLossless(text, tokens(text));
  });

  it('reads bidi marks as gaps, so a mark inside a name does not make a symbol token', () => {
    expect(texts('Joko\u200FWidodo \u202Ategas\u202C')).toEqual(['Joko', 'Widodo', 'tegas']);
  });

  it('is lossless and exact on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        assertLossless(text, tokens(text));
      }),
      { numRuns: 400 },
    );
  });

  it('is lossless on Indonesian-like strings built from tricky pieces', () => {
    const piece = fc.constantFrom('Dr.', 'H.', '9/11/2024', '14.30', 'Rp2,5', '“', '”', '"', '...', 'Rusia-China', 'anak-anak', ' ', '\n', 'www.x.com', '@a', '#b', 'a@b.co', '-', '/', '.', ',', '👍🏽', 'ujarnya', '1990-an', '\u00AD');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        assertLossless(text, tokens(text));
      }),
      { numRuns: 400 },
    );
  });
});
