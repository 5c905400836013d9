import { describe, expect, it } from 'vitest';
import { eventFor, eventsOf, type ActorSpec } from './helpers.js';

const PERSEBAYA: ActorSpec = { id: 'persebaya', type: 'organization', forms: ['Persebaya'] };
const PSM: ActorSpec = { id: 'psm', type: 'organization', forms: ['PSM'] };

describe('dates', () => {
  it('takes the date of the clause before the date of the sentence', () => {
    const text = 'Persebaya akan menjamu Madura United pada Jumat (1/11/2024), sedangkan PSM bertandang ke markas Bali United pada Senin (4/11/2024).';
    const events = eventsOf(text, { actors: [PERSEBAYA, PSM], dates: [{ text: '1/11/2024', value: '2024-11-01' }, { text: '4/11/2024', value: '2024-11-04' }] });
    expect(eventFor(events, 'menjamu').date).toBe('2024-11-01');
    expect(eventFor(events, 'bertandang').date).toBe('2024-11-04');
  });

  it('takes the sentence date for a clause without one, and the date that governs later sentences', () => {
    const text = 'Persebaya menundukkan PSM di Stadion Gelora Bung Tomo, Sabtu, 26 Oktober 2024. Persebaya langsung menekan sejak menit awal. PSM menyamakan kedudukan pada menit ke-52.';
    const stadion: ActorSpec = { id: 'gbt', type: 'location', forms: ['Stadion Gelora Bung Tomo'] };
    const events = eventsOf(text, { actors: [PERSEBAYA, PSM, stadion], dates: [{ text: '26 Oktober 2024', value: '2024-10-26' }] });
    expect(eventFor(events, 'menundukkan')).toMatchObject({ date: '2024-10-26', location: 'gbt' });
    // The governing date carries over; an action's place does not.
    expect(eventFor(events, 'menekan')).toMatchObject({ date: '2024-10-26', location: null });
    expect(eventFor(events, 'menyamakan').date).toBe('2024-10-26');
  });

  it('dates the lead by the first date after it when nothing before dates it', () => {
    const text = 'Putin menandatangani undang-undang itu.\nHal ini diketahui dari dekrit yang diterbitkan pada Sabtu (9/11/2024).';
    const events = eventsOf(text, { actors: [{ id: 'putin', type: 'person', forms: ['Putin'] }], dates: [{ text: '9/11/2024', value: '2024-11-09' }] });
    expect(eventFor(events, 'menandatangani').date).toBe('2024-11-09');
  });

  it('skips the base of a comparison and dates that modify a noun', () => {
    const text = 'BPS melaporkan inflasi pada November 2024 melandai dibandingkan Oktober 2024. BPS dijadwalkan merilis data inflasi Desember pada 2 Januari 2025.';
    const dates = [
      { text: 'November 2024', value: '2024-11' },
      { text: 'Oktober 2024', value: '2024-10' },
      { text: 'Desember', value: '2024-12' },
      { text: '2 Januari 2025', value: '2025-01-02' },
    ];
    const events = eventsOf(text, { actors: [{ id: 'bps', type: 'organization', forms: ['BPS'] }], dates });
    expect(eventFor(events, 'melandai').date).toBe('2024-11');
    expect(eventFor(events, 'merilis').date).toBe('2025-01-02');
  });

  it('dates an event by the day of a time and the start of a range, never by a duration', () => {
    const text = 'Gempa mengguncang Miyagi pada Minggu pukul 21.47. Seleksi akan dibuka pada 3–14 Februari 2025 selama tiga hari.';
    const dates = [
      { text: 'Minggu pukul 21.47', value: '2024-12-15T21:47', kind: 'time' as const },
      { text: '3–14 Februari 2025', value: '2025-02-03/2025-02-14', kind: 'range' as const },
      { text: 'tiga hari', value: 'P3D', kind: 'duration' as const },
    ];
    const events = eventsOf(text, { dates });
    expect(eventFor(events, 'mengguncang').date).toBe('2024-12-15');
    expect(eventFor(events, 'dibuka').date).toBe('2025-02-03');
  });

  it('does not let a date inside a direct quote date the narrative', () => {
    const text = '"Kami berangkat besok," kata Budi. Tim itu kemudian berlatih.';
    const events = eventsOf(text, {
      actors: [{ id: 'budi', type: 'person', forms: ['Budi'] }, { id: 'tim', type: 'group', forms: ['Tim itu'] }],
      dates: [{ text: 'besok', value: '2024-11-11' }],
      quotes: [{ content: 'Kami berangkat besok,', kind: 'direct', cue: 'kata', speaker: 'budi' }],
    });
    expect(eventFor(events, 'kata').date).toBeNull();
    expect(eventFor(events, 'berlatih').date).toBeNull();
  });
});

describe('places', () => {
  it('takes the place after "di", "di kota", "di wilayah"', () => {
    const text = 'Pasukan Korea Utara bertempur dengan pasukan Ukraina di wilayah Kursk. Xi tiba di kota Kazan.';
    const layers = {
      actors: [
        { id: 'korut', type: 'location', forms: ['Korea Utara'] },
        { id: 'ukraina', type: 'location', forms: ['Ukraina'] },
        { id: 'kursk', type: 'location', forms: ['Kursk'] },
        { id: 'xi', type: 'person', forms: ['Xi'] },
        { id: 'kazan', type: 'location', forms: ['Kazan'] },
      ] satisfies ActorSpec[],
    };
    const events = eventsOf(text, layers);
    expect(eventFor(events, 'bertempur')).toMatchObject({ location: 'kursk', targets: ['ukraina'] });
    expect(eventFor(events, 'tiba')).toMatchObject({ actors: ['xi'], location: 'kazan' });
  });
});

describe('places that are not', () => {
  it('reads "di lain sisi" as a discourse phrase, so the name after it is a subject', () => {
    const layers = { actors: [{ id: 'korsel', type: 'location', forms: ['Korea Selatan'] }, { id: 'rusia', type: 'location', forms: ['Rusia'] }] satisfies ActorSpec[] };
    const e = eventFor(eventsOf('Di lain sisi Korea Selatan menuduh Rusia.', layers), 'menuduh');
    expect(e).toMatchObject({ actors: ['korsel'], targets: ['rusia'], location: null, category: 'accusation' });
  });
});

describe('negation', () => {
  it('marks verbs after "belum", "tidak", "tak" and "bukan", through auxiliaries', () => {
    const text = 'Rusia belum mengonfirmasi kehadiran pasukan. Rusia tidak akan menyerang. Rusia tak sempat menolak. Rusia bukan menyerang. Rusia membantah tuduhan itu.';
    const events = eventsOf(text, { actors: [{ id: 'rusia', type: 'location', forms: ['Rusia'] }] });
    expect(events.map((e) => [e.trigger.text, e.negated])).toEqual([
      ['mengonfirmasi', true],
      ['menyerang', true],
      ['menolak', true],
      ['menyerang', true],
      ['membantah', false],
    ]);
  });
});
