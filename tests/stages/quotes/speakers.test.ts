import { describe, expect, it } from 'vitest';
import { runWith, speakerName } from './helpers.js';

const BUDI = { name: 'Budi Santoso', type: 'person' as const, aliases: ['Budi'] };

describe('speakers', () => {
  it('reads a cue inside the clause it reports: "KPK, katanya, …"', () => {
    const r = runWith('Budi Santoso hadir di gedung itu. KPK, katanya, akan memeriksa saksi lain pekan depan.', [BUDI]);
    expect(r.quotes.map((q) => [q.kind, q.text, q.cue?.text, q.speakerMention?.text, speakerName(r, q)])).toEqual([
      ['indirect', 'KPK, katanya, akan memeriksa saksi lain pekan depan', 'katanya', 'nya', 'Budi Santoso'],
    ]);
  });

  it('gives both halves of a split quote the same speaker', () => {
    const r = runWith('“Kami tidak akan mundur,” kata Budi, “sampai tuntutan kami dipenuhi.”', [BUDI]);
    expect(r.quotes.map((q) => [q.text, speakerName(r, q)])).toEqual([
      ['Kami tidak akan mundur', 'Budi Santoso'],
      ['sampai tuntutan kami dipenuhi', 'Budi Santoso'],
    ]);
  });

  it('takes the speaker from a sentence that points back at the quote', () => {
    const r = runWith('Harga naik lagi.\n“Kami sudah mengirim bantuan ke semua desa.” Hal itu disampaikan Budi di Palu.', [BUDI]);
    const q = r.quotes.find((x) => x.kind === 'direct')!;
    expect(q.cue?.text).toBe('disampaikan');
    expect(speakerName(r, q)).toBe('Budi Santoso');
  });

  it('keeps a quote whose opening mark was lost when an attribution follows it', () => {
    const r = runWith('Kami sudah siap sejak pagi,” kata Budi.', [BUDI]);
    expect(r.quotes.map((q) => [q.text, speakerName(r, q)])).toEqual([['Kami sudah siap sejak pagi', 'Budi Santoso']]);
  });

  it('resolves a bare title to the person who holds it, and a name the actors missed', () => {
    const president = { name: 'Joko Widodo', type: 'person' as const, aliases: ['Jokowi'], titles: ['Presiden'] };
    const r = runWith('Presiden Joko Widodo meninjau lokasi.\n“Bantuan harus sampai minggu ini,” kata Presiden.', [president]);
    const q = r.quotes.find((x) => x.kind === 'direct')!;
    expect(q.speakerMention?.text).toBe('Presiden');
    expect(speakerName(r, q)).toBe('Joko Widodo');
    const named = runWith('Hari Setiyono memberi keterangan.\n“Pemeriksaan berlanjut,” kata Hari.', [{ name: 'Hari Setiyono', type: 'person' }]);
    expect(speakerName(named, named.quotes[0]!)).toBe('Hari Setiyono');
  });

  it('resolves a description ending in "itu" to the person named before', () => {
    const r = runWith('Pelatih Persebaya, Marcos Vieira, puas.\n“Para pemain tidak panik,” kata pelatih asal Brasil itu.', [
      { name: 'Marcos Vieira', type: 'person' },
      { name: 'Persebaya', type: 'organization' },
      { name: 'Brasil', type: 'location' },
    ]);
    const q = r.quotes[0]!;
    expect(q.speakerMention?.text).toBe('pelatih asal Brasil itu');
    expect(speakerName(r, q)).toBe('Marcos Vieira');
  });

  it('prefers the speaker just named over an older subject for "-nya"', () => {
    const r = runWith(
      'Budi Santoso membuka rapat. Sementara itu, Rina Marlina, warga setempat, mengaku khawatir.\n“Air datang tiba-tiba,” tuturnya.',
      [BUDI, { name: 'Rina Marlina', type: 'person' }],
    );
    expect(speakerName(r, r.quotes.find((q) => q.kind === 'direct')!)).toBe('Rina Marlina');
  });

  it('names a person the actors missed rather than the organization in the title', () => {
    const r = runWith('“Kami berharap warga memakai KRL,” kata Direktur Utama PT Kereta Commuter Indonesia Wiwik Widayanti.', [
      { name: 'PT Kereta Commuter Indonesia', type: 'organization' },
    ]);
    expect([r.quotes[0]!.speaker, r.quotes[0]!.speakerMention?.text]).toEqual([null, 'Wiwik Widayanti']);
  });
});
