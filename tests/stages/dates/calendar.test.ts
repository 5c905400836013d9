// The calendar words come from dictionaries: the shipped calendar, and any dictionary that adds to
// its lists, per pipeline or per call, without one pipeline changing another.
import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../../../src/lexicon/load.js';
import calendar from '../../../dictionaries/calendar.json';
import { datesPipeline } from './helpers.js';

const oldSpelling = loadDictionary({
  name: 'ejaan-lama',
  words: { months: [{ form: 'Djuni', value: 6, kind: 'name' }], 'time-zones': [{ form: 'WJ', value: 420, caseSensitive: true }] },
});
const text = 'Konferensi dibuka 18 Djuni 1955 pukul 09.00 WJ.';

describe('dates: calendar dictionary', () => {
  it('is a valid shipped dictionary with the lists the stage reads', () => {
    const dict = loadDictionary(calendar);
    for (const list of ['months', 'weekdays', 'day-parts', 'time-zones', 'relative-days', 'relative-words', 'number-words', 'time-units']) {
      expect(dict.words?.[list]?.length, list).toBeGreaterThan(0);
    }
    expect(dict.words!.months!.filter((m) => m.kind === 'name').map((m) => m.value)).toEqual(expect.arrayContaining([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
  });

  it('reads spellings added by a per-call dictionary, for that call only', () => {
    const pipeline = datesPipeline();
    const withOld = pipeline.run(text, { documentDate: '1955-04-20', dictionaries: [oldSpelling] }).dates;
    expect(withOld.map((d) => [d.text, d.value])).toEqual([
      ['18 Djuni 1955', '1955-06-18'],
      ['pukul 09.00 WJ', '1955-06-18T09:00'],
    ]);
    const plain = pipeline.run(text, { documentDate: '1955-04-20' }).dates;
    expect(plain.map((d) => d.text)).toEqual(['pukul 09.00']);
  });

  it('keeps two pipelines with different dictionaries apart, run interleaved', () => {
    const a = datesPipeline([oldSpelling]);
    const b = datesPipeline();
    for (let round = 0; round < 2; round++) {
      expect(a.run(text).dates[0]?.text).toBe('18 Djuni 1955');
      expect(b.run(text).dates.map((d) => d.text)).toEqual(['pukul 09.00']);
    }
  });
});
