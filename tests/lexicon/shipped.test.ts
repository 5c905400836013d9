import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_FIELDS, loadDictionary, trustedDictionary } from '../../src/lexicon/load.js';
import { SHIPPED_DICTIONARIES } from '../../src/lexicon/shipped.js';
import { compileLexicon } from '../../src/lexicon/lexicon.js';
import { tokenize } from '../../src/stages/tokenize.js';
import { foldForMatch } from '../../src/lexicon/normalize.js';
import type { ActorEntry } from '../../src/types.js';

const DIR = join(__dirname, '../../dictionaries');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const json = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8'));
/** The actor files of the dictionaries engineer, whose forms must not collide. */
const ACTOR_FILES = ['countries', 'regions', 'institutions', 'international', 'outlets', 'people'];

describe('shipped dictionaries', () => {
  it('are trusted at run time only because each validates as a user dictionary would', () => {
    for (const dict of SHIPPED_DICTIONARIES) {
      const source = json(`${dict.name}.json`);
      expect(trustedDictionary(source)).toEqual(loadDictionary(source, { file: `${dict.name}.json` }));
    }
  });

  it('name themselves after their file and say what they hold, where it comes from and its licence', () => {
    for (const dict of SHIPPED_DICTIONARIES) {
      const source = json(`${dict.name}.json`);
      for (const field of ['description', 'source', 'license']) expect(source[field], `${dict.name}.${field}`).toMatch(/\S/);
    }
    for (const file of ACTOR_FILES) expect(json(`${file}.json`).$schema, file).toBe('./schema/dictionary.schema.json');
  });

  it('give every actor an id no other shipped dictionary uses, and parents that exist', () => {
    const owner = new Map<string, string>();
    const actors: ActorEntry[] = [];
    for (const dict of SHIPPED_DICTIONARIES) {
      for (const entry of dict.actors ?? []) {
        expect(owner.get(entry.id), `${entry.id} in ${dict.name}`).toBeUndefined();
        owner.set(entry.id, dict.name);
        actors.push(entry);
      }
    }
    for (const entry of actors) if (entry.parent) expect(owner.has(entry.parent), `${entry.id} → ${entry.parent}`).toBe(true);
  });

  it('never give one form to two actors', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of ACTOR_FILES) {
      for (const entry of json(`${file}.json`).actors as ActorEntry[]) {
        for (const form of new Set([entry.name, ...(entry.aliases ?? [])])) {
          const key = foldForMatch(form).replace(/[\s\-.]+/g, ' ').trim();
          const other = seen.get(key);
          if (other && other !== entry.id) clashes.push(`${form}: ${other} / ${entry.id}`);
          seen.set(key, entry.id);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('cover all 38 provinces and 514 regencies and cities', () => {
    const regions = json('regions.json').actors as ActorEntry[];
    expect(regions.filter((a) => a.subtype === 'province')).toHaveLength(38);
    expect(regions.filter((a) => a.subtype === 'regency' || a.subtype === 'city').filter((a) => /^id-\d\d\.\d\d$/.test(a.id))).toHaveLength(514);
  });

  it('give every country its ISO code, and every capital a country', () => {
    const countries = json('countries.json').actors as ActorEntry[];
    const states = countries.filter((a) => a.subtype === 'country');
    expect(states.length).toBeGreaterThanOrEqual(195);
    expect(new Set(states.map((a) => a.country)).size).toBe(states.length);
    for (const capital of countries.filter((a) => a.subtype === 'capital')) expect(capital.parent, capital.id).toBe(`country-${capital.country!.toLowerCase()}`);
  });
});

describe('dictionaries/README.md and the JSON Schema', () => {
  it('the README has a line for every file', () => {
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
    for (const file of FILES) expect(readme, file).toContain(`\`${file}\``);
  });

  it('the schema lists the fields the loader accepts', () => {
    const schema = json('schema/dictionary.schema.json');
    expect(Object.keys(schema.properties)).toEqual([...DICTIONARY_FIELDS.dictionary]);
    expect(Object.keys(schema.$defs.actor.properties)).toEqual([...DICTIONARY_FIELDS.actor]);
    expect(Object.keys(schema.$defs.role.properties)).toEqual([...DICTIONARY_FIELDS.role]);
    expect(Object.keys(schema.$defs.word.oneOf[1].properties)).toEqual([...DICTIONARY_FIELDS.word]);
    expect(schema.$defs.actor.properties.type.enum).toEqual(['person', 'organization', 'location', 'group']);
  });
});

describe('every shipped name and alias', () => {
  it('is found whole, as its own entry or an entry of the same name, when written as the text', () => {
    const lexicon = compileLexicon(SHIPPED_DICTIONARIES);
    const abbreviations = { has: (form: string) => lexicon.words('abbreviations').has(form) };
    const missed: string[] = [];
    for (const entry of lexicon.actors.values()) {
      for (const form of new Set([entry.name, ...(entry.aliases ?? [])])) {
        const tokens = tokenize(form, abbreviations);
        const match = lexicon.actorsAt(tokens, 0)[0];
        const whole = match && match.tokenEnd === tokens.length;
        if (!whole || !lexicon.findActors(form).includes(match.entry)) missed.push(`${entry.id}: ${form}`);
      }
    }
    expect(missed).toEqual([]);
  });
});
