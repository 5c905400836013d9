// The input contract: what extractEvents and createPipeline refuse (with an error that says what
// was given and what is expected), and the odd but valid text they must process with exact offsets.
import { describe, expect, it } from 'vitest';
import { createPipeline, DictionaryError, extractEvents, type ExtractionResult } from '../../src/index.js';
import { checkResult, spansOf } from './invariants.js';

const ARTICLE =
  'JAKARTA, KOMPAS.com - Presiden Joko Widodo mengatakan, "Kami akan membangun jalan tol baru," pada Sabtu (9/11/2024).\n' +
  'Ia tiba di Surabaya kemarin bersama Menteri Keuangan Sri Mulyani.';

/** What a reader takes from a result, without offsets: to compare two spellings of one text. */
function reading(r: ExtractionResult, clean: (s: string) => string = (s) => s) {
  return {
    tokens: r.tokens.map((t) => clean(t.text)).filter(Boolean),
    sentences: r.sentences.length,
    actors: r.actors.map((a) => clean(a.name)),
    dates: r.dates.map((d) => d.value),
    quotes: r.quotes.map((q) => clean(q.text)),
    events: r.events.map((e) => clean(e.trigger.text)),
    documentDate: r.documentDate,
  };
}

describe('input contract: what is refused', () => {
  it.each([
    ['a number', 42, /got number 42/],
    ['undefined', undefined, /got undefined/],
    ['null', null, /got null/],
    ['an object', { text: 'x' }, /got an object/],
    ['an array', ['x'], /got an array/],
    ['a boolean', true, /got boolean true/],
    ['a symbol', Symbol('teks'), /got symbol/],
    ['a bigint', 10n, /got bigint 10/],
    ['a function', () => 'x', /got a function/],
    ['a String object', new String('x'), /got an object/],
    ['a Buffer', Buffer.from('x'), /got an object/],
  ])('rejects text that is %s with a TypeError saying what was expected', (_, value, got) => {
    expect(() => extractEvents(value as unknown as string)).toThrow(TypeError);
    expect(() => extractEvents(value as unknown as string)).toThrow(/text must be a string/);
    expect(() => extractEvents(value as unknown as string)).toThrow(got);
  });

  it.each([
    ['"2024-13-45"', '2024-13-45'],
    ['"kemarin"', 'kemarin'],
    ['"2023-02-29" (no such day)', '2023-02-29'],
    ['"2024-11-31" (no such day)', '2024-11-31'],
    ['an empty string', ''],
    ['a day-first date', '10/11/2024'],
    ['a date without leading zeros', '2024-1-5'],
    ['a date followed by junk', '2024-11-10Tgarbage'],
    ['a date and an impossible time', '2024-11-10T25:00'],
    ['a date with a space before it', ' 2024-11-10'],
  ])('rejects the documentDate %s with a RangeError showing the value and the expected form', (_, value) => {
    expect(() => extractEvents('x', { documentDate: value })).toThrow(RangeError);
    expect(() => extractEvents('x', { documentDate: value })).toThrow(/YYYY-MM-DD/);
    expect(() => extractEvents('x', { documentDate: value })).toThrow(JSON.stringify(value));
  });

  it('rejects an invalid Date and a Date outside the years 1–9999 with a RangeError', () => {
    expect(() => extractEvents('x', { documentDate: new Date('kemarin') })).toThrow(RangeError);
    expect(() => extractEvents('x', { documentDate: new Date('kemarin') })).toThrow(/invalid Date/);
    expect(() => extractEvents('x', { documentDate: new Date(8.64e15) })).toThrow(/years 1–9999; got a Date in the year 275760/);
  });

  it.each([
    ['a number', 20241110],
    ['an object', { year: 2024 }],
    ['a boolean', true],
  ])('rejects a documentDate that is %s with a TypeError', (_, value) => {
    expect(() => extractEvents('x', { documentDate: value as unknown as string })).toThrow(TypeError);
    expect(() => extractEvents('x', { documentDate: value as unknown as string })).toThrow(/ISO date string \(YYYY-MM-DD\) or a Date; got/);
  });

  it('accepts ISO dates, ISO date-times (the date as written) and Dates (their local calendar day)', () => {
    expect(extractEvents('x', { documentDate: '2024-11-10' }).documentDate).toBe('2024-11-10');
    expect(extractEvents('x', { documentDate: '2024-11-10T23:30:00+07:00' }).documentDate).toBe('2024-11-10');
    expect(extractEvents('x', { documentDate: '2024-11-10T00:15Z' }).documentDate).toBe('2024-11-10');
    expect(extractEvents('x', { documentDate: '2024-02-29' }).documentDate).toBe('2024-02-29');
    expect(extractEvents('x', { documentDate: '0050-03-01' }).documentDate).toBe('0050-03-01');
    expect(extractEvents('x', { documentDate: new Date(2024, 10, 10, 12) }).documentDate).toBe('2024-11-10');
    expect(extractEvents('x', { documentDate: undefined }).documentDate).toBeNull();
  });

  it('rejects an unknown option, naming it and listing the known ones', () => {
    const typo = { documentdate: '2024-11-10' } as never;
    expect(() => extractEvents('x', typo)).toThrow(TypeError);
    expect(() => extractEvents('x', typo)).toThrow(/unknown option "documentdate"; the options are: documentDate, pipeline, dictionaries, profile/);
    expect(() => extractEvents('x', JSON.parse('{"__proto__": {"profile": true}}'))).toThrow(/unknown option "__proto__"/);
  });

  it.each([
    ['a string', 'profile'],
    ['a number', 5],
    ['an array', []],
    ['null', null],
  ])('rejects options that are %s with a TypeError', (_, options) => {
    expect(() => extractEvents('x', options as never)).toThrow(TypeError);
    expect(() => createPipeline().run('x', options as never)).toThrow(/options must be an object; got/);
  });

  it('rejects option values of the wrong type, saying what each must be', () => {
    expect(() => extractEvents('x', { profile: 'yes' as never })).toThrow(/options.profile must be true or false; got "yes"/);
    expect(() => extractEvents('x', { dictionaries: 'tokoh' as never })).toThrow(/options.dictionaries must be an array of dictionaries from loadDictionary\(\); got "tokoh"/);
    expect(() => extractEvents('x', { dictionaries: [null] as never })).toThrow(/options.dictionaries\[0\] must be a dictionary from loadDictionary\(\); got null/);
    expect(() => extractEvents('x', { pipeline: {} as never })).toThrow(TypeError);
    expect(() => createPipeline().run('x', { pipeline: {} as never })).toThrow(/options.pipeline must be a pipeline from createPipeline\(\); got an object/);
  });

  it('validates per-call dictionaries that did not come from loadDictionary, naming the entry and field', () => {
    const raw = { name: 'tokoh', actors: [{ id: 'p1', name: 42, type: 'person' }] };
    expect(() => extractEvents('x', { dictionaries: [raw as never] })).toThrow(DictionaryError);
    expect(() => extractEvents('x', { dictionaries: [raw as never] })).toThrow(/dictionary "tokoh", entry 0 \(id "p1"\), field "name": must be a non-empty string; got number/);
    expect(() => extractEvents('x', { dictionaries: [{} as never] })).toThrow(/field "name"/);
  });

  it('rejects createPipeline options it does not know or cannot use', () => {
    expect(() => createPipeline({ dictionary: [] } as never)).toThrow(/createPipeline: unknown option "dictionary"; the options are: dictionaries, shippedDictionaries, stages/);
    expect(() => createPipeline(null as never)).toThrow(/createPipeline: options must be an object; got null/);
    expect(() => createPipeline({ dictionaries: 'x' } as never)).toThrow(/options.dictionaries must be an array/);
    expect(() => createPipeline({ dictionaries: [{ name: 'kosong' }] } as never)).toThrow(/dictionary "kosong": has none of/);
    expect(() => createPipeline({ stages: 'tokenize' } as never)).toThrow(/options.stages must be an array of stages; got "tokenize"/);
    expect(() => createPipeline({ stages: [{ name: 'x' }] } as never)).toThrow(/a stage must be an object with a non-empty string "name" and a "run\(doc, context\)" function/);
  });
});

