// Properties of the whole pipeline on generated text: Indonesian-news-like articles (datelines,
// names, speech verbs, quotes, dates, abbreviations, boilerplate), the same with odd characters
// spliced in anywhere, and arbitrary Unicode. At least 10,000 inputs in all (INPUTS counts them).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createPipeline, extractEvents, loadDictionary, type ExtractionResult, type Pipeline } from '../../src/index.js';
import { anyText, documentDate, mangledNewsText, newsText } from './generators.js';
import { checkPlainData, checkResult } from './invariants.js';

let INPUTS = 0;
afterAll(() => {
  console.log(`reliability properties: ${INPUTS} generated inputs`);
});

/** fast-check runs `property` `numRuns` times and counts the inputs. */
function holds<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, predicate: (value: T) => void): void {
  fc.assert(
    fc.property(arbitrary, (value) => {
      INPUTS++;
      predicate(value);
    }),
    { numRuns },
  );
}

describe('the pipeline on any string', () => {
  it('never throws, and every span is exact, tokens lossless and references valid (news-like text)', () => {
    holds(fc.tuple(newsText, documentDate), 3500, ([text, date]) => {
      checkResult(text, extractEvents(text, date ? { documentDate: date } : {}));
    });
  });

  it('never throws, and every span is exact, tokens lossless and references valid (news with odd characters)', () => {
    holds(fc.tuple(mangledNewsText, documentDate), 2500, ([text, date]) => {
      checkResult(text, extractEvents(text, date ? { documentDate: date } : {}));
    });
  });

  it('never throws, and every span is exact, tokens lossless and references valid (arbitrary Unicode)', () => {
    holds(anyText, 2500, (text) => {
      checkResult(text, extractEvents(text));
    });
  });

  it('is deterministic and plain JSON data: a JSON round trip gives the same result', () => {
    holds(fc.oneof(newsText, mangledNewsText, anyText), 1000, (text) => {
      const first = extractEvents(text);
      const second = extractEvents(text);
      expect(second).toEqual(first);
      checkPlainData(first);
      expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    });
  });
});

describe('pipelines with different dictionaries', () => {
  // A person no shipped dictionary knows, written only by the alias in the text.
  const PERSON_ID = 'tokoh-rekaan-1';
  const PERSON = { id: PERSON_ID, name: 'Rasendriya Wiratmaja Kusumadewa', type: 'person', aliases: ['Rasendriya Wiratmaja'], titles: ['Ketua Dewan Rekaan'] };
  const userDictionary = loadDictionary({ name: 'tokoh-rekaan', actors: [PERSON] });
  const withPerson = createPipeline({ dictionaries: [userDictionary] });
  const plain = createPipeline();
  const knows = (r: ExtractionResult) => r.actors.some((a) => a.ref === PERSON_ID && a.name === PERSON.name);
  // First, so that no "Baca Juga" before it can turn its line into a linked headline.
  const mentioning = fc.tuple(newsText, fc.constantFrom('mengatakan hal itu', 'tiba di Jakarta', 'membantah tuduhan tersebut')).map(([text, rest]) => `Rasendriya Wiratmaja ${rest}.\n${text}`);

  type Call = { via: 'pipeline with it' | 'pipeline without it' | 'default' | 'default with it per call'; text: string };
  const call = fc.record({ via: fc.constantFrom<Call['via']>('pipeline with it', 'pipeline without it', 'default', 'default with it per call'), text: mentioning });
  const run = (c: Call): ExtractionResult => {
    if (c.via === 'pipeline with it') return withPerson.run(c.text);
    if (c.via === 'pipeline without it') return plain.run(c.text);
    if (c.via === 'default with it per call') return extractEvents(c.text, { dictionaries: [userDictionary] });
    return extractEvents(c.text);
  };
  const hasIt = (c: Call) => c.via === 'pipeline with it' || c.via === 'default with it per call';

  it('gives each pipeline its own answer, however the calls interleave', () => {
    holds(fc.array(call, { minLength: 2, maxLength: 6 }), 500, (calls) => {
      const forward = calls.map(run);
      forward.forEach((r, i) => {
        checkResult(calls[i]!.text, r);
        expect(knows(r), `${calls[i]!.via} on ${JSON.stringify(calls[i]!.text)}`).toBe(hasIt(calls[i]!));
      });
      // The same calls in the opposite order give the same results: nothing leaks between pipelines.
      const backward = [...calls].reverse().map(run).reverse();
      expect(backward).toEqual(forward);
    });
  });

  it('leaves a pipeline that used per-call dictionaries as it was', () => {
    const own: Pipeline = createPipeline();
    const text = 'Rasendriya Wiratmaja mengatakan hal itu di Jakarta, Sabtu (9/11/2024).';
    const before = own.run(text);
    expect(knows(own.run(text, { dictionaries: [userDictionary] }))).toBe(true);
    expect(own.run(text)).toEqual(before);
    expect(knows(before)).toBe(false);
  });
});
