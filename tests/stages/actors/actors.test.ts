import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPipeline, extractEvents, loadDictionary, type Actor, type ExtractionResult } from '../../../src/index.js';
import type { ActorsLayer } from '../../../src/stages/actors.js';
import { compileVocabulary } from '../../../src/stages/actors/vocabulary.js';
import { compileLexicon } from '../../../src/lexicon/lexicon.js';
import { SHIPPED_DICTIONARIES } from '../../../src/lexicon/shipped.js';

/** A people dictionary of our own, so that these tests do not hang on the shipped ones. */
const PEOPLE = loadDictionary({
  name: 'test-people',
  actors: [
    {
      id: 'test-hartono',
      name: 'Budi Hartono',
      type: 'person',
      roles: [
        { title: 'Rektor', from: '2014-10-20', to: '2024-10-20' },
      ],
      country: 'ID',
    },
    {
      id: 'test-wiranata',
      name: 'Sutan Wiranata',
      type: 'person',
      roles: [{ title: 'Rektor', from: '2024-10-20' }],
      country: 'ID',
    },
  ],
});

function actorNamed(result: ExtractionResult, name: string): Actor {
  const actor = result.actors.find((a) => a.name === name);
  if (!actor) throw new Error(`no actor "${name}" among ${result.actors.map((a) => a.name).join(', ')}`);
  return actor;
}

function mentionTexts(actor: Actor, role?: string): string[] {
  return actor.mentions.filter((m) => !role || m.role === role).map((m) => m.text);
}

describe('actors: unknown names', () => {
  it('reads a person after an office, a place and a rank, keeping the titles out of the span', () => {
    const r = extractEvents('Kapolda Jawa Tengah Irjen Pol. Bambang Setiadi mengatakan kasus itu masih diselidiki.');
    const person = actorNamed(r, 'Bambang Setiadi');
    expect(person.type).toBe('person');
    expect(person.titles).toContain('Kapolda Jawa Tengah');
    expect(person.titles).toContain('Irjen Pol.');
    expect(mentionTexts(person)).toEqual(['Bambang Setiadi']);
  });

  it('reads a person named after a comma, with degrees before and after the name', () => {
    const r = extractEvents('Kepala Dinas Kesehatan Sumut, dr. Rosmawati Sinaga, M.Kes., mengungkapkan hal itu.');
    const person = actorNamed(r, 'Rosmawati Sinaga');
    expect(person.titles).toEqual(expect.arrayContaining(['Kepala Dinas Kesehatan Sumut', 'dr.', 'M.Kes.']));
    expect(actorNamed(r, 'Dinas Kesehatan Sumut').type).toBe('organization');
  });

  it('types organizations and places by their heads and a person by an age in parentheses', () => {
    const r = extractEvents('Nurhayati (41), warga Desa Bora, Kecamatan Biromaru, mengaku rumahnya rusak. PT Bahtera Sekuritas Tbk menolak berkomentar.');
    expect(actorNamed(r, 'Nurhayati').type).toBe('person');
    expect(actorNamed(r, 'Desa Bora').type).toBe('location');
    expect(actorNamed(r, 'Kecamatan Biromaru').type).toBe('location');
    expect(actorNamed(r, 'PT Bahtera Sekuritas Tbk').type).toBe('organization');
  });

  it('joins an acronym defined in parentheses to its full name', () => {
    const r = extractEvents('Lembaga Riset Pangan Nusantara (LRPN) merilis laporan. LRPN menyebut harga beras naik.');
    const org = actorNamed(r, 'Lembaga Riset Pangan Nusantara');
    expect(org.type).toBe('organization');
    expect(org.aliases).toEqual(expect.arrayContaining(['Lembaga Riset Pangan Nusantara', 'LRPN']));
    expect(mentionTexts(org).filter((t) => t === 'LRPN')).toHaveLength(2);
  });

  it('joins a first name, a surname and a misspelling to the full name', () => {
    const r = extractEvents('Pelatih tim, Marcos Vieirato, puas. Marcos menyebut timnya solid. Kemudian Vieirato pulang. Marcos Vieiratto tersenyum.');
    const persons = r.actors.filter((a) => a.type === 'person');
    expect(persons).toHaveLength(1);
    expect(persons[0]!.aliases).toEqual(expect.arrayContaining(['Marcos Vieirato', 'Marcos', 'Vieirato', 'Marcos Vieiratto']));
  });

  it('joins an office to the abbreviation of its first syllables, with its region written short', () => {
    const r = extractEvents('Dinas Perhubungan Provinsi Jawa Timur memeriksa 400 bus. Kepala Dishub Jatim, Nurhadi Prasetya, mengimbau pemudik berhati-hati.');
    const office = actorNamed(r, 'Dinas Perhubungan Provinsi Jawa Timur');
    expect(office.aliases).toContain('Dishub Jatim');
    expect(r.actors.filter((a) => a.type === 'organization')).toHaveLength(1);
  });

  it('keeps the city of an embassy in its name, and joins the acronym with the city to it', () => {
    const r = extractEvents('Kedutaan Besar Republik Indonesia (KBRI) di Lisabon memastikan tidak ada WNI yang menjadi korban. Warga diminta menghubungi hotline KBRI Lisabon.');
    const embassy = actorNamed(r, 'Kedutaan Besar Republik Indonesia di Lisabon');
    expect(embassy.type).toBe('organization');
    expect(embassy.aliases).toEqual(expect.arrayContaining(['Kedutaan Besar Republik Indonesia (KBRI) di Lisabon', 'KBRI Lisabon']));
  });

  it('finds groups that act and leaves nouns that do not', () => {
    const r = extractEvents('Warga setempat mengeluhkan kabut asap. Asap masuk ke rumah warga.');
    const groups = r.actors.filter((a) => a.type === 'group');
    expect(groups.map((g) => g.name)).toEqual(['Warga setempat']);
  });

  it('reads the words around a group phrase from the dictionaries (group-context)', () => {
    const text = 'Hal itu diungkapkan warga setempat kepada wartawan.';
    const groups = (r: ExtractionResult) => r.actors.filter((a) => a.type === 'group').map((g) => g.name);
    expect(groups(extractEvents(text))).toEqual([]);
    const namer = loadDictionary({ name: 'namers', words: { 'group-context': [{ form: 'diungkapkan', kind: 'namer' }] } });
    expect(groups(extractEvents(text, { dictionaries: [namer] }))).toEqual(['warga setempat']);
  });
});

