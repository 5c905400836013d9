// The test helper of the date tests (chrono's testSingleCase): run the shipped pipeline, find the
// expression written as `text`, and check where it is and what it means.
import { expect } from 'vitest';
import { createPipeline } from '../../../src/pipeline.js';
import type { Dictionary, Pipeline, TimeExpression } from '../../../src/types.js';
import { createBoilerplateStage } from '../../../src/stages/boilerplate.js';
import { createDatesStage } from '../../../src/stages/dates.js';
import { createSentencesStage } from '../../../src/stages/sentences.js';
import { createTokenizeStage } from '../../../src/stages/tokenize.js';

/** The shipped stages up to dates, with the shipped dictionaries (plus `dictionaries`). */
export function datesPipeline(dictionaries: Dictionary[] = []): Pipeline {
  return createPipeline({ dictionaries, stages: [createTokenizeStage(), createSentencesStage(), createBoilerplateStage(), createDatesStage()] });
}

const pipeline = datesPipeline();

export function datesOf(input: string, documentDate?: string | null): TimeExpression[] {
  return pipeline.run(input, documentDate ? { documentDate } : {}).dates;
}

/** One row of a date table: the input, its document date, the expression as written, its value. */
export type Row = [input: string, documentDate: string | null, text: string, value: string, extra?: Partial<TimeExpression>];

/** Asserts the expression `text` is found at its first occurrence in `input`, with `value`. */
export function expectExpression([input, documentDate, text, value, extra]: Row): TimeExpression {
  const start = input.indexOf(text);
  expect(start, `"${text}" must be in the input`).toBeGreaterThanOrEqual(0);
  const dates = datesOf(input, documentDate);
  const found = dates.find((d) => d.start === start && d.end === start + text.length);
  expect(found, `no expression "${text}" in ${JSON.stringify(dates.map((d) => [d.text, d.value]))}`).toBeDefined();
  expect(found!.text).toBe(input.slice(found!.start, found!.end));
  expect(found!.value).toBe(value);
  if (extra) expect(found).toMatchObject(extra);
  return found!;
}
