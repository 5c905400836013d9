import { describe, expect, it } from 'vitest';
import { eventsOf, type ActorSpec } from './helpers.js';

const XI: ActorSpec = { id: 'xi', type: 'person', forms: ['Xi Jinping', 'Xi'] };
const KAZAN: ActorSpec = { id: 'kazan', type: 'location', forms: ['Kazan'] };
const ZELENSKY: ActorSpec = { id: 'zelensky', type: 'person', forms: ['Volodymyr Zelensky'] };

describe('statements', () => {
  it('makes one statement per quote: the cue as trigger, the speaker as actor, the quote index', () => {
    const text = '"Persahabatan kami akan berlanjut," tutur Xi di kota Kazan, Rusia, pada Rabu (23/10/2024).\nPresiden Ukraina Volodymyr Zelensky mengatakan pada Kamis (7/11/2024) bahwa Korea Utara telah mengirim tentara ke Rusia.';
    const events = eventsOf(text, {
      actors: [XI, KAZAN, ZELENSKY],
      dates: [
        { text: '23/10/2024', value: '2024-10-23' },
        { text: '7/11/2024', value: '2024-11-07' },
      ],
      quotes: [
        { content: 'Persahabatan kami akan berlanjut,', kind: 'direct', cue: 'tutur', speaker: 'xi' },
        { content: 'Korea Utara telah mengirim tentara ke Rusia', kind: 'indirect', cue: 'mengatakan', speaker: 'zelensky' },
      ],
    });
    const statements = events.filter((e) => e.type === 'statement');
    expect(statements).toEqual([
      {
        type: 'statement',
        trigger: { start: 36, end: 41, text: 'tutur', lemma: 'tutur' },
        actors: ['xi'],
        targets: [],
        date: '2024-10-23',
        location: 'kazan',
        quote: 0,
        negated: false,
        sentence: 0,
        category: 'statement',
      },
      expect.objectContaining({ trigger: expect.objectContaining({ text: 'mengatakan', lemma: 'kata' }), actors: ['zelensky'], date: '2024-11-07', quote: 1, sentence: 1 }),
    ]);
  });

  it('reports no action for the words inside a direct quote, and no second event for the cue', () => {
    const text = '"Kami sudah mengerahkan dua helikopter," kata Edy.';
    const events = eventsOf(text, {
      actors: [{ id: 'edy', type: 'person', forms: ['Edy'] }],
      quotes: [{ content: 'Kami sudah mengerahkan dua helikopter,', kind: 'direct', cue: 'kata', speaker: 'edy' }],
    });
    expect(events.map((e) => [e.type, e.trigger.text])).toEqual([['statement', 'kata']]);
  });

  it('keeps a statement without a known speaker, with no actor', () => {
    const events = eventsOf('"Harga naik lagi," kata seorang warga.', { quotes: [{ content: 'Harga naik lagi,', kind: 'direct', cue: 'kata', speaker: null }] });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'statement', actors: [], quote: 0 });
  });

  it('lets the speaker of a cue be the subject of the clause after it ("kata Setyo saat meninjau")', () => {
    const text = '"Puncak kepadatan terjadi besok," kata Setyo saat meninjau kesiapan terminal, Rabu.';
    const events = eventsOf(text, {
      actors: [{ id: 'setyo', type: 'person', forms: ['Setyo'] }],
      dates: [{ text: 'Rabu', value: '2024-12-18' }],
      quotes: [{ content: 'Puncak kepadatan terjadi besok,', kind: 'direct', cue: 'kata', speaker: 'setyo' }],
    });
    expect(events.find((e) => e.trigger.text === 'meninjau')).toMatchObject({ actors: ['setyo'], date: '2024-12-18' });
  });

  it('sets a statement by its attribution, not by the place or date it reports', () => {
    const text = 'Gempa mengguncang Jepang pada Minggu. Kenji mengatakan pusat gempa berada di timur Kota Ishinomaki sejak Senin.';
    const events = eventsOf(text, {
      actors: [{ id: 'kenji', type: 'person', forms: ['Kenji'] }, { id: 'ishinomaki', type: 'location', forms: ['Kota Ishinomaki'] }],
      dates: [{ text: 'Minggu', value: '2024-12-15' }, { text: 'Senin', value: '2024-12-16' }],
      quotes: [{ content: 'pusat gempa berada di timur Kota Ishinomaki sejak Senin', kind: 'indirect', cue: 'mengatakan', speaker: 'kenji' }],
    });
    expect(events.find((e) => e.type === 'statement')).toMatchObject({ actors: ['kenji'], location: null, date: '2024-12-15' });
  });

  it('keeps the scene of the statement before for a statement that names no place or date', () => {
    const text = '"Persahabatan kami akan berlanjut," tutur Xi di kota Kazan pada Rabu (23/10/2024).\n"Kerja sama ini faktor penstabil," tutur Putin.';
    const events = eventsOf(text, {
      actors: [XI, KAZAN, { id: 'putin', type: 'person', forms: ['Putin'] }],
      dates: [{ text: '23/10/2024', value: '2024-10-23' }],
      quotes: [
        { content: 'Persahabatan kami akan berlanjut,', kind: 'direct', cue: 'tutur', speaker: 'xi' },
        { content: 'Kerja sama ini faktor penstabil,', kind: 'direct', cue: 'tutur', speaker: 'putin' },
      ],
    });
    expect(events.map((e) => [e.actors, e.date, e.location])).toEqual([
      [['xi'], '2024-10-23', 'kazan'],
      [['putin'], '2024-10-23', 'kazan'],
    ]);
  });
});
