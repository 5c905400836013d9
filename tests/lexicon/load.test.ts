import { describe, expect, it } from 'vitest';
import { DictionaryError, loadDictionary } from '../../src/lexicon/load.js';

const PERSON = { id: 'p1', name: 'Budi Santoso', type: 'person' };

/** The DictionaryError that loading `source` throws. */
function failure(source: unknown, file?: string): DictionaryError {
  try {
    loadDictionary(source, file ? { file } : {});
  } catch (e) {
    expect(e).toBeInstanceOf(DictionaryError);
    return e as DictionaryError;
  }
  throw new Error('expected loadDictionary to throw');
}

/** The error for a dictionary whose only actor has `patch` applied. */
function actorFailure(patch: Record<string, unknown>): DictionaryError {
  return failure({ name: 'mine', actors: [{ id: 'ok', name: 'Sah', type: 'location' }, { ...PERSON, ...patch }] });
}

/** The error for a dictionary whose word list "titles" holds `entry` second. */
function wordFailure(entry: unknown): DictionaryError {
  return failure({ name: 'mine', words: { titles: ['Bupati', entry] } });
}

describe('loadDictionary accepts', () => {
  it('an object or its JSON text, and returns a clean copy', () => {
    const source = { $schema: './x.json', name: 'mine', description: 'd', source: 's', license: 'MIT', actors: [{ ...PERSON, aliases: ['Budi'], roles: [{ title: 'Menteri', from: '2024-10-21' }] }], words: { titles: ['Bupati', { form: 'AKP', kind: 'rank', caseSensitive: true, value: 3, lemma: 'Ajun Komisaris Polisi' }] }, disables: ['regions'] };
    const fromObject = loadDictionary(source);
    expect(loadDictionary(JSON.stringify(source))).toEqual(fromObject);
    expect(fromObject).toEqual({
      name: 'mine',
      actors: [{ ...PERSON, aliases: ['Budi'], roles: [{ title: 'Menteri', from: '2024-10-21' }] }],
      words: { titles: [{ form: 'Bupati' }, { form: 'AKP', kind: 'rank', caseSensitive: true, value: 3, lemma: 'Ajun Komisaris Polisi' }] },
      disables: ['regions'],
    });
    expect(fromObject.actors![0]).not.toBe(source.actors[0]);
  });

  it('a dictionary that only switches others off', () => {
    expect(loadDictionary({ name: 'quiet', disables: ['regions', 'people'] })).toEqual({ name: 'quiet', disables: ['regions', 'people'] });
  });
});

