// One document from its text to formatted output: parse and check the record, extract, format. The same code runs in each worker thread and, for --jobs 1, in the main thread.
import { createPipeline, loadDictionary } from '../index.js';
import type { ExtractionResult, Pipeline } from '../types.js';
import type { Format } from './args.js';
import type { Item, Outcome, Where } from './items.js';
import { placeOf } from './items.js';
import { htmlDocument } from './format/html.js';
import { formatText } from './format/text.js';

/** Everything a thread needs to start extracting: plain data, so it can be sent to a worker. */
export interface JobConfig {
  format: Format;
  /** Used for documents that carry no "date" of their own. */
  documentDate: string | null;
  dictionaries: { file: string; text: string }[];
}

export interface Job {
  readonly format: Format;
  readonly documentDate: string | null;
  readonly pipeline: Pipeline;
}

/** A --dict file is wrong: the user's to fix (exit code 2), unlike a failure of the shipped pipeline. */
class UserDictionaryError extends Error {}

export function isUserDictionaryError(e: unknown): boolean {
  return e instanceof UserDictionaryError;
}

/** Checks the user's dictionaries (the error names the file, entry and field) and builds the pipeline, once per thread. */
export function prepareJob(config: JobConfig): Job {
  let dictionaries;
  try {
    dictionaries = config.dictionaries.map(({ file, text }) => loadDictionary(text, { file }));
  } catch (e) {
    throw new UserDictionaryError((e as Error).message);
  }
  return {
    format: config.format,
    documentDate: config.documentDate,
    pipeline: createPipeline({ dictionaries }),
  };
}

interface Document {
  id: string;
  text: string;
  date: string | null;
}

const RECORD_DATE = /^\d{4}-\d{2}-\d{2}(?:$|T)/;
const NOT_BLANK = /\S/;

function shown(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 30 ? value.slice(0, 30) + '…' : value);
  return typeof value === 'object' ? 'an object' : String(value);
}

/** The record's fields, or a sentence saying what is wrong with it. */
function documentOf(value: unknown, where: Where): Document | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return `a record must be a JSON object with a "text" field; got ${shown(value)}`;
  }
  const record = value as Record<string, unknown>;
  // "documentDate" as in the evaluation files (../shared/eval/SCHEMA.md), so they can be read as they are.
  const { id, text } = record;
  const date = record.date ?? record.documentDate;
  if (typeof text !== 'string') return `the record's "text" must be a string; got ${text === undefined ? 'no "text" field' : shown(text)}`;
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
    return `the record's "id" must be a string or a number; got ${shown(id)}`;
  }
  if (date !== undefined && date !== null && (typeof date !== 'string' || !RECORD_DATE.test(date))) {
    return `the record's "date" must be an ISO date (YYYY-MM-DD); got ${shown(date)}`;
  }
  return { id: id === undefined || id === null ? placeOf(where) : String(id), text, date: (date as string | null | undefined) ?? null };
}

/** The document in an item, or what is wrong with it. */
function readItem({ payload, where }: Item): Document | string {
  if (payload.kind === 'record') return documentOf(payload.value, where);
  if (payload.kind === 'text') return { id: where.file, text: payload.text, date: null };
  let value: unknown;
  try {
    value = JSON.parse(payload.line);
  } catch (e) {
    return `not valid JSON (${(e as Error).message})`;
  }
  return documentOf(value, where);
}

function formatResult(result: ExtractionResult, id: string, seq: number, format: Format): string {
  switch (format) {
    case 'jsonl':
      return JSON.stringify({ id, ...result });
    case 'json':
      return JSON.stringify({ id, ...result }, null, 2);
    case 'text':
      return formatText(result, id);
    case 'html':
      return htmlDocument(result, { id, number: seq });
  }
}

/** Extracts one item; every problem (bad bytes, bad record, an exception in a stage) becomes a Failure. */
export function processItem(item: Item, job: Job): Outcome {
  const { seq, where, size } = item;
  const doc = readItem(item);
  if (typeof doc === 'string') return { seq, where, size, problem: doc };
  if (!NOT_BLANK.test(doc.text)) return { seq, where, size, problem: 'empty: no text to read' };
  try {
    const result = job.pipeline.run(doc.text, { documentDate: doc.date ?? job.documentDate ?? undefined });
    return { seq, where, size, id: doc.id, output: formatResult(result, doc.id, seq, job.format) };
  } catch (e) {
    return { seq, where, size, problem: `extraction failed (${(e as Error).message ?? String(e)})` };
  }
}
