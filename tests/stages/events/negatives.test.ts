import { describe, expect, it } from 'vitest';
import { eventsOf, type ActorSpec } from './helpers.js';

const BI: ActorSpec = { id: 'bi', type: 'organization', forms: ['BI'] };

describe('what is not an event', () => {
  it('reports nothing inside boilerplate lines', () => {
    const text = 'BI mempertahankan suku bunga.\nBaca Juga: BI Menaikkan Suku Bunga, Rupiah Menguat\nBI menahan diri.';
    const events = eventsOf(text, { actors: [BI] });
    expect(events.map((e) => e.trigger.text)).toEqual(['mempertahankan', 'menahan']);
  });

  it('leaves out copulas, verbs used as prepositions, attribution and superlatives', () => {
    const text = 'BI merupakan bank sentral. Berdasarkan data BI, inflasi tertinggi terjadi di Papua. BI, seperti dilansir Reuters, menjadi pengawas.';
    expect(eventsOf(text, { actors: [BI, { id: 'reuters', type: 'organization', forms: ['Reuters'] }] })).toEqual([]);
  });

  it('leaves out verbs with no agent, no category and no date in their clause', () => {
    expect(eventsOf('Komoditas yang dominan memicu inflasi antara lain bawang merah. Air dengan cepat masuk ke permukiman.')).toEqual([]);
  });

  it('does not read nouns that begin like a prefix as verbs', () => {
    const text = 'Menteri dan Direktur Dinas Kesehatan berada di menara berita itu selama beberapa menit.';
    expect(eventsOf(text, { actors: [{ id: 'menteri', type: 'person', forms: ['Menteri'] }] })).toEqual([]);
  });

  it('returns no events for an empty document or one without sentences', () => {
    expect(eventsOf('')).toEqual([]);
    expect(eventsOf('   \n ')).toEqual([]);
  });
});
