// Dictionaries from users are untrusted: malformed JSON, wrong types, huge or hostile entries and
// a million entries give a clear DictionaryError or work, never touch a prototype, never hang.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPipeline, DictionaryError, extractEvents, loadDictionary, type Dictionary, type ExtractionResult } from '../../src/index.js';
import { checkResult } from './invariants.js';

/** The own property names of the built-in prototypes, to see that nothing was added to them. */
function prototypeShapes(): string[][] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Object.getOwnPropertyNames(p).sort());
}

let before: string[][];
beforeEach(() => {
  before = prototypeShapes();
});
afterEach(() => {
  expect(prototypeShapes()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

function refs(result: ExtractionResult, prefix: string): string[] {
  return result.actors.filter((a) => a.ref?.startsWith(prefix)).map((a) => a.ref!);
}

describe('malformed dictionaries', () => {
  it.each([
    ['cut off', '{ "name": "tokoh", "actors": ['],
    ['with a trailing comma', '{ "name": "tokoh", "words": { "a": ["b"], } }'],
    ['with single quotes', "{ 'name': 'tokoh' }"],
    ['empty', ''],
    ['a BOM and nothing else', '\uFEFF'],
  ])('rejects JSON text that is %s as "not valid JSON"', (_, text) => {
    expect(() => loadDictionary(text)).toThrow(DictionaryError);
    expect(() => loadDictionary(text)).toThrow(/is not valid JSON/);
  });

  it.each([
    ['an array', '[]', /must be a JSON object; got an array/],
    ['a number', '42', /must be a JSON object; got number/],
    ['null', 'null', /must be a JSON object; got null/],
    ['a string', '"tokoh"', /must be a JSON object; got the string "tokoh"/],
  ])('rejects JSON that is %s', (_, text, message) => {
    expect(() => loadDictionary(text)).toThrow(message);
  });

  it.each([
    ['a name that is a number', { name: 5, words: { a: ['b'] } }, /field "name": must be a non-empty string; got number/],
    ['a blank name', { name: ' \n', words: { a: ['b'] } }, /field "name": must be a non-empty string/],
    ['no content', { name: 'kosong' }, /has none of "actors", "words" or "disables"/],
    ['an unknown field', { name: 'x', entries: [] }, /field "entries": is not a dictionary field/],
    ['actors that are an object', { name: 'x', actors: { id: 'a' } }, /field "actors": must be an array of entries; got object/],
    ['an actor that is a string', { name: 'x', actors: ['Budi'] }, /entry 0: must be an object; got the string "Budi"/],
    ['an actor without an id', { name: 'x', actors: [{ name: 'Budi', type: 'person' }] }, /entry 0, field "id": must be a non-empty string; got undefined/],
    ['an actor of an unknown type', { name: 'x', actors: [{ id: 'a', name: 'Budi', type: 'alien' }] }, /field "type": must be one of person, organization, location, group; got the string "alien"/],
    ['aliases that are a string', { name: 'x', actors: [{ id: 'a', name: 'Budi', type: 'person', aliases: 'Bud' }] }, /field "aliases": must be an array of strings/],
    ['an alias that is a number', { name: 'x', actors: [{ id: 'a', name: 'Budi', type: 'person', aliases: [7] }] }, /field "aliases\[0\]": must be a non-empty string; got number/],
    ['the same id twice', { name: 'x', actors: [{ id: 'a', name: 'Budi', type: 'person' }, { id: 'a', name: 'Ani', type: 'person' }] }, /entry 1 \(id "a"\): repeats an id/],
    ['a country that is not ISO', { name: 'x', actors: [{ id: 'a', name: 'Budi', type: 'person', country: 'IDN' }] }, /field "country": must be an ISO 3166-1 alpha-2 code/],
    ['a role that ends before it starts', { name: 'x', actors: [{ id: 'a', name: 'Budi', type: 'person', roles: [{ title: 'Ketua', from: '2024-01-01', to: '2020-01-01' }] }] }, /starts \(2024-01-01\) after it ends \(2020-01-01\)/],
    ['a role on a day that does not exist', { name: 'x', actors: [{ id: 'a', name: 'Budi', type: 'person', roles: [{ title: 'Ketua', from: '2023-02-29' }] }] }, /must be a date as YYYY-MM-DD/],
    ['words that are an array', { name: 'x', words: [['a']] }, /field "words": must be an object of word lists by name; got an array/],
    ['a word list that is a string', { name: 'x', words: { titles: 'Ketua' } }, /list "titles": must be an array of entries/],
    ['a word entry that is a number', { name: 'x', words: { titles: [3] } }, /list "titles", entry 0: must be a string or an object with "form"; got number/],
    ['a word value that is not finite', { name: 'x', words: { months: [{ form: 'Januari', value: Infinity }] } }, /field "value": must be a finite number/],
    ['caseSensitive that is a string', { name: 'x', words: { titles: [{ form: 'AKP', caseSensitive: 'yes' }] } }, /field "caseSensitive": must be true or false/],
    ['disables that is a string', { name: 'x', disables: 'regions' }, /field "disables": must be an array of strings/],
    ['a class instance', new (class Kamus { name = 'x'; words = { a: ['b'] }; })(), /must be a JSON object/],
    ['a Map', new Map([['name', 'x']]), /must be a JSON object/],
  ])('rejects a dictionary with %s, naming where', (_, source, message) => {
    expect(() => loadDictionary(source)).toThrow(DictionaryError);
    expect(() => loadDictionary(source)).toThrow(message);
  });

  it('names the file when given one', () => {
    expect(() => loadDictionary('{', { file: 'kamus/tokoh.json' })).toThrow(/dictionary "kamus\/tokoh.json": is not valid JSON/);
    expect(() => loadDictionary({ name: 'tokoh', actors: [{}] }, { file: 'kamus/tokoh.json' })).toThrow(/dictionary "tokoh \(kamus\/tokoh.json\)", entry 0/);
  });
});

describe('hostile dictionaries', () => {
  it.each([
    ['at the top (JSON text)', '{ "name": "x", "__proto__": { "polluted": true }, "words": { "a": ["b"] } }', '__proto__'],
    ['in an actor (JSON text)', '{ "name": "x", "actors": [{ "id": "a", "name": "Budi", "type": "person", "__proto__": { "polluted": true } }] }', '__proto__'],
    ['as a word list name (JSON text)', '{ "name": "x", "words": { "__proto__": ["polluted"] } }', '__proto__'],
    ['as "constructor" (JSON text)', '{ "name": "x", "words": { "constructor": { "prototype": { "polluted": true } } } }', 'constructor'],
    ['deep inside (JSON text)', '{ "name": "x", "actors": [{ "id": "a", "name": "B", "type": "person", "roles": [{ "title": "K", "__proto__": { "polluted": 1 } }] }] }', '__proto__'],
  ])('refuses a "__proto__"-like key %s without touching a prototype', (_, text, key) => {
    expect(() => loadDictionary(text)).toThrow(`the key "${key}" is not allowed`);
  });

  it('refuses a "__proto__" own key made in code (computed key, JSON.parse, defineProperty)', () => {
    expect(() => loadDictionary({ name: 'x', words: { ['__proto__']: ['a'] } })).toThrow(/the key "__proto__" is not allowed/);
    expect(() => loadDictionary(JSON.parse('{ "name": "x", "words": { "a": ["b"] }, "__proto__": { "polluted": true } }'))).toThrow(/"__proto__" is not allowed/);
    const sneaky = { name: 'x', words: { a: ['b'] } };
    Object.defineProperty(sneaky, '__proto__', { value: { polluted: true }, enumerable: true });
    expect(() => loadDictionary(sneaky)).toThrow(/"__proto__" is not allowed/);
  });

  it('uses names of Object.prototype members as plain aliases, word forms and ids', () => {
    const names = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__', 'isPrototypeOf'];
    const dictionary = loadDictionary({
      name: 'proto-names',
      actors: names.map((n) => ({ id: n, name: `Tokoh ${n}`, type: 'person', aliases: [n, n.toUpperCase()] })),
      words: { titles: names, 'speech-verbs': names.map((form) => ({ form, lemma: form, kind: 'say' })) },
    });
    const text = `Tokoh toString dan Tokoh __proto__ tiba. "Ya," constructor hasOwnProperty. ${names.join(' ')} kata valueOf.`;
    const result = createPipeline({ dictionaries: [dictionary] }).run(text);
    checkResult(text, result);
    expect(result.actors.map((a) => a.ref).filter(Boolean)).toEqual(expect.arrayContaining(['toString', '__proto__']));
  });

  it('refuses nesting deeper than a dictionary has, without a stack overflow (100,000 levels)', () => {
    const deep = '{ "name": "x", "actors": ' + '['.repeat(100_000) + ']'.repeat(100_000) + ' }';
    expect(() => loadDictionary(deep)).toThrow(/nested more than \d+ levels deep/);
    let nested: unknown = 'x';
    for (let i = 0; i < 100_000; i++) nested = { a: nested };
    expect(() => loadDictionary({ name: 'x', words: { w: [nested] } })).toThrow(/nested more than \d+ levels deep/);
    const cyclic: Record<string, unknown> = { name: 'x', words: { a: ['b'] } };
    (cyclic.words as Record<string, unknown>).self = cyclic;
    expect(() => loadDictionary(cyclic)).toThrow(/nested more than \d+ levels deep/);
  });

  it('refuses forms longer than a name can be', () => {
    const long = 'Budi '.repeat(10_000);
    expect(() => loadDictionary({ name: 'x', actors: [{ id: 'a', name: long, type: 'person' }] })).toThrow(/field "name": is 50000 characters long; at most 200 are allowed/);
    expect(() => loadDictionary({ name: 'x', words: { titles: [long] } })).toThrow(/at most 200 are allowed/);
    expect(() => loadDictionary({ name: 'x', actors: [{ id: 'i'.repeat(1000), name: 'Budi', type: 'person' }] })).toThrow(/field "id": is 1000 characters long/);
  });

  it('takes 100,000 aliases of one entry and still finds the last', () => {
    const aliases = Array.from({ length: 100_000 }, (_, i) => `Rekaan ${i.toString(36)}`);
    const dictionary = loadDictionary({ name: 'banyak', actors: [{ id: 'banyak-1', name: 'Tokoh Banyak Nama', type: 'person', aliases }] });
    const text = `Kemarin ${aliases[aliases.length - 1]} tiba di Jakarta.`;
    expect(refs(createPipeline({ dictionaries: [dictionary] }).run(text), 'banyak')).toEqual(['banyak-1']);
  });

  it('matches aliases with regular-expression characters literally, never as patterns', () => {
    const aliases = ['C++', 'K.P.K.', 'PT. Maju+Jaya (Persero)', 'A\\B', 'X^Y', '.*', 'a|b', '[ABC]', '\\d+', '(Grup)', '{1,2}', '$HIB', 'Tbk.*', '?'];
    const dictionary = loadDictionary({ name: 'meta', actors: aliases.map((alias, i) => ({ id: `meta-${i}`, name: `Organisasi Rekaan ${i}`, type: 'organization', aliases: [alias] })) });
    const pipeline = createPipeline({ dictionaries: [dictionary] });
    // Each literal occurrence of a name-like alias is found as that entry.
    for (const [i, alias] of aliases.slice(0, 5).entries()) {
      const text = `Kemarin ${alias} mengumumkan laba.`;
      const result = pipeline.run(text);
      checkResult(text, result);
      expect(refs(result, 'meta-'), alias).toEqual([`meta-${i}`]);
    }
    // Text a pattern would match, but no alias spells, finds none of them.
    for (const text of ['Kemarin apa saja mengumumkan laba.', 'Kemarin a mengumumkan b.', 'KXPXKX tiba.', 'Angka 123 naik.', 'ABC dan A dan B.', 'Grup baru.', 'XXY tiba.', 'C tiba.', 'PT Maju Jaya Persero tiba.', '11 orang tiba.']) {
      const result = pipeline.run(text);
      checkResult(text, result);
      expect(refs(result, 'meta-'), text).toEqual([]);
    }
  });
});

describe('a million entries', () => {
  const ENTRIES = 1_000_000;

  /** The JSON text of a dictionary of `n` made-up people, each with one alias. */
  function millionPeople(n: number): string {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const key = i.toString(36);
      parts.push(`{"id":"juta-${key}","name":"Tokoh Rekaan ${key}","type":"person","aliases":["Rekaan ${key}"]}`);
    }
    return `{"name":"sejuta-tokoh","actors":[${parts.join(',')}]}`;
  }

  it('loads 1,000,000 actors, builds a pipeline with them and finds one of the last', () => {
    const began = performance.now();
    const dictionary: Dictionary = loadDictionary(millionPeople(ENTRIES));
    const loaded = performance.now();
    expect(dictionary.actors).toHaveLength(ENTRIES);
    const pipeline = createPipeline({ dictionaries: [dictionary] });
    const last = (ENTRIES - 1).toString(36);
    const text = `Kemarin Tokoh Rekaan ${last} bertemu Rekaan 1a di Jakarta.`;
    const result = pipeline.run(text);
    const done = performance.now();
    checkResult(text, result);
    expect(refs(result, 'juta-').sort()).toEqual([`juta-1a`, `juta-${last}`].sort());
    // Once compiled, a document costs what it costs without the million.
    const again = performance.now();
    pipeline.run(text);
    console.log(`1,000,000 actors: loadDictionary ${(loaded - began).toFixed(0)} ms, pipeline and first run ${(done - loaded).toFixed(0)} ms, next run ${(performance.now() - again).toFixed(1)} ms`);
  }, 600_000);

  it('loads a word list of 1,000,000 forms', () => {
    const forms = Array.from({ length: ENTRIES }, (_, i) => `kata${i.toString(36)}`);
    const began = performance.now();
    const dictionary = loadDictionary(JSON.stringify({ name: 'sejuta-kata', words: { 'stop-words': forms } }));
    console.log(`1,000,000 word forms: loadDictionary ${(performance.now() - began).toFixed(0)} ms`);
    expect(dictionary.words?.['stop-words']).toHaveLength(ENTRIES);
    const text = 'kata0 dan katalfls tiba.';
    checkResult(text, extractEvents(text, { dictionaries: [dictionary] }));
  }, 600_000);
});
