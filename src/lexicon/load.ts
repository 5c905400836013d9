// Dictionaries from users are untrusted: every field is checked, errors name the dictionary, the
// entry (index and id) and the field, and the result is built from fresh objects, so keys such as
// "__proto__" can never reach a prototype.
import type { ActorEntry, ActorType, DatedRole, Dictionary, WordEntry } from '../types.js';

const ACTOR_TYPES: readonly ActorType[] = ['person', 'organization', 'location', 'group'];
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The fields of each part of a dictionary; dictionaries/schema/dictionary.schema.json lists the same. */
export const DICTIONARY_FIELDS = {
  dictionary: ['$schema', 'name', 'description', 'source', 'license', 'actors', 'words', 'disables'],
  actor: ['id', 'name', 'type', 'aliases', 'titles', 'roles', 'country', 'parent', 'subtype', 'demonyms'],
  role: ['title', 'from', 'to'],
  word: ['form', 'lemma', 'kind', 'value', 'caseSensitive'],
} as const;
const TOP_KEYS: ReadonlySet<string> = new Set(DICTIONARY_FIELDS.dictionary);
const ACTOR_KEYS: ReadonlySet<string> = new Set(DICTIONARY_FIELDS.actor);
const ROLE_KEYS: ReadonlySet<string> = new Set(DICTIONARY_FIELDS.role);
const WORD_KEYS: ReadonlySet<string> = new Set(DICTIONARY_FIELDS.word);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;
/** Longest form accepted: longer ones are not names but data accidents. */
const MAX_FORM = 200;
const MAX_DEPTH = 8;

export class DictionaryError extends Error {
  readonly dictionary: string;
  readonly entry: number | null;
  readonly id: string | null;
  readonly list: string | null;
  readonly field: string | null;

  constructor(dictionary: string, where: { entry?: number; id?: string; list?: string; field?: string }, problem: string) {
    const parts = [`dictionary "${dictionary}"`];
    if (where.list !== undefined) parts.push(`list "${where.list}"`);
    if (where.entry !== undefined) parts.push(`entry ${where.entry}${where.id ? ` (id "${where.id}")` : ''}`);
    if (where.field !== undefined) parts.push(`field "${where.field}"`);
    super(`${parts.join(', ')}: ${problem}`);
    this.name = 'DictionaryError';
    this.dictionary = dictionary;
    this.entry = where.entry ?? null;
    this.id = where.id ?? null;
    this.list = where.list ?? null;
    this.field = where.field ?? null;
  }
}

export interface LoadOptions {
  /** Names the source in errors (a file path) when the dictionary has no name yet. */
  file?: string;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? `the string ${JSON.stringify(v.length > 30 ? v.slice(0, 30) + '…' : v)}` : typeof v;
}

/** Rejects forbidden keys at any depth, iteratively (no recursion limit on hostile nesting). */
function checkKeys(root: unknown, fail: (problem: string) => never): void {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > MAX_DEPTH) fail(`nested more than ${MAX_DEPTH} levels deep`);
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) fail(`the key "${key}" is not allowed`);
      stack.push([(v as Record<string, unknown>)[key], depth + 1]);
    }
  }
}

/**
 * A dictionary from data the package ships and its tests validate (tests/lexicon/shipped.test.ts):
 * only the shapes are normalized (a word list's bare strings become entries), so that importing
 * the library does not pay for checking its own data.
 */
export function trustedDictionary(source: { name: string; actors?: unknown[]; words?: Record<string, unknown[]>; disables?: string[] }): Dictionary {
  const dict: Dictionary = { name: source.name };
  if (source.actors) dict.actors = source.actors as ActorEntry[];
  if (source.words) {
    const words: Record<string, WordEntry[]> = {};
    for (const [list, entries] of Object.entries(source.words)) words[list] = entries.map((e) => (typeof e === 'string' ? { form: e } : (e as WordEntry)));
    dict.words = words;
  }
  if (source.disables) dict.disables = source.disables;
  return dict;
}

