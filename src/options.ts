// The input contract: what extractEvents accepts, and the errors that say what was wrong.
import type { ExtractOptions } from './types.js';

/** A calendar date, optionally with an ISO time of day ("2024-11-10T23:00:00+07:00" is 10 November as written). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;
const KNOWN_OPTIONS = new Set(['documentDate', 'pipeline', 'dictionaries', 'profile']);
const KNOWN_PIPELINE_OPTIONS = new Set(['dictionaries', 'shippedDictionaries', 'stages']);
/** Years an ISO date (YYYY) can carry. */
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'function') return 'a function';
  if (value instanceof Date) return `Date(${isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()})`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

export function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`extractEvents: text must be a string; got ${shown(text)}`);
}

function checkKeys(who: string, options: unknown, known: ReadonlySet<string>): void {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${who}: options must be an object; got ${shown(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!known.has(key)) throw new TypeError(`${who}: unknown option "${key}"; the options are: ${[...known].join(', ')}`);
  }
}

/** A list of dictionaries: an array of objects (loadDictionary validates each one's content). */
function checkDictionaryList(who: string, field: string, list: unknown): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) throw new TypeError(`${who}: options.${field} must be an array of dictionaries from loadDictionary(); got ${shown(list)}`);
  list.forEach((d, i) => {
    if (d === null || typeof d !== 'object' || Array.isArray(d)) {
      throw new TypeError(`${who}: options.${field}[${i}] must be a dictionary from loadDictionary(); got ${shown(d)}`);
    }
  });
}

export function checkOptions(options: unknown): asserts options is ExtractOptions {
  checkKeys('extractEvents', options, KNOWN_OPTIONS);
  const o = options as ExtractOptions;
  checkDictionaryList('extractEvents', 'dictionaries', o.dictionaries);
  if (o.profile !== undefined && typeof o.profile !== 'boolean') {
    throw new TypeError(`extractEvents: options.profile must be true or false; got ${shown(o.profile)}`);
  }
  if (o.pipeline !== undefined && (o.pipeline === null || typeof (o.pipeline as { run?: unknown }).run !== 'function')) {
    throw new TypeError(`extractEvents: options.pipeline must be a pipeline from createPipeline(); got ${shown(o.pipeline)}`);
  }
}

/** The options of createPipeline(); the stages themselves are checked as the pipeline takes them. */
export function checkPipelineOptions(options: unknown): void {
  checkKeys('createPipeline', options, KNOWN_PIPELINE_OPTIONS);
  const o = options as Record<string, unknown>;
  checkDictionaryList('createPipeline', 'dictionaries', o.dictionaries);
  checkDictionaryList('createPipeline', 'shippedDictionaries', o.shippedDictionaries);
  if (o.stages !== undefined && !Array.isArray(o.stages)) {
    throw new TypeError(`createPipeline: options.stages must be an array of stages; got ${shown(o.stages)}`);
  }
}

/** The document date as an ISO calendar date, or null; a malformed one is a RangeError. */
export function normalizeDocumentDate(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    if (isNaN(value.getTime())) throw new RangeError('extractEvents: options.documentDate is an invalid Date; expected a valid Date or "YYYY-MM-DD"');
    const y = value.getFullYear();
    if (y < FIRST_YEAR || y > LAST_YEAR) {
      throw new RangeError(`extractEvents: options.documentDate must fall in the years ${FIRST_YEAR}–${LAST_YEAR}; got a Date in the year ${y}`);
    }
    const m = String(value.getMonth() + 1).padStart(2, '0');
    const d = String(value.getDate()).padStart(2, '0');
    return `${String(y).padStart(4, '0')}-${m}-${d}`;
  }
  if (typeof value !== 'string') {
    throw new TypeError(`extractEvents: options.documentDate must be an ISO date string (YYYY-MM-DD) or a Date; got ${shown(value)}`);
  }
  const m = ISO_DATE.exec(value);
  if (m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${m[2]}-${m[3]}`;
  throw new RangeError(`extractEvents: options.documentDate must be a real calendar date as YYYY-MM-DD (e.g. "2024-11-10"); got ${shown(value)}`);
}

function isCalendarDate(y: number, month: number, day: number): boolean {
  if (y < FIRST_YEAR) return false;
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const probe = new Date(0);
  probe.setUTCFullYear(y, month - 1, day);
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}