describe('actors: what is not an actor', () => {
  it('skips weekdays, months, sentence starters, laws and meetings', () => {
    const r = extractEvents('Namun, pada Senin (9/11) rapat digelar. Sementara itu, Rapat Dewan Gubernur (RDG) memutuskan suku bunga tetap. Undang-Undang Cipta Kerja berlaku Januari.');
    expect(r.actors).toEqual([]);
  });

  it('drops actors named only in boilerplate lines but keeps them, flagged, in the layer', () => {
    const pipeline = createPipeline();
    let layer: ActorsLayer | undefined;
    pipeline.use({ name: 'peek', run: (doc) => void (layer = doc.layers.actors as ActorsLayer) });
    const r = pipeline.run('Desa Bora kebanjiran pada Senin.\nBaca Juga: Sutarjo Wibisono mundur dari jabatannya\nWarga Desa Bora mengungsi.');
    expect(r.actors.map((a) => a.name)).not.toContain('Sutarjo Wibisono');
    expect(layer!.all.find((a) => a.name === 'Sutarjo Wibisono')?.boilerplate).toBe(true);
    // The mention index lists the reported actors' mentions only, in text order.
    const ids = new Set(r.actors.map((a) => a.id));
    expect(layer!.mentions.length).toBe(r.actors.reduce((n, a) => n + a.mentions.length, 0));
    expect(layer!.mentions.every((m, k, all) => ids.has(m.actor) && (k === 0 || all[k - 1]!.start <= m.start))).toBe(true);
  });
});