/** Validates a dictionary (an object or its JSON text) and returns a clean copy. */
export function loadDictionary(source: unknown, options: LoadOptions = {}): Dictionary {
  let label = options.file ?? '(unnamed)';
  let raw: unknown = source;
  if (typeof source === 'string') {
    try {
      raw = JSON.parse(source);
    } catch (e) {
      throw new DictionaryError(label, {}, `is not valid JSON (${(e as Error).message})`);
    }
  }
  if (!isPlainObject(raw)) throw new DictionaryError(label, {}, `must be a JSON object; got ${typeName(raw)}`);
  checkKeys(raw, (problem) => {
    throw new DictionaryError(label, {}, problem);
  });
  if (typeof raw.name !== 'string' || !raw.name.trim()) throw new DictionaryError(label, { field: 'name' }, `must be a non-empty string; got ${typeName(raw.name)}`);
  label = options.file ? `${raw.name} (${options.file})` : raw.name;
  for (const key of Object.keys(raw)) {
    if (!TOP_KEYS.has(key)) throw new DictionaryError(label, { field: key }, `is not a dictionary field; the fields are: ${[...TOP_KEYS].join(', ')}`);
  }
  const dict: Dictionary = { name: raw.name };
  if (raw.actors !== undefined) dict.actors = loadActors(label, raw.actors);
  if (raw.words !== undefined) dict.words = loadWords(label, raw.words);
  if (raw.disables !== undefined) dict.disables = stringList(label, {}, 'disables', raw.disables);
  if (!dict.actors && !dict.words && !dict.disables) throw new DictionaryError(label, {}, 'has none of "actors", "words" or "disables"');
  return dict;
}

function text(label: string, where: { entry?: number; id?: string; list?: string }, field: string, v: unknown, required: boolean): string | undefined {
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'string' || !v.trim()) throw new DictionaryError(label, { ...where, field }, `must be a non-empty string; got ${typeName(v)}`);
  if (v.length > MAX_FORM) throw new DictionaryError(label, { ...where, field }, `is ${v.length} characters long; at most ${MAX_FORM} are allowed`);
  return v;
}

function stringList(label: string, where: { entry?: number; id?: string }, field: string, v: unknown): string[] {
  if (!Array.isArray(v)) throw new DictionaryError(label, { ...where, field }, `must be an array of strings; got ${typeName(v)}`);
  return Array.from(v, (item, i) => text(label, where, `${field}[${i}]`, item, true)!);
}

/** Whether "YYYY-MM-DD" names a day of the calendar ("2024-02-30" does not). */
function isCalendarDate(v: string): boolean {
  const m = ISO_DATE.exec(v);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.getUTCFullYear() === Number(m[1]) && day.getUTCMonth() === Number(m[2]) - 1 && day.getUTCDate() === Number(m[3]);
}

function isoDate(label: string, where: { entry: number; id: string }, field: string, v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !isCalendarDate(v)) {
    throw new DictionaryError(label, { ...where, field }, `must be a date as YYYY-MM-DD; got ${typeName(v)}`);
  }
  return v;
}

function loadActors(label: string, v: unknown): ActorEntry[] {
  if (!Array.isArray(v)) throw new DictionaryError(label, { field: 'actors' }, `must be an array of entries; got ${typeName(v)}`);
  const seen = new Set<string>();
  // Array.from visits the holes of a sparse array, which map would skip and leave for the matcher to trip on.
  return Array.from(v, (raw, entry): ActorEntry => {
    if (!isPlainObject(raw)) throw new DictionaryError(label, { entry }, `must be an object; got ${typeName(raw)}`);
    const id = text(label, { entry }, 'id', raw.id, true)!;
    const where = { entry, id };
    if (seen.has(id)) throw new DictionaryError(label, where, 'repeats an id used by an earlier entry of this dictionary');
    seen.add(id);
    for (const key of Object.keys(raw)) {
      if (!ACTOR_KEYS.has(key)) throw new DictionaryError(label, { ...where, field: key }, `is not an actor field; the fields are: ${[...ACTOR_KEYS].join(', ')}`);
    }
    const type = raw.type;
    if (typeof type !== 'string' || !(ACTOR_TYPES as readonly string[]).includes(type)) {
      throw new DictionaryError(label, { ...where, field: 'type' }, `must be one of ${ACTOR_TYPES.join(', ')}; got ${typeName(type)}`);
    }
    const out: ActorEntry = { id, name: text(label, where, 'name', raw.name, true)!, type: type as ActorType };
    if (raw.aliases !== undefined) out.aliases = stringList(label, where, 'aliases', raw.aliases);
    if (raw.titles !== undefined) out.titles = stringList(label, where, 'titles', raw.titles);
    if (raw.demonyms !== undefined) out.demonyms = stringList(label, where, 'demonyms', raw.demonyms);
    for (const field of ['country', 'parent', 'subtype'] as const) {
      const value = text(label, where, field, raw[field], false);
      if (value !== undefined) out[field] = value;
    }
    if (out.country !== undefined && !COUNTRY_CODE.test(out.country)) {
      throw new DictionaryError(label, { ...where, field: 'country' }, `must be an ISO 3166-1 alpha-2 code in capitals ("ID", "US"); got ${typeName(out.country)}`);
    }
    if (raw.roles !== undefined) out.roles = loadRoles(label, where, raw.roles);
    return out;
  });
}

