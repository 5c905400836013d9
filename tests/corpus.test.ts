// The project's own gold corpus (corpus/*.json, format: ../shared/eval/SCHEMA.md) must be well formed,
// or every accuracy figure measured on it means nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface GoldActor {
  name: string;
  type: string;
  aliases: string[];
  titles?: string[];
}
interface GoldDate {
  text: string;
  value: string;
}
interface GoldQuote {
  kind: string;
  content: string;
  speaker: string | null;
  cue: string;
}
interface GoldEvent {
  trigger: string;
  actors: string[];
  date: string | null;
}
interface GoldDocument {
  id: string;
  documentDate: string;
  text: string;
  actors: GoldActor[];
  dates: GoldDate[];
  quotes: GoldQuote[];
  events: GoldEvent[];
  boilerplate: string[];
}

const CORPUS = join(import.meta.dirname, '..', 'corpus');
const FILES = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.json'))
  .sort();
const DOCUMENTS = FILES.map((file) => ({ file, doc: JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as GoldDocument }));

const ACTOR_TYPES = new Set(['person', 'organization', 'location', 'group']);
const WEEKDAYS: Record<string, number> = { Minggu: 0, Senin: 1, Selasa: 2, Rabu: 3, Kamis: 4, Jumat: 5, "Jum'at": 5, Sabtu: 6 };
/** A weekday name shortly before a written date ("Sabtu (9/11/2024)", "Senin, 4 November 2024", "Senin malam, 14 Oktober 2024"). */
const WEEKDAY_BEFORE = /(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)[^.\n]{0,12}$/;

function isCalendarDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Weeks in an ISO week-year: 53 when 28 December falls in week 53. */
function isoWeeksIn(year: number): number {
  const dec28 = new Date(Date.UTC(year, 11, 28));
  const thursday = new Date(dec28);
  thursday.setUTCDate(dec28.getUTCDate() + 3 - ((dec28.getUTCDay() + 6) % 7));
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.ceil(((thursday.getTime() - jan1) / 86_400_000 + 1) / 7);
}

/** One point of the value forms SCHEMA.md allows: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-MM-DDTHH:MM. */
function isTimexPoint(value: string): boolean {
  let m = /^(\d{4})$/.exec(value);
  if (m) return true;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= isoWeeksIn(Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!m || !isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  return m[4] === undefined || (Number(m[4]) <= 23 && Number(m[5]) <= 59);
}

/** A point, or a range "A/B" of two points with A before B (CONTRACT.md: ranges as A/B). */
function isTimexValue(value: string): boolean {
  const parts = value.split('/');
  if (parts.length === 1) return isTimexPoint(value);
  return parts.length === 2 && parts.every(isTimexPoint) && parts[0]! < parts[1]!;
}

describe('the corpus', () => {
  it('holds at least 14 documents with distinct ids named after their files', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(14);
    const ids = DOCUMENTS.map(({ doc }) => doc.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { file, doc } of DOCUMENTS) expect(`${doc.id}.json`).toBe(file);
  });

  it('accepts only well-formed TIMEX3 values', () => {
    for (const good of ['2024', '2024-06', '2024-11-09', '2024-W45', '2020-W53', '2024-11-09T14:30', '2024-12-11/2024-12-15'])
      expect(isTimexValue(good), good).toBe(true);
    for (const bad of ['24', '2024-13', '2024-02-30', '2024-W54', '2021-W53', '2024-11-09T24:00', '2024-11-09 14:30', '2024-12-15/2024-12-11', 'P3D'])
      expect(isTimexValue(bad), bad).toBe(false);
  });
});

describe.each(DOCUMENTS)('$file', ({ doc }) => {
  const text = doc.text;
  const names = new Set(doc.actors.map((a) => a.name));

  it('has an ISO documentDate, a text and every layer', () => {
    expect(doc.documentDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(isTimexPoint(doc.documentDate)).toBe(true);
    expect(typeof text).toBe('string');
    expect(text.length).toBeGreaterThan(500);
    for (const layer of ['actors', 'dates', 'quotes', 'events', 'boilerplate'] as const) expect(Array.isArray(doc[layer])).toBe(true);
  });

  it('names each actor once, with a valid type and aliases found in the text', () => {
    expect(names.size).toBe(doc.actors.length);
    const owner = new Map<string, string>();
    for (const actor of doc.actors) {
      expect(ACTOR_TYPES.has(actor.type), `${actor.name}: ${actor.type}`).toBe(true);
      expect(actor.aliases.length, actor.name).toBeGreaterThan(0);
      for (const alias of actor.aliases) {
        expect(text.includes(alias), `alias "${alias}"`).toBe(true);
        expect(owner.get(alias) ?? actor.name, `alias "${alias}" given to two actors`).toBe(actor.name);
        owner.set(alias, actor.name);
      }
      for (const title of actor.titles ?? []) expect(text.includes(title), `title "${title}"`).toBe(true);
    }
  });

  it('gives each date a distinct text found in the text and a well-formed value', () => {
    const texts = doc.dates.map((d) => d.text);
    expect(new Set(texts).size).toBe(texts.length);
    for (const date of doc.dates) {
      expect(text.includes(date.text), `date "${date.text}"`).toBe(true);
      expect(isTimexValue(date.value), `${date.text} = ${date.value}`).toBe(true);
    }
  });

  it('agrees with the weekday written before a date', () => {
    for (const date of doc.dates) {
      if (!/^\d{4}-\d{2}-\d{2}/.test(date.value) || date.value.includes('/')) continue;
      const [y, m, d] = date.value.slice(0, 10).split('-').map(Number) as [number, number, number];
      const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
      for (let at = text.indexOf(date.text); at >= 0; at = text.indexOf(date.text, at + 1)) {
        const named = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, at - 25), at))?.[1] ?? /^\S+/.exec(date.text)?.[0];
        if (named && named in WEEKDAYS) expect(WEEKDAYS[named], `${named} … ${date.text} = ${date.value}`).toBe(weekday);
      }
    }
  });

  it('quotes content and cues from the text, spoken by annotated actors', () => {
    for (const quote of doc.quotes) {
      expect(['direct', 'indirect']).toContain(quote.kind);
      expect(text.includes(quote.content), `quote "${quote.content.slice(0, 40)}…"`).toBe(true);
      expect(quote.content, 'content excludes quotation marks, final punctuation and spaces').toMatch(/^[^\s"'“”‘’][^]*[^\s"'“”‘’,.]$/);
      expect(text.includes(quote.cue), `cue "${quote.cue}"`).toBe(true);
      if (quote.speaker !== null) expect(names.has(quote.speaker), `speaker ${quote.speaker}`).toBe(true);
    }
  });

  it('gives events a trigger from the text, annotated actors and a date among the document dates', () => {
    const values = new Set(doc.dates.map((d) => d.value));
    for (const event of doc.events) {
      expect(text.includes(event.trigger), `trigger "${event.trigger}"`).toBe(true);
      for (const actor of event.actors) expect(names.has(actor), `event actor ${actor}`).toBe(true);
      if (event.date !== null) expect(values.has(event.date), `event date ${event.date}`).toBe(true);
    }
  });

  it('lists boilerplate as whole lines of the text', () => {
    const lines = new Set(text.split('\n'));
    for (const line of doc.boilerplate) expect(lines.has(line), `boilerplate "${line}"`).toBe(true);
  });
});
