import { describe, expect, it } from 'vitest';
import { runWith, speakerName, type GivenActor } from './helpers.js';

const RINALDI = { name: 'Rinaldi Saputra', type: 'person' as const, aliases: ['Rinaldi'] };
const ZELENSKY = { name: 'Volodymyr Zelensky', type: 'person' as const };

function indirect(text: string, actors: readonly GivenActor[] = [RINALDI]) {
  const r = runWith(text, actors);
  return r.quotes.filter((q) => q.kind === 'indirect').map((q) => ({ text: q.text, cue: q.cue?.text ?? null, speaker: speakerName(r, q) }));
}

describe('indirect speech', () => {
  it('reads "mengatakan bahwa" to the end of the clause', () => {
    expect(indirect('Kepala Departemen Komunikasi BI, Rinaldi Saputra, mengatakan bahwa keputusan tersebut konsisten dengan upaya menjaga rupiah.')).toEqual([
      { text: 'keputusan tersebut konsisten dengan upaya menjaga rupiah', cue: 'mengatakan', speaker: 'Rinaldi Saputra' },
    ]);
  });

  it('skips an adjunct before "bahwa"', () => {
    expect(indirect('Presiden Ukraina Volodymyr Zelensky mengatakan pada Kamis (7/11/2024) bahwa Korea Utara telah mengirim tentara ke Rusia.', [ZELENSKY])).toEqual([
      { text: 'Korea Utara telah mengirim tentara ke Rusia', cue: 'mengatakan', speaker: 'Volodymyr Zelensky' },
    ]);
  });

  it('reads a clause without "bahwa", and after a comma', () => {
    expect(indirect('Rinaldi menyebutkan pertumbuhan ekonomi mencapai 4,95 persen.')[0]?.text).toBe('pertumbuhan ekonomi mencapai 4,95 persen');
    expect(indirect('Rinaldi menjelaskan, inflasi inti tercatat 2,26 persen.')[0]?.text).toBe('inflasi inti tercatat 2,26 persen');
  });

  it('reads "Menurut X, …" and "…, menurut X."', () => {
    expect(indirect('Menurut Rinaldi, inflasi tetap berada dalam sasaran.')).toEqual([
      { text: 'inflasi tetap berada dalam sasaran', cue: 'Menurut', speaker: 'Rinaldi Saputra' },
    ]);
    expect(indirect('Inflasi tetap terkendali, menurut Rinaldi.')[0]?.text).toBe('Inflasi tetap terkendali');
  });

  it('reads "Menurutnya, …" with the clitic as the speaker', () => {
    const r = runWith('Rinaldi Saputra menyampaikan laporan. Menurutnya, majelis tidak mempertimbangkan fakta itu.', [RINALDI]);
    const q = r.quotes.find((x) => x.cue?.text === 'Menurutnya')!;
    expect([q.text, q.speakerMention?.text, speakerName(r, q)]).toEqual(['majelis tidak mempertimbangkan fakta itu', 'nya', 'Rinaldi Saputra']);
  });

  it('reads a root used as the verb: "Ia yakin bahwa …", "Rinaldi bilang, …"', () => {
    expect(indirect('Rinaldi Saputra datang. Ia yakin bahwa harga akan turun.').map((q) => [q.cue, q.text, q.speaker])).toEqual([
      ['yakin', 'harga akan turun', 'Rinaldi Saputra'],
    ]);
    expect(indirect('Rinaldi bilang, pasokan masih aman.')[0]?.text).toBe('pasokan masih aman');
    expect(indirect('Hal itu sudah jelas, pasokan masih aman.')).toEqual([]);
  });

  it('reads hopes with a clause, not a duty to speak', () => {
    expect(indirect('Rinaldi berharap pemerintah tidak mengorbankan petani.')[0]?.text).toBe('pemerintah tidak mengorbankan petani');
    expect(indirect('Gubernur wajib mengumumkan besaran UMP paling lambat 11 Desember, sedangkan upah kota diumumkan kemudian.')).toEqual([]);
  });

  it('reads the cue after the clause: "…, kata X." and "…, ujarnya."', () => {
    expect(indirect('Harga beras akan turun pekan depan, kata Rinaldi.')).toEqual([
      { text: 'Harga beras akan turun pekan depan', cue: 'kata', speaker: 'Rinaldi Saputra' },
    ]);
    const r = indirect('Rinaldi Saputra hadir di sana. Pasokan pangan masih aman, ujarnya.');
    expect(r).toEqual([{ text: 'Pasokan pangan masih aman', cue: 'ujarnya', speaker: 'Rinaldi Saputra' }]);
  });

  it('reads a passive cue that opens the sentence: "Dikatakan X, …"', () => {
    expect(indirect('Dikatakan Rinaldi, cadangan devisa masih cukup.')).toEqual([
      { text: 'cadangan devisa masih cukup', cue: 'Dikatakan', speaker: 'Rinaldi Saputra' },
    ]);
  });

  it('reads requests and admissions with their complement', () => {
    expect(indirect('Rinaldi meminta dinas memastikan proses seleksi berlangsung transparan.')[0]?.text).toBe('dinas memastikan proses seleksi berlangsung transparan');
    expect(indirect('Rinaldi mengimbau warga agar tetap waspada.')[0]?.text).toBe('warga agar tetap waspada');
    expect(indirect('Rinaldi mengaku puas dengan mental anak asuhnya.')[0]?.text).toBe('puas dengan mental anak asuhnya');
  });

  it('stops the content before an attribution tail or a second speech verb', () => {
    expect(indirect('Rinaldi mengatakan harga akan naik, seperti dilansir Reuters.')[0]?.text).toBe('harga akan naik');
    const two = indirect('Rinaldi menyebut pasar sedang lesu dan mengatakan bahwa bunga akan tetap.');
    expect(two.map((q) => q.text)).toEqual(['pasar sedang lesu', 'bunga akan tetap']);
  });

  it('resolves "Ia" and "Menurut dia" to the person before', () => {
    const r = indirect('Rinaldi Saputra tiba di kantor pagi ini. Ia menambahkan, timnya masih harus memperbaiki laporan. Menurut dia, laporan itu selesai besok.');
    expect(r.map((q) => [q.cue, q.speaker])).toEqual([
      ['menambahkan', 'Rinaldi Saputra'],
      ['Menurut', 'Rinaldi Saputra'],
    ]);
  });

  it('takes the first of coordinated speakers, and a group as a speaker', () => {
    const r = indirect('Di lain sisi Korea Selatan dan negara-negara Barat lainnya mengatakan bahwa Korea Utara telah memasok senjata ke Rusia.', [
      { name: 'Korea Selatan', type: 'location' },
      { name: 'negara-negara Barat lainnya', type: 'group' },
      { name: 'Korea Utara', type: 'location' },
      { name: 'Rusia', type: 'location' },
    ]);
    expect(r.map((q) => q.speaker)).toEqual(['Korea Selatan']);
    const g = indirect('Pakar forensik Ukraina mengatakan mereka telah menemukan jejak senjata tersebut.', [{ name: 'Pakar forensik Ukraina', type: 'group' }]);
    expect(g.map((q) => q.speaker)).toEqual(['Pakar forensik Ukraina']);
  });

  it('does not take the dateline or a place after a preposition as the speaker', () => {
    const r = indirect('Jakarta, KOMPAS.com - Kementerian Kesehatan di Jakarta menyatakan sebanyak 2.316 rumah sakit telah memenuhi kriteria.', [
      { name: 'Jakarta', type: 'location' },
      { name: 'Kementerian Kesehatan', type: 'organization' },
    ]);
    expect(r.map((q) => q.speaker)).toEqual(['Kementerian Kesehatan']);
  });
});