function loadRoles(label: string, where: { entry: number; id: string }, v: unknown): DatedRole[] {
  if (!Array.isArray(v)) throw new DictionaryError(label, { ...where, field: 'roles' }, `must be an array of roles; got ${typeName(v)}`);
  return Array.from(v, (raw, i) => {
    const field = `roles[${i}]`;
    if (!isPlainObject(raw)) throw new DictionaryError(label, { ...where, field }, `must be an object with "title", "from", "to"; got ${typeName(raw)}`);
    for (const key of Object.keys(raw)) {
      if (!ROLE_KEYS.has(key)) throw new DictionaryError(label, { ...where, field: `${field}.${key}` }, 'is not a role field; the fields are: title, from, to');
    }
    const role: DatedRole = { title: text(label, where, `${field}.title`, raw.title, true)! };
    const from = isoDate(label, where, `${field}.from`, raw.from);
    const to = isoDate(label, where, `${field}.to`, raw.to);
    if (from) role.from = from;
    if (to) role.to = to;
    if (from && to && from > to) throw new DictionaryError(label, { ...where, field }, `starts (${from}) after it ends (${to})`);
    return role;
  });
}

function loadWords(label: string, v: unknown): Record<string, WordEntry[]> {
  if (!isPlainObject(v)) throw new DictionaryError(label, { field: 'words' }, `must be an object of word lists by name; got ${typeName(v)}`);
  const out: Record<string, WordEntry[]> = {};
  for (const [list, entries] of Object.entries(v)) {
    if (!Array.isArray(entries)) throw new DictionaryError(label, { list }, `must be an array of entries; got ${typeName(entries)}`);
    out[list] = Array.from(entries, (raw, entry): WordEntry => {
      if (typeof raw === 'string') return { form: text(label, { list, entry }, 'form', raw, true)! };
      if (!isPlainObject(raw)) throw new DictionaryError(label, { list, entry }, `must be a string or an object with "form"; got ${typeName(raw)}`);
      for (const key of Object.keys(raw)) {
        if (!WORD_KEYS.has(key)) throw new DictionaryError(label, { list, entry, field: key }, `is not a word field; the fields are: ${[...WORD_KEYS].join(', ')}`);
      }
      const where = { list, entry };
      const word: WordEntry = { form: text(label, where, 'form', raw.form, true)! };
      const lemma = text(label, where, 'lemma', raw.lemma, false);
      const kind = text(label, where, 'kind', raw.kind, false);
      if (lemma !== undefined) word.lemma = lemma;
      if (kind !== undefined) word.kind = kind;
      if (raw.value !== undefined) {
        if (typeof raw.value !== 'number' || !Number.isFinite(raw.value)) throw new DictionaryError(label, { ...where, field: 'value' }, `must be a finite number; got ${typeName(raw.value)}`);
        word.value = raw.value;
      }
      if (raw.caseSensitive !== undefined) {
        if (typeof raw.caseSensitive !== 'boolean') throw new DictionaryError(label, { ...where, field: 'caseSensitive' }, `must be true or false; got ${typeName(raw.caseSensitive)}`);
        word.caseSensitive = raw.caseSensitive;
      }
      return word;
    });
  }
  return out;
}
