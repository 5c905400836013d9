// The pipeline over every article of corpus/: what must hold whatever the accuracy of the stages.
// No crash, every span an exact slice of the input, references that point at something, and the
// boilerplate lines of the gold flagged and nothing else (boilerplate F1 = 100 on the corpus).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEvents, type ExtractionResult, type Span } from '../src/index.js';

interface GoldDocument {
  id: string;
  documentDate: string;
  text: string;
  boilerplate: string[];
}

const CORPUS = join(import.meta.dirname, '..', 'corpus');
const DOCUMENTS = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, gold: JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as GoldDocument }));

/** Every span the result reports, with where it came from (for the failure message). */
function spansOf(result: ExtractionResult): Array<[string, Span]> {
  const spans: Array<[string, Span]> = [];
  result.tokens.forEach((t, i) => spans.push([`token ${i}`, t]));
  result.sentences.forEach((s, i) => spans.push([`sentence ${i}`, s]));
  result.dates.forEach((d, i) => spans.push([`date ${i}`, d]));
  result.quotes.forEach((q, i) => {
    spans.push([`quote ${i}`, q]);
    if (q.cue) spans.push([`quote ${i} cue`, q.cue]);
    if (q.speakerMention) spans.push([`quote ${i} speakerMention`, q.speakerMention]);
  });
  result.actors.forEach((a) => a.mentions.forEach((m, i) => spans.push([`actor ${a.id} mention ${i}`, m])));
  result.events.forEach((e, i) => spans.push([`event ${i} trigger`, e.trigger]));
  return spans;
}

function occurrences(text: string, needle: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push([at, at + needle.length]);
  return found;
}

const overlaps = (a: [number, number], b: Span): boolean => a[0] < b.end && b.start < a[1];

describe('the pipeline on the corpus', () => {
  it('has articles to run on', () => {
    expect(DOCUMENTS.length).toBeGreaterThanOrEqual(14);
  });

  it('flags exactly the gold boilerplate lines: boilerplate F1 = 100', () => {
    let found = 0;
    let gold = 0;
    const missed: string[] = [];
    const falseAlarms: string[] = [];
    for (const { gold: doc } of DOCUMENTS) {
      const marked = extractEvents(doc.text, { documentDate: doc.documentDate }).sentences.filter((s) => s.boilerplate);
      const lines = doc.boilerplate.map((line) => occurrences(doc.text, line));
      gold += lines.length;
      lines.forEach((spans, i) => {
        if (marked.some((s) => spans.some((o) => overlaps(o, s)))) found++;
        else missed.push(`${doc.id}: ${doc.boilerplate[i]}`);
      });
      for (const s of marked) if (!lines.some((spans) => spans.some((o) => overlaps(o, s)))) falseAlarms.push(`${doc.id}: ${s.text}`);
    }
    expect(missed).toEqual([]);
    expect(falseAlarms).toEqual([]);
    const precision = found / (found + falseAlarms.length);
    const recall = found / gold;
    expect((2 * precision * recall) / (precision + recall)).toBe(1);
  });
});

describe.each(DOCUMENTS)('$file', ({ gold }) => {
  const text = gold.text;
  let cached: ExtractionResult | undefined;
  /** Run inside the first test, so that a crash fails a test instead of the file. */
  const run = (): ExtractionResult => (cached ??= extractEvents(text, { documentDate: gold.documentDate }));

  it('runs without throwing, returns the text unchanged and the given documentDate', () => {
    const result = run();
    expect(result.text).toBe(text);
    expect(result.documentDate).toBe(gold.documentDate);
  });

  it('reports every span as an exact slice of the input', () => {
    const result = run();
    const bad = spansOf(result)
      .filter(([, s]) => !(Number.isInteger(s.start) && s.start >= 0 && s.start <= s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text))
      .map(([where, s]) => `${where}: [${s.start}, ${s.end}) "${s.text}"`);
    expect(bad).toEqual([]);
  });

  it('tokenizes losslessly: tokens in order, apart, and only whitespace between them', () => {
    const result = run();
    let at = 0;
    for (const token of result.tokens) {
      expect(token.start).toBeGreaterThanOrEqual(at);
      expect(text.slice(at, token.start).trim()).toBe('');
      expect(token.end).toBeGreaterThan(token.start);
      at = token.end;
    }
    expect(text.slice(at).trim()).toBe('');
  });

  it('keeps sentences in order and apart', () => {
    const result = run();
    for (let i = 1; i < result.sentences.length; i++) expect(result.sentences[i]!.start).toBeGreaterThanOrEqual(result.sentences[i - 1]!.end);
  });

  it('refers only to actors, quotes and sentences that exist', () => {
    const result = run();
    const ids = result.actors.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(ids);
    for (const quote of result.quotes) {
      if (quote.speaker !== null) expect(known.has(quote.speaker), `speaker ${quote.speaker}`).toBe(true);
      if (quote.source !== null) expect(known.has(quote.source), `source ${quote.source}`).toBe(true);
    }
    for (const event of result.events) {
      for (const id of [...event.actors, ...event.targets]) expect(known.has(id), `event actor ${id}`).toBe(true);
      if (event.location !== null) expect(known.has(event.location), `event location ${event.location}`).toBe(true);
      if (event.quote !== null) expect(result.quotes[event.quote], `event quote ${event.quote}`).toBeDefined();
      expect(result.sentences[event.sentence], `event sentence ${event.sentence}`).toBeDefined();
    }
    for (const date of result.dates) expect(date.value).toMatch(/\S/);
  });
});
