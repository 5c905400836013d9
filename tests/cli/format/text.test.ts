import { describe, expect, it } from 'vitest';
import { formatText } from '../../../src/cli/format/text.js';
import { fixtureResult } from '../fixture.js';

describe('formatText', () => {
  const out = formatText(fixtureResult(), 'berita-1');
  const lines = out.split('\n');

  it('starts with the id and the counts', () => {
    expect(lines[0]).toBe('berita-1');
    expect(lines[1]).toMatch(/^document date 2024-11-11 · \d+ sentences · 3 actors · 1 date · 2 quotes · 2 events$/);
  });

  it('lists actors with their types, most mentioned first', () => {
    const from = lines.indexOf('Actors') + 1;
    expect(lines.slice(from, from + 3)).toEqual([
      '  person    Hendra Saputra (Bupati Karawang); also "Hendra" · 3 mentions',
      '  location  Karawang; also "KARAWANG" · 2 mentions',
      '  group     warga · 1 mention',
    ]);
  });

  it('lists dates with their values', () => {
    expect(lines[lines.indexOf('Dates') + 1]).toBe('  2024-11-11  "Senin (11/11/2024)"');
  });

  it('says who said what, on one line each', () => {
    const from = lines.indexOf('Who said what') + 1;
    expect(lines[from]).toBe('  Hendra Saputra (direct, "ujar"): “Beras ini harus sampai paling lambat Rabu,”');
    expect(lines[from + 1]).toBe(
      '  Hendra Saputra (indirect, "menambahkan"): “<img src=x onerror="window.pwned=1"> & <script>window.pwned=2</script> tidak berbahaya”',
    );
  });

  it('writes events as who – did what – to whom – when – where', () => {
    const from = lines.indexOf('Events (who – did what – to whom – when – where)') + 1;
    expect(lines.slice(from)).toEqual(['  Hendra Saputra – menyalurkan – warga – 2024-11-11 – Karawang', '  Hendra Saputra – ujar – · – · – ·']);
  });

  it('says so when a layer is empty', () => {
    const empty = { ...fixtureResult(), actors: [], dates: [], quotes: [], events: [] };
    expect(formatText(empty, 'x').match(/ {2}\(none found\)/g)).toHaveLength(4);
  });
});