describe('input contract: empty and blank text', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['newlines', '\n\n\n'],
    ['CRLF and tabs', '\t \r\n\t'],
    ['NBSP and ideographic space', '\u00A0\u3000\u202F'],
    ['a BOM', '\uFEFF'],
    ['zero-width space and word joiner', '\u200B\u2060'],
    ['NUL and controls', '\u0000\u0001\u007F'],
  ])('returns an empty result for %s text', (_, text) => {
    const r = extractEvents(text, { documentDate: '2024-11-10' });
    expect(r).toMatchObject({ text, documentDate: '2024-11-10', tokens: [], sentences: [], actors: [], dates: [], quotes: [], events: [] });
    expect(extractEvents(text).documentDate).toBeNull();
  });
});

describe('input contract: odd characters are processed and offsets stay exact', () => {
  const variants: [string, string, (s: string) => string][] = [
    ['CRLF line ends', ARTICLE.replace(/\n/g, '\r\n'), (s) => s.replace(/\r/g, '')],
    ['CR line ends', ARTICLE.replace(/\n/g, '\r'), (s) => s.replace(/\r/g, '\n')],
    ['a BOM first', '\uFEFF' + ARTICLE, (s) => s.replace(/\uFEFF/g, '')],
    ['NBSP between words', ARTICLE.replace(/ /g, '\u00A0'), (s) => s.replace(/\u00A0/g, ' ')],
    ['NUL between words', ARTICLE.replace(' Joko', '\u0000Joko'), (s) => s.replace(/\u0000/g, ' ')],
    ['a soft hyphen inside a word', ARTICLE.replace('membangun', 'mem\u00ADbangun'), (s) => s.replace(/\u00AD/g, '')],
    ['an emoji ZWJ sequence', ARTICLE.replace('kemarin', 'kemarin 👨‍👩‍👧'), (s) => s.replace(/👨‍👩‍👧/gu, '')],
  ];

  it.each(variants)('reads text with %s as it reads the plain text', (_, text, clean) => {
    const r = extractEvents(text);
    checkResult(text, r);
    expect(reading(r, clean)).toEqual(reading(extractEvents(ARTICLE), clean));
  });

  it.each([
    ['zero-width space inside a name', ARTICLE.replace('Joko ', 'Joko\u200B ')],
    ['zero-width joiner and non-joiner inside words', ARTICLE.replace('jalan', 'ja\u200Dlan').replace('tol', 't\u200Col')],
    ['combining acute accents', ARTICLE.replace('Surabaya', 'Sura\u0301baya').replace('Sri', 'Sri\u0301')],
    ['a decomposed é in a name', 'Menteri José\u0301 Ramos-Horta tiba di Dili, Timor Leste, pada 9 November 2024.'],
    ['right-to-left marks', ARTICLE.replace('Joko ', 'Joko\u200F ').replace('Sabtu', '\u200FSabtu\u200E')],
    ['bidi embeddings and isolates', '\u202BPresiden\u202C Joko Widodo \u2067عربي\u2069 berkata.'],
    ['Arabic script between Latin words', 'Menlu Retno Marsudi bertemu الأمير فيصل di Riyadh, kata dia.'],
    ['a lone high surrogate', ARTICLE.replace('Ia ', 'Ia \uD800 ')],
    ['a lone low surrogate inside a word', ARTICLE.replace('Ia ', 'I\uDC00a ')],
    ['a surrogate pair cut at the end', ARTICLE + ' \uD83D'],
    ['skin-tone emoji and flags', '👍🏽 Warga 🇮🇩 menyambut Presiden Joko Widodo 🎉🎉 di Solo.'],
    ['keycaps and variation selectors', 'Nomor 1️⃣ dan #️⃣ tagar ❤️ kata Budi.'],
    ['C1 controls and a DEL', ARTICLE.replace('pada', 'pa\u0085da').replace('Ia', '\u007FIa')],
    ['line and paragraph separators', ARTICLE.replace('\n', '\u2028').replace('kemarin ', 'kemarin\u2029')],
    ['full-width and compatibility characters', 'ＪＡＫＡＲＴＡ － Presiden Joko Widodo ｍｅｎｇａｔａｋａｎ “Ｙａ，” pada ９/１１.'],
    ['dotted capital I (changes length when lowercased)', 'İstanbul – Presiden Recep Tayyip Erdoğan tiba di İZMİR pada Sabtu (9/11/2024).'],
  ])('processes text with %s, every span exact', (_, text) => {
    const r = extractEvents(text);
    checkResult(text, r);
    expect(r.tokens.length).toBeGreaterThan(0);
  });

  it('keeps an emoji ZWJ sequence, a combining mark and a soft hyphen inside their tokens', () => {
    const text = 'Keluarga 👨‍👩‍👧 datang, kata Jose\u0301 ke\u00ADmarin.';
    const tokens = extractEvents(text).tokens;
    expect(tokens.find((t) => t.text === '👨‍👩‍👧')?.kind).toBe('emoji');
    expect(tokens.some((t) => t.text === 'Jose\u0301')).toBe(true);
    expect(tokens.some((t) => t.text === 'ke\u00ADmarin')).toBe(true);
  });

  it.each([
    ['a BOM', '\uFEFF'],
    ['spaces and newlines', ' \n \n'],
    ['a zero-width space', '\u200B'],
    ['CRLF', '\r\n'],
  ])('shifts every span by exactly the length of a leading %s', (_, prefix) => {
    const plain = extractEvents(ARTICLE);
    const shifted = extractEvents(prefix + ARTICLE);
    checkResult(prefix + ARTICLE, shifted);
    const moved = spansOf(plain).map(([where, s]) => [where, s.start + prefix.length, s.end + prefix.length, s.text]);
    expect(spansOf(shifted).map(([where, s]) => [where, s.start, s.end, s.text])).toEqual(moved);
  });
});
