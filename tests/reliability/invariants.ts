// What every result must satisfy, whatever the input: exact spans, lossless ordered tokens, and
// references that point at something. Each check throws an Error naming the broken rule, so that
// fast-check can shrink a failing input and report it.
import type { ExtractionResult, Span } from '../../src/index.js';

/** What the tokenizer may leave between tokens: white space, controls and invisible separators. */
const GAP = /^[\s\p{Cc}\u200B\u2060\u180E\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]*$/u;

function fail(rule: string, detail: unknown): never {
  throw new Error(`${rule}: ${JSON.stringify(detail)}`);
}

/** Every span of the result, named by where it sits ("quotes[2].cue"). */
export function spansOf(result: ExtractionResult): [string, Span][] {
  const out: [string, Span][] = [];
  result.tokens.forEach((t, i) => out.push([`tokens[${i}]`, t]));
  result.sentences.forEach((s, i) => out.push([`sentences[${i}]`, s]));
  result.dates.forEach((d, i) => out.push([`dates[${i}]`, d]));
  result.actors.forEach((a, i) => a.mentions.forEach((m, k) => out.push([`actors[${i}].mentions[${k}]`, m])));
  result.quotes.forEach((q, i) => {
    out.push([`quotes[${i}]`, q]);
    if (q.speakerMention) out.push([`quotes[${i}].speakerMention`, q.speakerMention]);
    if (q.cue) out.push([`quotes[${i}].cue`, q.cue]);
  });
  result.events.forEach((e, i) => out.push([`events[${i}].trigger`, e.trigger]));
  return out;
}

export function checkSpans(text: string, result: ExtractionResult): void {
  for (const [where, span] of spansOf(result)) {
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      fail(`${where} has offsets outside the text`, { start, end, length: text.length });
    }
    if (text.slice(start, end) !== span.text) fail(`${where}.text is not text.slice(start, end)`, { start, end, text: span.text, slice: text.slice(start, end) });
  }
}

/** Tokens are non-empty, in order, never overlap, and leave out nothing but gaps. */
export function checkTokens(text: string, result: ExtractionResult): void {
  let cursor = 0;
  result.tokens.forEach((t, i) => {
    if (t.end <= t.start) fail(`tokens[${i}] is empty`, t);
    if (t.start < cursor) fail(`tokens[${i}] starts before the previous token ends`, { cursor, token: t });
    if (!GAP.test(text.slice(cursor, t.start))) fail(`text before tokens[${i}] is lost`, { lost: text.slice(cursor, t.start), at: cursor });
    cursor = t.end;
  });
  if (!GAP.test(text.slice(cursor))) fail('text after the last token is lost', { lost: text.slice(cursor), at: cursor });
}

/** Sentences are in order, never overlap, and every token lies in exactly one of them. */
export function checkSentences(result: ExtractionResult): void {
  let cursor = 0;
  result.sentences.forEach((s, i) => {
    if (s.end <= s.start) fail(`sentences[${i}] is empty`, s);
    if (s.start < cursor) fail(`sentences[${i}] starts before the previous sentence ends`, { cursor, sentence: s });
    cursor = s.end;
  });
  let k = 0;
  result.tokens.forEach((t, i) => {
    while (k < result.sentences.length && result.sentences[k]!.end <= t.start) k++;
    const s = result.sentences[k];
    if (!s || s.start > t.start || s.end < t.end) fail(`tokens[${i}] lies in no sentence`, { token: t, sentence: s ?? null });
  });
}

/** Every id and index a result hands out points at something that exists. */
export function checkReferences(result: ExtractionResult): void {
  const ids = new Set<string>();
  for (const a of result.actors) {
    if (ids.has(a.id)) fail('an actor id is used twice', a.id);
    ids.add(a.id);
  }
  const actor = (where: string, id: string | null) => {
    if (id !== null && !ids.has(id)) fail(`${where} names no actor`, id);
  };
  result.quotes.forEach((q, i) => {
    actor(`quotes[${i}].speaker`, q.speaker);
    actor(`quotes[${i}].source`, q.source);
  });
  result.events.forEach((e, i) => {
    e.actors.forEach((id, k) => actor(`events[${i}].actors[${k}]`, id));
    e.targets.forEach((id, k) => actor(`events[${i}].targets[${k}]`, id));
    actor(`events[${i}].location`, e.location);
    if (e.quote !== null && !(Number.isInteger(e.quote) && e.quote >= 0 && e.quote < result.quotes.length)) {
      fail(`events[${i}].quote is no index into quotes`, { quote: e.quote, quotes: result.quotes.length });
    }
    const sentence = result.sentences[e.sentence];
    if (!Number.isInteger(e.sentence) || !sentence) fail(`events[${i}].sentence is no index into sentences`, { sentence: e.sentence, sentences: result.sentences.length });
    if (e.trigger.start < sentence.start || e.trigger.end > sentence.end) fail(`events[${i}].trigger lies outside its sentence`, { trigger: e.trigger, sentence });
    if (e.date !== null && !result.dates.some((d) => d.value.startsWith(e.date!)) && e.date !== result.documentDate) {
      fail(`events[${i}].date is no date of the result`, e.date);
    }
  });
}

/** Only what JSON keeps: plain objects, arrays, strings, finite numbers, booleans and null. */
export function checkPlainData(value: unknown, where = 'result'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(`${where} is a number JSON cannot hold`, String(value));
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkPlainData(v, `${where}[${i}]`));
    return;
  }
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) fail(`${where} is not plain data`, typeof value);
  for (const [key, v] of Object.entries(value as object)) {
    if (v !== undefined) checkPlainData(v, `${where}.${key}`);
  }
}

/** All of the above. */
export function checkResult(text: string, result: ExtractionResult): void {
  if (result.text !== text) fail('result.text is not the input', { length: result.text.length, input: text.length });
  checkSpans(text, result);
  checkTokens(text, result);
  checkSentences(result);
  checkReferences(result);
}