describe('loadDictionary rejects, naming the dictionary, entry and field', () => {
  it('text that is not JSON, under the file name', () => {
    const e = failure('{"name": ', 'my.json');
    expect(e.message).toMatch(/^dictionary "my\.json": is not valid JSON/);
    expect(e.dictionary).toBe('my.json');
  });

  it('a value that is not an object', () => {
    for (const bad of [[], null, 42, '"text"']) expect(failure(bad).message).toMatch(/must be a JSON object; got/);
  });

  it('the keys __proto__, constructor and prototype at any depth', () => {
    expect(failure('{"name": "x", "__proto__": {"polluted": true}, "disables": ["a"]}').message).toMatch(/the key "__proto__" is not allowed/);
    expect(failure('{"name": "x", "actors": [{"id": "a", "name": "A", "type": "person", "constructor": 1}]}').message).toMatch(/the key "constructor" is not allowed/);
    expect(failure({ name: 'x', words: { prototype: ['a'] } }).message).toMatch(/the key "prototype" is not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an object with another prototype', () => {
    expect(failure(Object.create({ name: 'x' })).message).toMatch(/must be a JSON object/);
  });

  it('nesting deeper than the format has', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 20; i++) deep = [deep];
    expect(failure({ name: 'x', disables: deep }).message).toMatch(/nested more than 8 levels deep/);
  });

  it('a missing or empty name', () => {
    expect(failure({ actors: [] })).toMatchObject({ field: 'name' });
    expect(failure({ name: '  ', actors: [] }).message).toMatch(/field "name": must be a non-empty string/);
  });

  it('an unknown top-level field, listing the fields', () => {
    const e = failure({ name: 'mine', actor: [] }, 'mine.json');
    expect(e.message).toBe('dictionary "mine (mine.json)", field "actor": is not a dictionary field; the fields are: $schema, name, description, source, license, actors, words, disables');
  });

  it('a dictionary with nothing in it', () => {
    expect(failure({ name: 'empty' }).message).toMatch(/has none of "actors", "words" or "disables"/);
  });

  it('actors that are not an array', () => {
    expect(failure({ name: 'mine', actors: {} })).toMatchObject({ field: 'actors', entry: null });
  });

  it('an actor that is not an object', () => {
    const e = failure({ name: 'mine', actors: [PERSON, 'Budi'] });
    expect(e).toMatchObject({ entry: 1, field: null });
    expect(e.message).toBe('dictionary "mine", entry 1: must be an object; got the string "Budi"');
  });

  it('an actor without an id', () => {
    expect(actorFailure({ id: undefined })).toMatchObject({ entry: 1, field: 'id' });
  });

  it('an id used twice', () => {
    const e = failure({ name: 'mine', actors: [PERSON, { ...PERSON, name: 'Lain' }] });
    expect(e).toMatchObject({ entry: 1, id: 'p1' });
    expect(e.message).toMatch(/entry 1 \(id "p1"\): repeats an id/);
  });

  it('an unknown actor field, listing the fields', () => {
    const e = actorFailure({ alias: ['B'] });
    expect(e).toMatchObject({ entry: 1, id: 'p1', field: 'alias' });
    expect(e.message).toMatch(/is not an actor field; the fields are: id, name, type, aliases/);
  });

  it('a type outside person, organization, location, group', () => {
    expect(actorFailure({ type: 'company' }).message).toBe('dictionary "mine", entry 1 (id "p1"), field "type": must be one of person, organization, location, group; got the string "company"');
  });

  it('an actor without a name', () => {
    expect(actorFailure({ name: '' })).toMatchObject({ field: 'name', id: 'p1' });
  });

  it('aliases, titles or demonyms that are not arrays of strings', () => {
    expect(actorFailure({ aliases: 'Budi' })).toMatchObject({ field: 'aliases' });
    expect(actorFailure({ aliases: ['Budi', 7] })).toMatchObject({ field: 'aliases[1]' });
    expect(actorFailure({ titles: [''] })).toMatchObject({ field: 'titles[0]' });
    expect(actorFailure({ demonyms: [null] })).toMatchObject({ field: 'demonyms[0]' });
  });

  it('a form longer than any name', () => {
    expect(actorFailure({ aliases: ['x'.repeat(201)] }).message).toMatch(/field "aliases\[0\]": is 201 characters long; at most 200/);
  });

  it('country, parent or subtype that are not strings', () => {
    expect(actorFailure({ parent: 3 })).toMatchObject({ field: 'parent' });
    expect(actorFailure({ subtype: [] })).toMatchObject({ field: 'subtype' });
    expect(actorFailure({ country: false })).toMatchObject({ field: 'country' });
  });

  it('a country that is not an ISO 3166-1 alpha-2 code', () => {
    expect(actorFailure({ country: 'Indonesia' }).message).toMatch(/field "country": must be an ISO 3166-1 alpha-2 code/);
    expect(actorFailure({ country: 'id' })).toMatchObject({ field: 'country' });
  });

  it('roles that are not an array of objects', () => {
    expect(actorFailure({ roles: { title: 'Presiden' } })).toMatchObject({ field: 'roles' });
    expect(actorFailure({ roles: ['Presiden'] })).toMatchObject({ field: 'roles[0]' });
  });

  it('an unknown role field', () => {
    expect(actorFailure({ roles: [{ title: 'Presiden', until: '2024-10-20' }] }).message).toMatch(/field "roles\[0\]\.until": is not a role field/);
  });

  it('a role without a title', () => {
    expect(actorFailure({ roles: [{ from: '2024-10-20' }] })).toMatchObject({ field: 'roles[0].title' });
  });

  it('role dates that are not calendar days as YYYY-MM-DD', () => {
    expect(actorFailure({ roles: [{ title: 'Presiden', from: '20-10-2024' }] }).message).toMatch(/field "roles\[0\]\.from": must be a date as YYYY-MM-DD/);
    expect(actorFailure({ roles: [{ title: 'Presiden', to: '2024-02-30' }] })).toMatchObject({ field: 'roles[0].to' });
    expect(actorFailure({ roles: [{ title: 'Presiden', from: 2024 }] })).toMatchObject({ field: 'roles[0].from' });
  });

  it('a role that ends before it starts', () => {
    expect(actorFailure({ roles: [{ title: 'Presiden', from: '2024-10-20', to: '2014-10-20' }] }).message).toMatch(/field "roles\[0\]": starts \(2024-10-20\) after it ends \(2014-10-20\)/);
  });

  it('words that are not an object of lists', () => {
    expect(failure({ name: 'mine', words: ['Bupati'] })).toMatchObject({ field: 'words' });
  });

  it('a word list that is not an array', () => {
    const e = failure({ name: 'mine', words: { titles: 'Bupati' } });
    expect(e).toMatchObject({ list: 'titles' });
    expect(e.message).toMatch(/^dictionary "mine", list "titles": must be an array of entries/);
  });

  it('a word entry that is neither a string nor an object', () => {
    expect(wordFailure(5).message).toBe('dictionary "mine", list "titles", entry 1: must be a string or an object with "form"; got number');
  });

  it('an unknown word field', () => {
    expect(wordFailure({ form: 'Camat', type: 'office' })).toMatchObject({ list: 'titles', entry: 1, field: 'type' });
  });

  it('a word entry without a form', () => {
    expect(wordFailure({ kind: 'office' })).toMatchObject({ field: 'form' });
    expect(wordFailure('')).toMatchObject({ field: 'form' });
  });

  it('a lemma or kind that is not a non-empty string', () => {
    expect(wordFailure({ form: 'Camat', lemma: 1 })).toMatchObject({ field: 'lemma' });
    expect(wordFailure({ form: 'Camat', kind: '' })).toMatchObject({ field: 'kind' });
  });

  it('a value that is not a finite number', () => {
    expect(wordFailure({ form: 'Januari', value: '1' })).toMatchObject({ field: 'value' });
    expect(wordFailure({ form: 'Januari', value: Infinity }).message).toMatch(/must be a finite number/);
  });

  it('caseSensitive that is not true or false', () => {
    expect(wordFailure({ form: 'AKP', caseSensitive: 'yes' })).toMatchObject({ field: 'caseSensitive' });
  });

  it('disables that is not an array of names', () => {
    expect(failure({ name: 'mine', disables: 'regions' })).toMatchObject({ field: 'disables' });
    expect(failure({ name: 'mine', disables: ['regions', ''] })).toMatchObject({ field: 'disables[1]' });
  });

  it('holes in a sparse array, as entries that are missing', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(failure({ name: 'mine', actors: [, { id: 'a', name: 'A', type: 'person' }] })).toMatchObject({ entry: 0 });
    // eslint-disable-next-line no-sparse-arrays
    expect(failure({ name: 'mine', words: { titles: [, 'Ketua'] } })).toMatchObject({ entry: 0 });
  });
});
