import { describe, expect, it } from 'vitest';
import { eventFor, eventsOf, eventsOfWithTitles, type ActorSpec } from './helpers.js';

const PUTIN: ActorSpec = { id: 'putin', type: 'person', forms: ['Vladimir Putin', 'Putin'] };
const KIM: ActorSpec = { id: 'kim', type: 'person', forms: ['Kim Jong un', 'Kim'] };
const RUSIA: ActorSpec = { id: 'rusia', type: 'location', forms: ['Rusia'] };
const UKRAINA: ActorSpec = { id: 'ukraina', type: 'location', forms: ['Ukraina'] };
const KORUT: ActorSpec = { id: 'korut', type: 'location', forms: ['Korea Utara'] };

describe('actions: agents', () => {
  it('takes the subject before an active verb, past a title', () => {
    const events = eventsOf('Presiden Rusia Vladimir Putin menandatangani undang-undang perjanjian itu.', { actors: [PUTIN, RUSIA] });
    const e = eventFor(events, 'menandatangani');
    expect(e).toMatchObject({ type: 'action', actors: ['putin'], quote: null, negated: false, sentence: 0, category: 'agreement' });
    expect(e.trigger).toEqual({ start: 30, end: 44, text: 'menandatangani', lemma: 'tanda tangan' });
  });

  it('takes the agents of a passive after "oleh", joined by "dan", and leaves out the title\'s place', () => {
    const text = 'Kesepakatan tersebut telah ditandatangani oleh Putin dan Presiden Korea Utara, Kim Jong un, pada Juni 2024 lalu.';
    const e = eventFor(eventsOf(text, { actors: [PUTIN, KIM, KORUT] }), 'ditandatangani');
    expect(e.actors).toEqual(['putin', 'kim']);
    expect(e.trigger.lemma).toBe('tanda tangan');
  });

  it('takes a bare agent right after a passive verb ("ditangkap polisi", "diresmikan Gubernur")', () => {
    const layers = {
      actors: [
        { id: 'polisi', type: 'organization', forms: ['polisi'] },
        { id: 'gubernur', type: 'person', forms: ['Gubernur'] },
      ] satisfies ActorSpec[],
    };
    const events = eventsOf('Pelaku ditangkap polisi di rumahnya. Jembatan itu diresmikan Gubernur pekan lalu.', layers);
    expect(eventFor(events, 'ditangkap')).toMatchObject({ actors: ['polisi'], category: 'legal' });
    expect(eventFor(events, 'diresmikan').actors).toEqual(['gubernur']);
  });

  it('puts the subject of a passive among the targets, not the agents', () => {
    const layers = { actors: [{ id: 'budi', type: 'person', forms: ['Budi'] }, { id: 'polda', type: 'organization', forms: ['Polda Riau'] }] satisfies ActorSpec[] };
    const e = eventFor(eventsOf('Budi ditangkap oleh personel Polda Riau.', layers), 'ditangkap');
    expect(e.actors).toEqual(['polda']);
    expect(e.targets).toEqual(['budi']);
  });

  it('joins coordinated agents and resolves "Keduanya" given as pronoun mentions', () => {
    const text = 'Putin dan Kim bertemu di Pyongyang. Keduanya menyerukan untuk saling membantu.';
    const layers = { actors: [{ ...PUTIN, pronouns: ['Keduanya'] }, { ...KIM, pronouns: ['Keduanya'] }] };
    const events = eventsOf(text, layers);
    expect(eventFor(events, 'bertemu').actors).toEqual(['putin', 'kim']);
    expect(eventFor(events, 'menyerukan')).toMatchObject({ actors: ['putin', 'kim'], category: 'appeal' });
    expect(eventFor(events, 'membantu').actors).toEqual(['putin', 'kim']);
  });

  it('resolves "keduanya" and "mereka" itself when the actors layer has not', () => {
    const text = 'Raka dan Dimas menang di final. Bulan lalu mereka kalah di Jepang. Keduanya bertolak ke Paris hari ini.';
    const layers = { actors: [{ id: 'raka', type: 'person', forms: ['Raka'] }, { id: 'dimas', type: 'person', forms: ['Dimas'] }] satisfies ActorSpec[] };
    const events = eventsOf(text, layers);
    expect(eventFor(events, 'kalah').actors).toEqual(['raka', 'dimas']);
    expect(eventFor(events, 'bertolak')).toMatchObject({ actors: ['raka', 'dimas'], category: 'movement' });
  });

  it('resolves "pihaknya" to the organization in the speaker\'s title and "perseroan" to the last company', () => {
    const text = 'Kepala Dinas Kesehatan Sumut, Rosmawati, mengatakan pihaknya telah mengirimkan insektisida. PT Sinar Logistik Tbk mencatatkan saham. Perseroan membukukan laba.';
    const dinas: ActorSpec = { id: 'dinkes', type: 'organization', forms: ['Dinas Kesehatan Sumut'] };
    const rosmawati: ActorSpec = { id: 'rosmawati', type: 'person', forms: ['Rosmawati'] };
    const company: ActorSpec = { id: 'snl', type: 'organization', forms: ['PT Sinar Logistik Tbk'] };
    const doc = { actors: [dinas, rosmawati, company], quotes: [{ content: 'pihaknya telah mengirimkan insektisida', kind: 'indirect' as const, cue: 'mengatakan', speaker: 'rosmawati' }] };
    const withTitle = eventsOfWithTitles(text, doc, { rosmawati: ['Kepala Dinas Kesehatan Sumut'] });
    expect(eventFor(withTitle, 'mengirimkan')).toMatchObject({ actors: ['dinkes'], category: 'aid' });
    expect(eventFor(withTitle, 'membukukan').actors).toEqual(['snl']);
  });

  it('gives serial and coordinated verbs the same subject', () => {
    const layers = { actors: [{ id: 'bi', type: 'organization', forms: ['Bank Indonesia', 'BI'] }, { id: 'xi', type: 'person', forms: ['Xi'] }, PUTIN] satisfies ActorSpec[] };
    const events = eventsOf('Bank Indonesia (BI) memutuskan mempertahankan suku bunga. Putin menyebut Xi sebagai teman dan memuji kemitraan itu.', layers);
    expect(eventFor(events, 'mempertahankan').actors).toEqual(['bi']);
    expect(eventFor(events, 'menyebut').targets).toEqual(['xi']);
    expect(eventFor(events, 'memuji').actors).toEqual(['putin']);
  });

  it('takes the object of one verb as the subject of the next ("membuat Persebaya naik")', () => {
    const layers = { actors: [{ id: 'persebaya', type: 'organization', forms: ['Persebaya'] }] satisfies ActorSpec[] };
    expect(eventFor(eventsOf('Hasil ini membuat Persebaya naik ke peringkat ketiga.', layers), 'naik').actors).toEqual(['persebaya']);
  });

  it('gives a subordinate clause without a subject the subject of the main clause', () => {
    const layers = { actors: [{ id: 'raka', type: 'person', forms: ['Raka'] }, { id: 'lim', type: 'person', forms: ['Lim'] }] satisfies ActorSpec[] };
    const e = eventFor(eventsOf('Raka keluar sebagai juara setelah mengalahkan Lim di final.', layers), 'mengalahkan');
    expect(e).toMatchObject({ actors: ['raka'], targets: ['lim'], category: 'sports' });
  });

  it('does not lend a subject across a noun that is the verb\'s own subject', () => {
    const layers = { actors: [{ id: 'rinaldi', type: 'person', forms: ['Rinaldi'] }] satisfies ActorSpec[] };
    const events = eventsOf('Rinaldi menilai keputusan itu sejalan dengan upaya menjaga stabilitas rupiah.', layers);
    expect(events.find((e) => e.trigger.text === 'menjaga')).toBeUndefined();
  });

  it('finds the subject of a clause after "sejak" and "bahwa"', () => {
    const events = eventsOf('Hubungan itu menguat sejak Rusia melancarkan invasi ke Ukraina. Zelensky mengatakan bahwa Korea Utara telah mengirim 11.000 tentara ke Rusia.', {
      actors: [RUSIA, UKRAINA, KORUT, { id: 'zelensky', type: 'person', forms: ['Zelensky'] }],
    });
    expect(eventFor(events, 'melancarkan')).toMatchObject({ actors: ['rusia'], targets: ['ukraina'], category: 'military' });
    expect(eventFor(events, 'mengirim')).toMatchObject({ actors: ['korut'], targets: ['rusia'], category: 'aid' });
  });
});