describe('actors: pronouns and dated roles', () => {
  it('gives "-nya" of a speech verb to the last person named outside the quotation', () => {
    const text = 'Kepala BPBD Riau Edy Syahputra mengatakan api sulit dipadamkan. "Kami bekerja siang malam bersama Pak Joko," ujarnya.';
    const r = extractEvents(text);
    const edy = actorNamed(r, 'Edy Syahputra');
    const pronoun = edy.mentions.find((m) => m.role === 'pronoun');
    expect(pronoun?.text).toBe('nya');
    expect(text.slice(pronoun!.start - 4, pronoun!.end)).toBe('ujarnya');
  });

  it('links a title that stands for a person named before with it ("sang menteri", "gubernur tersebut")', () => {
    const r = extractEvents('Menteri Kelautan Ratna Suryani menyebut stok ikan aman. Menurut sang menteri, harga turun. Gubernur Bali Ketut Darma hadir. Gubernur tersebut meninjau pelabuhan.');
    expect(mentionTexts(actorNamed(r, 'Ratna Suryani'), 'title')).toEqual(['sang menteri']);
    expect(mentionTexts(actorNamed(r, 'Ketut Darma'), 'title')).toEqual(['Gubernur tersebut']);
  });

  it('links "ia" to the person before it', () => {
    const r = extractEvents('Rinaldi Saputra tiba di Jakarta. Ia langsung menggelar rapat.');
    expect(mentionTexts(actorNamed(r, 'Rinaldi Saputra'), 'pronoun')).toEqual(['Ia']);
  });

  it('resolves a bare office to its holder on the document date, and not without a date', () => {
    const text = 'Rektor menandatangani keputusan itu di Jakarta.';
    const before = extractEvents(text, { documentDate: '2023-05-01', dictionaries: [PEOPLE] });
    const after = extractEvents(text, { documentDate: '2025-05-01', dictionaries: [PEOPLE] });
    expect(actorNamed(before, 'Budi Hartono').mentions[0]).toMatchObject({ role: 'title', text: 'Rektor' });
    expect(actorNamed(after, 'Sutan Wiranata').ref).toBe('test-wiranata');
    expect(extractEvents(text, { dictionaries: [PEOPLE] }).actors.some((a) => a.type === 'person')).toBe(false);
  });
});

describe('actors: spans', () => {
  it('gives every mention an exact span of the input, whatever the text', () => {
    const words = fc.constantFrom('Presiden', 'Joko', 'Widodo', 'di', 'Kota', 'Medan', '(KPK)', 'ujarnya', 'ia', ',', '.', '"', 'warga', 'setempat', 'mengatakan', 'PT', 'Tbk', 'Desa', 'Bora', '\n', 'Baca Juga:');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const r = extractEvents(text);
        for (const a of r.actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('actors: word lists', () => {
  it('takes acronym skips, abbreviation prefixes, affiliation links and English name joiners from the dictionaries, a user dictionary too', () => {
    const user = loadDictionary({ name: 'mine', words: { 'acronym-skips': [{ form: 'serta' }], 'abbreviation-prefixes': [{ form: 'ber' }] } });
    const shipped = compileVocabulary(compileLexicon(SHIPPED_DICTIONARIES));
    const extended = compileVocabulary(compileLexicon([...SHIPPED_DICTIONARIES, user]));
    expect([...shipped.acronymSkips]).toEqual(expect.arrayContaining(['dan', 'of']));
    expect(shipped.abbreviationPrefixes).toEqual(expect.arrayContaining(['per', 'ke']));
    expect(shipped.acronymSkips.has('serta')).toBe(false);
    expect(extended.acronymSkips.has('serta')).toBe(true);
    expect(extended.abbreviationPrefixes).toContain('ber');
    expect([...shipped.affiliationLinks]).toEqual(expect.arrayContaining(['dari', 'asal']));
    expect([...shipped.englishNameJoiners]).toEqual(expect.arrayContaining(['of', 'for']));
  });
});

describe('actors: one stage over many documents', () => {
  // The stage keeps its lists and tables from one document to the next (the known-actor matches
  // past a short document's end among them): a document reads the same after a longer one.
  it('reads a short document after a long one as a fresh pipeline does', () => {
    const long = Array.from({ length: 40 }, (_, k) =>
      `Presiden Joko Widodo bertemu Gubernur Jawa Timur Khofifah Indar Parawansa di Surabaya pada hari ke-${k}. Kepolisian Daerah Jawa Barat dan KPK hadir.`,
    ).join(' ');
    const short = 'Warga Bandung mengungsi. Budi Santoso dari BPBD mengatakan hujan deras.';
    const reused = createPipeline();
    reused.run(long);
    const after = reused.run(short);
    const fresh = createPipeline().run(short);
    expect(after.actors).toEqual(fresh.actors);
    expect(after.actors.length).toBeGreaterThan(0);
  });
});
