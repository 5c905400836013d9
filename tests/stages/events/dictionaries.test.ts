import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadDictionary } from '../../../src/lexicon/load.js';
import { createEventsStage } from '../../../src/stages/events.js';
import { compileVocabulary, WORD_CLASS } from '../../../src/stages/events/vocabulary.js';
import { eventFor, eventsOf, lexiconWith, type ActorSpec } from './helpers.js';

const BUDI: ActorSpec = { id: 'budi', type: 'person', forms: ['Budi'] };

describe('dictionaries', () => {
  it('takes categories, bare verbs and roots from a user dictionary, for that lexicon only', () => {
    const mine = loadDictionary({
      name: 'my-events',
      words: {
        'event-verbs': [{ form: 'borong', kind: 'business' }, { form: 'kontrak', kind: 'business' }],
        'bare-event-verbs': ['mangkir'],
        roots: [{ form: 'kontrak' }],
      },
    });
    const text = 'Budi memborong saham. Budi mengontrak rumah. Budi mangkir.';
    const stage = createEventsStage();
    const own = eventsOf(text, { actors: [BUDI] }, { lexicon: lexiconWith(mine), stage });
    const shipped = eventsOf(text, { actors: [BUDI] }, { stage });
    expect(eventFor(own, 'memborong').category).toBe('business');
    expect(eventFor(own, 'mengontrak')).toMatchObject({ category: 'business', trigger: { lemma: 'kontrak' } });
    expect(eventFor(own, 'mangkir').actors).toEqual(['budi']);
    // The same stage with the shipped lexicon is untouched by the user's words.
    expect(eventFor(shipped, 'memborong').category).toBeUndefined();
    expect(eventFor(shipped, 'mengontrak').trigger.lemma).toBe('ontrak');
    expect(shipped.find((e) => e.trigger.text === 'mangkir')).toBeUndefined();
  });

  it('lets a user dictionary make a verb a non-event', () => {
    const quiet = loadDictionary({ name: 'quiet', words: { 'non-event-verbs': [{ form: 'menyerang', kind: 'state' }] } });
    const layers = { actors: [{ id: 'rusia', type: 'location', forms: ['Rusia'] }, { id: 'ukraina', type: 'location', forms: ['Ukraina'] }] satisfies ActorSpec[] };
    expect(eventsOf('Rusia menyerang Ukraina.', layers, { lexicon: lexiconWith(quiet) })).toEqual([]);
    expect(eventsOf('Rusia menyerang Ukraina.', layers)).toHaveLength(1);
  });
});

describe('word classes', () => {
  it('reads a function word written with a hyphen from a user dictionary ("tak-pernah" beside "tak")', () => {
    const hyphened = loadDictionary({ name: 'hyphened', words: { 'event-negators': ['tak-pernah'] } });
    const layers = { actors: [BUDI, { id: 'ani', type: 'person', forms: ['Ani'] }] satisfies ActorSpec[] };
    const text = 'Budi tak-pernah menyerang Ani.';
    expect(eventFor(eventsOf(text, layers, { lexicon: lexiconWith(hyphened) }), 'menyerang').negated).toBe(true);
    expect(eventFor(eventsOf(text, layers), 'menyerang').negated).toBe(false);
    expect(eventFor(eventsOf('Budi tak menyerang Ani.', layers, { lexicon: lexiconWith(hyphened) }), 'menyerang').negated).toBe(true);
  });
});

describe('spans', () => {
  const WORDS = ['Budi', 'dan', 'Ani', 'menyerang', 'ditangkap', 'oleh', 'polisi', 'di', 'Jakarta', 'pada', 'Senin', 'bahwa', 'yang', 'tidak', 'mereka', 'keduanya', 'pihaknya', ',', '.', '"', '“', '”', '\n', '(', ')', 'naik', 'memperkuat'];
  const ACTORS: ActorSpec[] = [
    { id: 'budi', type: 'person', forms: ['Budi'] },
    { id: 'ani', type: 'person', forms: ['Ani'] },
    { id: 'polisi', type: 'organization', forms: ['polisi'] },
    { id: 'jakarta', type: 'location', forms: ['Jakarta'] },
  ];

  it('gives every trigger as an exact slice of the input, in a body sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }), (words) => {
        const text = words.join(' ');
        const events = eventsOf(text, { actors: ACTORS, dates: text.includes('Senin') ? [{ text: 'Senin', value: '2024-11-04' }] : [] });
        for (const e of events) {
          expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
          expect(e.sentence).toBeGreaterThanOrEqual(0);
          expect(e.actors.every((id) => ACTORS.some((a) => a.id === id))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('word classes from the dictionaries', () => {
  it('marks additive coordinators (kind and) and demonstratives, a user dictionary too', () => {
    const shipped = compileVocabulary(lexiconWith());
    expect(shipped.wordClass('dan') & WORD_CLASS.additive).not.toBe(0);
    expect(shipped.wordClass('bersama') & WORD_CLASS.additive).toBe(0);
    expect(shipped.wordClass('itu') & WORD_CLASS.demonstrative).not.toBe(0);
    const mine = loadDictionary({ name: 'mine', words: { 'event-coordinators': [{ form: 'beserta', kind: 'and' }], 'event-demonstratives': [{ form: 'tersebut' }] } });
    const extended = compileVocabulary(lexiconWith(mine));
    expect(extended.wordClass('beserta') & WORD_CLASS.additive).not.toBe(0);
    expect(extended.wordClass('tersebut') & WORD_CLASS.demonstrative).not.toBe(0);
  });
});
