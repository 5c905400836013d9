import { describe, expect, it } from 'vitest';
import { expectExact, runWith, speakerName } from './helpers.js';

const BUDI = { name: 'Budi Santoso', type: 'person' as const, aliases: ['Budi'] };

describe('direct quotes: attribution after the quote', () => {
  it('reads ",” ujar Budi" with the cue and the name', () => {
    const r = runWith('“Kami sudah siap menghadapi laga ini,” ujar Budi di Jakarta.', [BUDI]);
    expect(r.quotes).toHaveLength(1);
    const [q] = r.quotes;
    expect(q!.kind).toBe('direct');
    expect(q!.text).toBe('Kami sudah siap menghadapi laga ini');
    expect(q!.cue?.text).toBe('ujar');
    expect(q!.speakerMention?.text).toBe('Budi');
    expect(speakerName(r, q!)).toBe('Budi Santoso');
    expect(expectExact(r)).toBe(true);
  });

  it('resolves "-nya" to the person named before, with the clitic as the mention', () => {
    const r = runWith('Budi Santoso mengaku puas dengan hasil itu.\n“Kami bermain dengan baik,” tuturnya.', [BUDI]);
    const q = r.quotes.find((x) => x.kind === 'direct')!;
    expect(q.cue?.text).toBe('tuturnya');
    expect(q.speakerMention?.text).toBe('nya');
    expect(speakerName(r, q)).toBe('Budi Santoso');
  });

  it('takes the name of an apposition after a title', () => {
    const r = runWith('“Warga diminta tetap waspada,” kata Kepala BPBD Sigi, Muhammad Rizal.', [
      { name: 'Muhammad Rizal', type: 'person' },
      { name: 'BPBD Sigi', type: 'organization' },
    ]);
    expect(speakerName(r, r.quotes[0]!)).toBe('Muhammad Rizal');
  });

  it('reads the speaker written before the verb: ",” Budi menambahkan."', () => {
    const r = runWith('“Kami tidak akan mundur,” Budi menambahkan.', [BUDI]);
    expect(r.quotes[0]!.cue?.text).toBe('menambahkan');
    expect(speakerName(r, r.quotes[0]!)).toBe('Budi Santoso');
  });
});

describe('direct quotes: attribution before and around the quote', () => {
  it('reads "Budi mengatakan, “…”" and "Menurut Budi, “…”"', () => {
    const r = runWith('Budi mengatakan, “Kami akan menilai apakah ada kelalaian.”\nMenurut Budi, “Semua pihak harus tenang.”', [BUDI]);
    expect(r.quotes.map((q) => [q.kind, q.cue?.text, speakerName(r, q)])).toEqual([
      ['direct', 'mengatakan', 'Budi Santoso'],
      ['direct', 'Menurut', 'Budi Santoso'],
    ]);
  });

  it('gives a quote after an attributed one in the same paragraph the same speaker', () => {
    const r = runWith('“Kami siap bertanding,” kata Budi. “Semua pemain dalam kondisi bugar.”', [BUDI]);
    expect(r.quotes).toHaveLength(2);
    expect(r.quotes[1]!.cue).toBeNull();
    expect(speakerName(r, r.quotes[1]!)).toBe('Budi Santoso');
  });

  it('says null only when the text never says who', () => {
    const r = runWith('Cuaca cerah sepanjang hari.\n“Semua berjalan lancar sampai sore.”');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.speaker).toBeNull();
  });
});

describe('quotation marks', () => {
  it('takes ” written as the opening mark', () => {
    const r = runWith('Rapat berakhir siang.”Kami sepakat menunda,” kata Budi.', [BUDI]);
    expect(r.quotes.map((q) => q.text)).toEqual(['Kami sepakat menunda']);
  });

  it('reads straight, curly, single and angle quotes', () => {
    for (const [open, close] of [['"', '"'], ['“', '”'], ['‘', '’'], ['«', '»']]) {
      const r = runWith(`${open}Kami sepakat menunda rapat,${close} kata Budi.`, [BUDI]);
      expect(r.quotes.map((q) => q.text)).toEqual(['Kami sepakat menunda rapat']);
    }
  });

  it('keeps an inner quote inside the outer one', () => {
    const r = runWith('“Dia hanya bilang ‘tunggu’ lalu pergi,” kata Budi.', [BUDI]);
    expect(r.quotes.map((q) => q.text)).toEqual(['Dia hanya bilang ‘tunggu’ lalu pergi']);
  });

  it('continues a quote into the next paragraph that opens again', () => {
    const r = runWith('“Para pemain tampil disiplin.\n“Kami pantas menang,” kata Budi.', [BUDI]);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.text).toBe('Para pemain tampil disiplin.\n“Kami pantas menang');
    expect(speakerName(r, r.quotes[0]!)).toBe('Budi Santoso');
  });

  it('never lets an unclosed mark swallow the rest of the article', () => {
    const rest = ' Harga naik. Pasar ramai. Warga antre. Polisi berjaga. Hujan turun. Jalan macet.';
    const r = runWith(`“Kami siap menghadapi semua kemungkinan.${rest}`);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.text).toBe('Kami siap menghadapi semua kemungkinan');
    const paragraphs = runWith('“Kami siap menghadapi semua kemungkinan.\nHarga naik di pasar. Warga antre.');
    expect(paragraphs.quotes.map((q) => q.text)).toEqual(['Kami siap menghadapi semua kemungkinan']);
  });

  it('keeps a partial quote governed by a speech verb, and not a scare quote or a title', () => {
    const r = runWith('Putin menyebut Xi sebagai “teman baik” dan mengatakan bahwa kemitraan itu akan bertahan.', [
      { name: 'Vladimir Putin', type: 'person', aliases: ['Putin'] },
      { name: 'Xi Jinping', type: 'person', aliases: ['Xi'] },
    ]);
    expect(r.quotes.map((q) => [q.kind, q.text, q.cue?.text, speakerName(r, q)])).toEqual([
      ['direct', 'teman baik', 'menyebut', 'Vladimir Putin'],
      ['indirect', 'kemitraan itu akan bertahan', 'mengatakan', 'Vladimir Putin'],
    ]);
    const scare = runWith('Xi meyakini bahwa ‘kekacauan’ tak akan terjadi.', [{ name: 'Xi', type: 'person' }]);
    expect(scare.quotes.map((q) => [q.kind, q.text])).toEqual([['indirect', '‘kekacauan’ tak akan terjadi']]);
    expect(runWith('“Agak Laen” menjadi film terlaris tahun ini.').quotes).toEqual([]);
  });

  it('finds no quotes in boilerplate lines', () => {
    const r = runWith('Baca Juga: "Kami siap bertanding," kata Budi\nHarga naik.', [BUDI]);
    expect(r.quotes).toEqual([]);
  });
});
