import { describe, expect, it } from 'vitest';
import { splitClitics } from '../../src/index.js';

const parts = (w: string) => splitClitics(w).map((p) => `${p.role}:${p.text}`);

describe('splitClitics', () => {
  it.each([
    ['ujarnya', ['stem:ujar', 'enclitic:nya']],
    ['katanya', ['stem:kata', 'enclitic:nya']],
    ['tuturnya', ['stem:tutur', 'enclitic:nya']],
    ['bukunyalah', ['stem:buku', 'enclitic:nya', 'enclitic:lah']],
    ['apakah', ['stem:apa', 'enclitic:kah']],
    ['rumahku', ['stem:rumah', 'enclitic:ku']],
    ['PPh-nya', ['stem:PPh', 'enclitic:nya']],
  ])('splits %s', (word, expected) => {
    expect(parts(word)).toEqual(expected);
  });

  it.each(['hanya', 'punya', 'sekolah', 'masalah', 'ilmu', 'buku', 'kamu', 'langkah', 'nya', 'dia'])('leaves %s whole', (word) => {
    expect(parts(word)).toEqual([`stem:${word}`]);
  });

  it('gives offsets within the word', () => {
    for (const p of splitClitics('Ujarnya')) expect('Ujarnya'.slice(p.start, p.end)).toBe(p.text);
  });
});