describe('actions: targets', () => {
  it('takes the direct object and names after "ke", "kepada", "dengan"', () => {
    const xi: ActorSpec = { id: 'xi', type: 'person', forms: ['Xi'] };
    const events = eventsOf('Rusia menyerang Ukraina. Putin bertemu dengan Xi di Kazan.', { actors: [RUSIA, UKRAINA, PUTIN, xi] });
    expect(eventFor(events, 'menyerang')).toMatchObject({ actors: ['rusia'], targets: ['ukraina'], category: 'military' });
    expect(eventFor(events, 'bertemu')).toMatchObject({ actors: ['putin'], targets: ['xi'], category: 'meeting' });
  });

  it('drops the place of a title before the person it names ("pasangan Malaysia, Lim/Tan")', () => {
    const layers = {
      actors: [
        { id: 'raka', type: 'person', forms: ['Raka'] },
        { id: 'my', type: 'location', forms: ['Malaysia'] },
        { id: 'lim', type: 'person', forms: ['Lim'] },
        { id: 'tan', type: 'person', forms: ['Tan'] },
      ] satisfies ActorSpec[],
    };
    expect(eventFor(eventsOf('Raka mengalahkan pasangan Malaysia, Lim/Tan, di final.', layers), 'mengalahkan').targets).toEqual(['lim', 'tan']);
  });
});
